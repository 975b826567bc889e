import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import type { ITheme } from '@fluentui/react/lib/Theme';
import { spfi, SPFI, SPFx } from '../../data/pnp';
import { createRequestEvents } from '../../data/createRequestEvents';
import type { IRequestEvents } from '../../data/IRequestEvents';
import { IListsSite, resolveListsSite, tenantPropertyReader } from '../../data/resolveListsSite';
import { OfficerRepository } from '../../data/OfficerRepository';
import { connectTeams, onThemeChange } from '../../teams/teamsHost';
import { fluentThemeForTeams } from '../../teams/teamsThemes';
import type { IOfficerRepository } from '../../data/IOfficerRepository';
import { OfficerDirectory, IOfficerDirectoryProps } from './components/OfficerDirectory';
import type { OfficerDirectoryTab } from './components/officerDirectoryUrlState';
import type { IOfficerDirectoryWebPartProps } from './IOfficerDirectoryWebPartProps';

const START_TABS: readonly OfficerDirectoryTab[] = ['find', 'ask', 'browse'];

/**
 * Thin SPFx shell: builds the repository once, renders one root component, follows the theme
 * (the SharePoint page's, or in a Teams tab or personal app, Teams' own as the user switches it).
 */
export default class OfficerDirectoryWebPart extends BaseClientSideWebPart<IOfficerDirectoryWebPartProps> {
  private _repository: IOfficerRepository | undefined;
  private _requestEvents: IRequestEvents | undefined;
  private _listsSite: IListsSite | undefined;
  private _themeProvider: ThemeProvider | undefined;
  private _theme: IReadonlyTheme | undefined;
  /** In Teams, the Fluent theme matching Teams' own (light, dark, high contrast); it wins over the page's. */
  private _teamsTheme: ITheme | undefined;
  private _stopFollowingTeams: (() => void) | undefined;
  private _propertyPane: (() => IPropertyPaneConfiguration) | undefined;
  /** Only the latest connection counts, as the site setting can change while one resolves. */
  private _connection = 0;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this._themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this._theme = this._themeProvider.tryGetTheme();
    this._themeProvider.themeChangedEvent.add(this, this._onThemeChanged);
    // SPFx has already initialised teams-js when the part runs in Teams; outside Teams there is none.
    const teams = await connectTeams(this.context.sdks?.microsoftTeams?.teamsJs);
    if (teams) {
      this._teamsTheme = fluentThemeForTeams(teams.context.theme);
      this._stopFollowingTeams = onThemeChange(teams.teamsJs, (name) => {
        this._teamsTheme = fluentThemeForTeams(name);
        this.render();
      });
    }
    await this._connect();
  }

  public render(): void {
    if (!this._repository || !this._listsSite) return;
    const props: IOfficerDirectoryProps = {
      repository: this._repository,
      requestEvents: this._requestEvents,
      title: this.properties.title,
      listsSiteUrl: this._listsSite.url,
      ignoredListsSiteSettings: this._listsSite.ignored,
      startTab: START_TABS.find((tab) => tab === this.properties.startTab) ?? 'find',
      theme: this._teamsTheme ?? this._theme
    };
    ReactDom.render(React.createElement(OfficerDirectory, props), this.domElement);
  }

  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    if (propertyPath !== 'listsSiteUrl') return;
    this._connect().then(
      () => this.render(),
      () => undefined // _connect never rejects: resolveListsSite falls back to the current site.
    );
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    const module = await import(
      /* webpackChunkName: 'officer-directory-property-pane' */ './propertyPane/officerDirectoryPropertyPane'
    );
    this._propertyPane = module.officerDirectoryPropertyPane;
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this._propertyPane ? this._propertyPane() : { pages: [] };
  }

  protected onDispose(): void {
    this._themeProvider?.themeChangedEvent.remove(this, this._onThemeChanged);
    this._stopFollowingTeams?.();
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  /** Composition root: the lists' site (property, else tenant setting, else this site) and its repository. */
  private async _connect(): Promise<void> {
    const connection = ++this._connection;
    const { events, behaviour } = createRequestEvents();
    const spFor = (siteUrl: string): SPFI => spfi(siteUrl).using(SPFx(this.context), behaviour);
    const currentSiteUrl = this.context.pageContext.web.absoluteUrl;
    const listsSite = await resolveListsSite({
      webPartSiteUrl: this.properties.listsSiteUrl,
      currentSiteUrl,
      readTenantProperty: tenantPropertyReader(spFor(currentSiteUrl))
    });
    if (connection !== this._connection) return;
    this._requestEvents = events;
    this._listsSite = listsSite;
    // One copy of the directory per user and site in the browser, revalidated with one small request.
    this._repository = new OfficerRepository(spFor(listsSite.url), { cache: { user: this.context.pageContext.user.loginName } });
  }

  private _onThemeChanged(args: ThemeChangedEventArgs): void {
    this._theme = args.theme;
    this.render();
  }
}
