import {
  buildItemDeepLink,
  canShareDeepLink,
  connectTeams,
  getTeamsContext,
  onThemeChange,
  shareDeepLink,
  teamsAccount,
  toTeamsThemeName
} from '../../src/teams/teamsHost';
import { teamsTabDeepLink } from '../../src/teams/teamsLinks';
import { fluentThemeForTeams } from '../../src/teams/teamsThemes';
import { FAKE_TEAMS_APP_ID, FakeTeamsJs } from '../fakes/FakeTeamsJs';

describe('getTeamsContext', () => {
  test('reads the user, locale, theme, sub-page and channel from the instance SPFx provides, without initialising it', async () => {
    const teamsJs = new FakeTeamsJs({
      loginHint: 'cllr.ahmed@council.gov.uk',
      userPrincipalName: 'cllr.ahmed@council.onmicrosoft.com',
      locale: 'en-gb',
      theme: 'dark',
      subPageId: 'item-12-2026-11-23',
      entityId: 'briefings',
      channelId: '19:abc@thread.tacv2',
      teamGroupId: 'group-1'
    });
    const context = await getTeamsContext(teamsJs);
    expect(context).toEqual({
      loginHint: 'cllr.ahmed@council.gov.uk',
      userPrincipalName: 'cllr.ahmed@council.onmicrosoft.com',
      locale: 'en-gb',
      theme: 'dark',
      subPageId: 'item-12-2026-11-23',
      appId: FAKE_TEAMS_APP_ID,
      entityId: 'briefings',
      channelId: '19:abc@thread.tacv2',
      teamGroupId: 'group-1'
    });
    expect(teamsJs.getContextCalls).toBe(1);
    expect(teamsJs.initializeCalls).toBe(0);
  });

  test('outside Teams (no instance) answers undefined', async () => {
    expect(await getTeamsContext(undefined)).toBeUndefined();
    expect(await connectTeams(undefined)).toBeUndefined();
  });

  test('an instance that cannot reach a Teams host answers undefined rather than failing the web part', async () => {
    const teamsJs = new FakeTeamsJs({}, { failGetContext: true });
    expect(await connectTeams(teamsJs)).toBeUndefined();
    expect(teamsJs.initializeCalls).toBe(0);
  });

  test('connectTeams keeps the instance beside the context', async () => {
    const teamsJs = new FakeTeamsJs({ theme: 'contrast' });
    const host = await connectTeams(teamsJs);
    expect(host?.teamsJs).toBe(teamsJs);
    expect(host?.context.theme).toBe('contrast');
  });

  test('the account to look the member up by is the login hint, else the user principal name', async () => {
    const withHint = await getTeamsContext(new FakeTeamsJs({ loginHint: 'a@council.gov.uk', userPrincipalName: 'b@council.gov.uk' }));
    const withoutHint = await getTeamsContext(new FakeTeamsJs({ userPrincipalName: 'b@council.gov.uk' }));
    expect(withHint && teamsAccount(withHint)).toBe('a@council.gov.uk');
    expect(withoutHint && teamsAccount(withoutHint)).toBe('b@council.gov.uk');
  });
});

