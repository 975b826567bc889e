import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { ITheme, PartialTheme } from '@fluentui/react/lib/Theme';
import type { IListsConnection } from '../../data/connectToListsSite';
import type { SPFI } from '../../data/pnp';
import { connectTeams, ITeamsHost, onThemeChange } from '../../teams/teamsHost';
import { followPageTheme } from './followPageTheme';
import type { IListsCompositionInput, ISignedInUser, IWebPartComposition } from './composition';
import { LatestListsConnection } from './latestListsConnection';
import { isListTitleProperty } from './listTitles';
import { setUiLocale } from '../../model/uiLocale';
import { StopWhenAborted } from '../../data/stopWhenAborted';

/** What every web part over the hub's lists stores: where the lists are (empty: resolve it). */
export interface IListsWebPartProperties {
  listsSiteUrl: string;
}

/** What a web part's view is built from once its lists are reachable. */
export interface IListsView<TRepository> {
  readonly repository: TRepository;
  readonly connection: IListsConnection;
  /** In Teams, Teams' own theme as the user switches it; elsewhere the SharePoint page's. */
  readonly theme: PartialTheme | undefined;
  /** The Teams host when the part runs in Teams (SPFx has initialised teams-js there), else undefined. */
  readonly teams: ITeamsHost | undefined;
}

/**
 * The SPFx shell shared by the hub's web parts: finds the lists' site (property, else tenant setting,
 * else this site), builds the part's repository, follows the page's or Teams' theme, loads the property
 * pane on demand and rebuilds the repository when an editor points it at another site or other lists.
 * A part names its composition (shared with the preview), its repository class, its root component and its
 * property pane.
 */
export abstract class ListsWebPart<
  TProperties extends IListsWebPartProperties,
  TRepository,
  TRepositoryOptions,
  TRootProps
> extends BaseClientSideWebPart<TProperties> {
  private readonly _lists = new LatestListsConnection();
  private _connection: IListsConnection | undefined;
  private _repository: TRepository | undefined;
  /** Changes with each new repository, so the view remounts and loads afresh from the lists it now reads. */
  private _repositoryVersion = 0;
  private _pageTheme: IReadonlyTheme | undefined;
  private _teams: ITeamsHost | undefined;
  private _teamsTheme: ITheme | undefined;
  private _propertyPane: (() => IPropertyPaneConfiguration) | undefined;
  private readonly _stops: (() => void)[] = [];
  /** Aborted on dispose: the repositories then send nothing more (StopWhenAborted). */
  private readonly _disposed = new AbortController();

  /** The part's pure composition: stored properties and lists connection in, repository options and root props out. */
  protected abstract compose(input: IListsCompositionInput<TProperties>): IWebPartComposition<TRepositoryOptions, TRootProps>;

  protected abstract createRepository(sp: SPFI, options: TRepositoryOptions): TRepository;

  /** The root component with the composed props and what only the host knows (repository, theme, Teams). */
  protected abstract createView(rootProps: TRootProps, view: IListsView<TRepository>): React.ReactElement;

  /** The property pane, imported on demand so its code stays out of the page bundle. */
  protected abstract loadPropertyPane(): Promise<() => IPropertyPaneConfiguration>;

  protected async onInit(): Promise<void> {
    await super.onInit();
    const pageTheme = followPageTheme(this, this.context.serviceScope, (theme) => {
      this._pageTheme = theme;
      this.render();
    });
    this._pageTheme = pageTheme.theme;
    this._stops.push(pageTheme.stop);
    this._teams = await connectTeams(this.context.sdks?.microsoftTeams?.teamsJs);
    // SPFx loaded this page's strings for the SharePoint UI culture (in Teams the tab's forceLocale={locale}
    // sets it to Teams' language), so dates, numbers, sorting and plurals follow that culture too.
    setUiLocale(this.context.pageContext.cultureInfo?.currentUICultureName || this._teams?.context.locale);
    await Promise.all([this._followTeamsTheme(), this._connect()]);
  }

  /** In Teams only: Teams' theme, whose palette generator loads with import() (pages outside Teams never need it). */
  private async _followTeamsTheme(): Promise<void> {
    const teams = this._teams;
    if (!teams) return;
    let fluentThemeForTeams: (typeof import('../../teams/teamsThemes'))['fluentThemeForTeams'];
    try {
      ({ fluentThemeForTeams } = await import(/* webpackChunkName: 'teams-theme' */ '../../teams/teamsThemes'));
    } catch {
      // The chunk could not be fetched: the part keeps SharePoint's theme rather than failing.
      return;
    }
    this._teamsTheme = fluentThemeForTeams(teams.context.theme);
    this._stops.push(
      onThemeChange(teams.teamsJs, (name) => {
        this._teamsTheme = fluentThemeForTeams(name);
        this.render();
      })
    );
  }

  public render(): void {
    if (this._repository === undefined || !this._connection) return;
    const view = this.createView(this._compose(this._connection).rootProps, {
      repository: this._repository,
      connection: this._connection,
      theme: this._teamsTheme ?? this._pageTheme,
      teams: this._teams
    });
    ReactDom.render(React.createElement(React.Fragment, { key: this._repositoryVersion }, view), this.domElement);
  }

  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    if (propertyPath === 'listsSiteUrl') {
      this._connect().then(
        () => this.render(),
        () => undefined // _connect never rejects: resolveListsSite falls back to the current site.
      );
    } else if (isListTitleProperty(propertyPath) && this._connection) {
      this._createRepository(this._connection);
      this.render();
    }
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    this._propertyPane = await this.loadPropertyPane();
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this._propertyPane ? this._propertyPane() : { pages: [] };
  }

  protected onDispose(): void {
    for (const stop of this._stops.splice(0)) stop();
    this._disposed.abort();
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  private async _connect(): Promise<void> {
    const connected = await this._lists.connect(this.context, this.properties.listsSiteUrl);
    if (!connected) return;
    // Once per connection (using() adds to this SPFI): after dispose its repositories send nothing more.
    connected.sp.using(StopWhenAborted(this._disposed.signal));
    this._createRepository(connected);
  }

  private _createRepository(connection: IListsConnection): void {
    this._connection = connection;
    this._repository = this.createRepository(connection.sp, this._compose(connection).repositoryOptions);
    this._repositoryVersion += 1;
  }

  private _compose(connection: IListsConnection): IWebPartComposition<TRepositoryOptions, TRootProps> {
    const user = this.context.pageContext.user as Partial<ISignedInUser> | undefined;
    return this.compose({ properties: this.properties, lists: connection, user: { loginName: user?.loginName ?? '', email: user?.email } });
  }
}
