import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { spfi, SPFI, SPFx } from '../../data/pnp';
import { createRequestEvents } from '../../data/createRequestEvents';
import type { IRequestEvents } from '../../data/IRequestEvents';
import { IListsSite, resolveListsSite, tenantPropertyReader } from '../../data/resolveListsSite';
import { MemberRepository } from '../../data/MemberRepository';
import type { IMemberRepository } from '../../data/IMemberRepository';
import { MemberProfiles, IMemberProfilesProps } from './components/MemberProfiles';
import type { IMemberProfilesWebPartProps } from './IMemberProfilesWebPartProps';

/** Thin SPFx shell: builds the repository once, renders one root component, follows the theme. */
export default class MemberProfilesWebPart extends BaseClientSideWebPart<IMemberProfilesWebPartProps> {
  private _repository: IMemberRepository | undefined;
  private _requestEvents: IRequestEvents | undefined;
  private _listsSite: IListsSite | undefined;
  private _themeProvider: ThemeProvider | undefined;
  private _theme: IReadonlyTheme | undefined;
  /** Only the latest connection counts, as the site setting can change while one resolves. */
  private _connection = 0;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this._themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this._theme = this._themeProvider.tryGetTheme();
    this._themeProvider.themeChangedEvent.add(this, this._onThemeChanged);
    await this._connect();
  }

  public render(): void {
    if (!this._repository || !this._listsSite) return;
    const props: IMemberProfilesProps = {
      repository: this._repository,
      requestEvents: this._requestEvents,
      title: this.properties.title,
      listsSiteUrl: this._listsSite.url,
      ignoredListsSiteSettings: this._listsSite.ignored,
      defaultLayout: this.properties.defaultView === 'list' ? 'list' : 'cards',
      theme: this._theme
    };
    ReactDom.render(React.createElement(MemberProfiles, props), this.domElement);
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
      /* webpackChunkName: 'member-profiles-property-pane' */ './propertyPane/memberProfilesPropertyPane'
    );
    this._propertyPane = module.memberProfilesPropertyPane;
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this._propertyPane ? this._propertyPane() : { pages: [] };
  }

  protected onDispose(): void {
    this._themeProvider?.themeChangedEvent.remove(this, this._onThemeChanged);
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  private _propertyPane: (() => IPropertyPaneConfiguration) | undefined;

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
    this._repository = new MemberRepository(spFor(listsSite.url));
  }

  private _onThemeChanged(args: ThemeChangedEventArgs): void {
    this._theme = args.theme;
    this.render();
  }
}