describe('Teams themes', () => {
  test.each([
    ['default', 'default'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['', 'default'],
    ['someFutureTheme', 'default'],
    [undefined, 'default']
  ])('Teams theme %p is treated as %p', (raw, expected) => {
    expect(toTeamsThemeName(raw)).toBe(expected);
  });

  test('each Teams theme maps to a Fluent theme: light on white, dark inverted, high contrast black with yellow', () => {
    const light = fluentThemeForTeams('default');
    const dark = fluentThemeForTeams('dark');
    const contrast = fluentThemeForTeams('contrast');
    expect(light.isInverted).toBe(false);
    expect(light.palette.white.toLowerCase()).toBe('#ffffff');
    expect(light.palette.themePrimary.toLowerCase()).toBe('#6264a7');
    expect(dark.isInverted).toBe(true);
    expect(dark.palette.themePrimary.toLowerCase()).toBe('#a6a7dc');
    expect(contrast.isInverted).toBe(true);
    expect(contrast.palette.white.toLowerCase()).toBe('#000000');
    expect(contrast.palette.themePrimary.toLowerCase()).toBe('#ffff01');
    expect(fluentThemeForTeams('dark')).toBe(dark);
  });

  test('onThemeChange passes each change to every listener until it unsubscribes, with one Teams registration', () => {
    const teamsJs = new FakeTeamsJs();
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = onThemeChange(teamsJs, (theme) => first.push(theme));
    onThemeChange(teamsJs, (theme) => second.push(theme));
    teamsJs.switchTheme('dark');
    stopFirst();
    teamsJs.switchTheme('contrast');
    teamsJs.switchTheme('somethingNew');
    expect(first).toEqual(['dark']);
    expect(second).toEqual(['dark', 'contrast', 'default']);
    expect(teamsJs.themeHandlerRegistrations).toBe(1);
  });

  test('outside Teams onThemeChange does nothing and its unsubscribe is safe to call', () => {
    const stop = onThemeChange(undefined, () => {
      throw new Error('never called');
    });
    expect(() => stop()).not.toThrow();
  });
});

describe('deep links', () => {
  const request = { subPageId: 'item-12-2026-11-23', label: 'Road closure', webUrl: 'https://council.sharepoint.com/sites/hub/SitePages/Briefing.aspx?briefingItem=12' };

  test('in Teams, a link to an item is a Teams entity deep link carrying the sub-page id', async () => {
    const context = await getTeamsContext(new FakeTeamsJs({ entityId: 'briefings' }));
    const link = buildItemDeepLink(context, request);
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(`https://teams.microsoft.com/l/entity/${FAKE_TEAMS_APP_ID}/briefings`);
    expect(JSON.parse(url.searchParams.get('context') ?? '')).toEqual({ subEntityId: 'item-12-2026-11-23' });
  });

  test('a channel tab link names its channel', async () => {
    const context = await getTeamsContext(new FakeTeamsJs({ channelId: '19:abc@thread.tacv2' }));
    const url = new URL(buildItemDeepLink(context, request));
    expect(JSON.parse(url.searchParams.get('context') ?? '')).toEqual({ subEntityId: 'item-12-2026-11-23', channelId: '19:abc@thread.tacv2' });
  });

  test('outside Teams, or when Teams gives no app id, the link is the web address', async () => {
    expect(buildItemDeepLink(undefined, request)).toBe(request.webUrl);
    const noAppId = await getTeamsContext(new FakeTeamsJs({ appId: null }));
    expect(buildItemDeepLink(noAppId, request)).toBe(request.webUrl);
  });

  test('shareDeepLink opens Teams’ share dialog with the sub-page, label and web fallback when supported', async () => {
    const teamsJs = new FakeTeamsJs();
    const context = await getTeamsContext(teamsJs);
    expect(canShareDeepLink(teamsJs, context)).toBe(true);
    expect(shareDeepLink(teamsJs, context, request)).toBe(true);
    expect(teamsJs.sharedLinks).toEqual([{ subPageId: 'item-12-2026-11-23', subPageLabel: 'Road closure', subPageWebUrl: request.webUrl }]);
  });

  test('where Teams cannot share (e.g. mobile) or outside Teams, shareDeepLink says so and shares nothing', async () => {
    const teamsJs = new FakeTeamsJs();
    teamsJs.pagesSupported = false;
    const context = await getTeamsContext(teamsJs);
    expect(canShareDeepLink(teamsJs, context)).toBe(false);
    expect(shareDeepLink(teamsJs, context, request)).toBe(false);
    expect(shareDeepLink(undefined, undefined, request)).toBe(false);
    expect(teamsJs.sharedLinks).toEqual([]);
  });

  test('teamsTabDeepLink escapes ids', () => {
    expect(teamsTabDeepLink({ appId: 'app id', entityId: 'a/b', subPageId: 'x' })).toBe(
      'https://teams.microsoft.com/l/entity/app%20id/a%2Fb?context=%7B%22subEntityId%22%3A%22x%22%7D'
    );
  });
});

describe('Teams themes meet WCAG AA for text', () => {
  const channel = (value: number): number => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const contrast = (a: string, b: string): number => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };

  test.each(['default', 'dark', 'contrast'] as const)('%s: body and secondary text are at least 4.5:1 on the page', (name) => {
    const theme = fluentThemeForTeams(name);
    const page = theme.semanticColors.bodyBackground;
    expect(contrast(theme.semanticColors.bodyText, page)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.palette.neutralSecondary, page)).toBeGreaterThanOrEqual(4.5);
  });
});
