import * as React from 'react';
import { Dropdown, DropdownMenuItemType, IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Toggle } from '@fluentui/react/lib/Toggle';
import type { IPreviewPersona } from './previewBoot';
import { PREVIEW_THEMES, PreviewThemeName } from './previewThemes';
import { PREVIEW_LANGUAGES, PreviewCulture } from './previewLanguage';

export interface IPreviewControlsProps {
  readonly personas: readonly IPreviewPersona[];
  readonly signedInUserId?: number;
  readonly onSignIn: (userId: number) => void;
  readonly themeName: PreviewThemeName;
  readonly onThemeChange: (name: PreviewThemeName) => void;
  /** The UI culture SharePoint or Teams would give the page (English or Welsh). */
  readonly culture: PreviewCulture;
  readonly onCultureChange: (culture: PreviewCulture) => void;
  /** Undefined until the emulator has said whether it is throttling. */
  readonly throttling: boolean | undefined;
  /** Resolves once the emulator has taken the change; rejects with a message to show. */
  readonly onThrottlingChange: (on: boolean) => Promise<void>;
  readonly compact?: boolean;
}

export function personaLabel(persona: IPreviewPersona): string {
  return persona.persona ? `${persona.title} — ${persona.persona}` : persona.title;
}

/** One header per kind of person (Admin, Member, Officer, …), in the order the kinds first appear. */
function groupedPersonaOptions(personas: readonly IPreviewPersona[]): IDropdownOption[] {
  const kinds = Array.from(new Set(personas.map((persona) => persona.kind)));
  return kinds.flatMap((kind) => [
    { key: `kind:${kind}`, text: kind, itemType: DropdownMenuItemType.Header },
    ...personas
      .filter((persona) => persona.kind === kind)
      .map((persona) => ({ key: persona.userId, text: personaLabel(persona) }))
  ]);
}

function nameOfSelected(personas: readonly IPreviewPersona[], selected: IDropdownOption[] | undefined): string {
  const option = selected?.[0];
  return personas.find((persona) => persona.userId === option?.key)?.title ?? option?.text ?? '';
}

/** The preview's own switches: who is signed in, which theme, and whether SharePoint throttles. */
export function PreviewControls(props: IPreviewControlsProps): JSX.Element {
  const [throttlingError, setThrottlingError] = React.useState<string | undefined>();
  const [throttlingBusy, setThrottlingBusy] = React.useState(false);

  const personaOptions = React.useMemo(() => groupedPersonaOptions(props.personas), [props.personas]);
  const themeOptions: IDropdownOption[] = PREVIEW_THEMES.map((theme) => ({ key: theme.name, text: theme.label }));

  const changeThrottling = (on: boolean): void => {
    setThrottlingBusy(true);
    setThrottlingError(undefined);
    props
      .onThrottlingChange(on)
      .catch((error: Error) => setThrottlingError(error.message))
      .finally(() => setThrottlingBusy(false));
  };

  return (
    // A wrapping flex row rather than Fluent's wrapping Stack, whose inner box is wider than its column by design.
    // The preview's own switches are in English whatever language the page is in.
    <div lang="en" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: props.compact ? 12 : 16, minWidth: 0 }}>
      <Dropdown
        label="Signed in as"
        placeholder="Choose a person"
        options={personaOptions}
        selectedKey={props.signedInUserId ?? null}
        onChange={(_event, option) => option && props.onSignIn(Number(option.key))}
        // Closed, it shows just the name; the open list says who each person is.
        onRenderTitle={(selected) => <span>{nameOfSelected(props.personas, selected)}</span>}
        styles={{ root: { width: 300, maxWidth: '100%', minWidth: 0 } }}
      />
      <Dropdown
        label="Language (Iaith)"
        options={PREVIEW_LANGUAGES.map((language) => ({ key: language.culture, text: language.label, data: language.lang }))}
        onRenderOption={(option) => <span lang={option?.data as string | undefined}>{option?.text}</span>}
        onRenderTitle={(selected) => <span lang={selected?.[0]?.data as string | undefined}>{selected?.[0]?.text}</span>}
        selectedKey={props.culture}
        onChange={(_event, option) => option && props.onCultureChange(option.key as PreviewCulture)}
        styles={{ root: { minWidth: 140 } }}
      />
      <Dropdown
        label="Theme"
        options={themeOptions}
        selectedKey={props.themeName}
        onChange={(_event, option) => option && props.onThemeChange(option.key as PreviewThemeName)}
        styles={{ root: { minWidth: 150 } }}
      />
      <Toggle
        label="Simulate throttling"
        inlineLabel
        checked={props.throttling ?? false}
        disabled={throttlingBusy || props.throttling === undefined}
        onChange={(_event, checked) => changeThrottling(Boolean(checked))}
        onText="On"
        offText="Off"
        styles={{ root: { marginBottom: 6 } }}
      />
      {throttlingError ? <span role="alert">{throttlingError}</span> : null}
    </div>
  );
}
