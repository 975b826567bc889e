import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { ITheme } from '@fluentui/react/lib/Theme';
import type { IRequestEvents } from '../../data/IRequestEvents';
import type { IListsSite } from '../../data/resolveListsSite';
import { followPageTheme } from '../shared/followPageTheme';
import { LatestListsConnection } from '../shared/latestListsConnection';
import { isListTitleProperty, listTitlesFrom } from '../shared/listTitles';
import type { SPFI } from '../../data/pnp';
import { OfficerRepository } from '../../data/OfficerRepository';
import { connectTeams, onThemeChange } from '../../teams/teamsHost';
import { fluentThemeForTeams } from '../../teams/teamsThemes';
import type { IOfficerRepository } from '../../data/IOfficerRepository';
import { OfficerDirectory, IOfficerDirectoryProps } from './components/OfficerDirectory';
import type { OfficerDirectoryTab } from './components/officerDirectoryUrlState';
import type { IOfficerDirectoryWebPartProps } from './IOfficerDirectoryWebPartProps';
import { OFFICER_DIRECTORY_LISTS } from './officerDirectoryLists';

const START_TABS: readonly OfficerDirectoryTab[] = ['find', 'ask', 'browse'];

/**
 * Thin SPFx shell: builds the repository once, renders one root component, follows the theme
 * (the SharePoint page's, or in a Teams tab or personal app, Teams' own as the user switches it).
 */
export default class OfficerDirectoryWebPart extends BaseClientSideWebPart<IOfficerDirectoryWebPartProps> {
  private _repository: IOfficerRepository | undefined;
  private _requestEvents: IRequestEvents | undefined;
  private _listsSite: IListsSite | undefined;
  private _stopFollowingPageTheme: (() => void) | undefined;
  private _theme: IReadonlyTheme | undefined;
  /** In Teams, the Fluent theme matching Teams' own (light, dark, high contrast); it wins over the page's. */
  private _teamsTheme: ITheme | undefined;
  private _stopFollowingTeams: (() => void) | undefined;
  private _propertyPane: (() => IPropertyPaneConfiguration) | undefined;
  private readonly _lists = new LatestListsConnection();
  private _sp: SPFI | undefined;
  /** Changes with each new repository, so the view starts afresh on the lists it now reads. */
  private _repositoryVersion = 0;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const pageTheme = followPageTheme(this, this.context.serviceScope, (theme) => {
      this._theme = theme;
      this.render();
    });
    this._theme = pageTheme.theme;
    this._stopFollowingPageTheme = pageTheme.stop;
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
    ReactDom.render(React.createElement(OfficerDirectory, { ...props, key: this._repositoryVersion }), this.domElement);
  }

  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    if (propertyPath === 'listsSiteUrl') {
      this._connect().then(
        () => this.render(),
        () => undefined // _connect never rejects: resolveListsSite falls back to the current site.
      );
    } else if (isListTitleProperty(propertyPath) && this._sp) {
      // Same site, other lists: a new repository (and browser copy, keyed by the list titles).
      this._createRepository(this._sp);
      this.render();
    }
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
    this._stopFollowingPageTheme?.();
    this._stopFollowingTeams?.();
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  /** Composition root: the lists' site (property, else tenant setting, else this site) and its repository. */
  private async _connect(): Promise<void> {
    const connected = await this._lists.connect(this.context, this.properties.listsSiteUrl);
    if (!connected) return;
    this._requestEvents = connected.requestEvents;
    this._listsSite = connected.listsSite;
    this._createRepository(connected.sp);
  }

  /** The repository over the lists the editor named (blank: the provisioned ones). */
  private _createRepository(sp: SPFI): void {
    this._sp = sp;
    // One copy of the directory per user, site and lists in the browser, revalidated with one small request.
    this._repository = new OfficerRepository(sp, {
      listTitles: listTitlesFrom(this.properties, OFFICER_DIRECTORY_LISTS),
      cache: { user: this.context.pageContext.user.loginName }
    });
    this._repositoryVersion += 1;
  }
}
