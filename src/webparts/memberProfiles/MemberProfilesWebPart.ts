import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { spfi, SPFx } from '../../data/pnp';
import { createRequestEvents } from '../../data/createRequestEvents';
import type { IRequestEvents } from '../../data/IRequestEvents';
import { MemberRepository } from '../../data/MemberRepository';
import type { IMemberRepository } from '../../data/IMemberRepository';
import { MemberProfiles, IMemberProfilesProps } from './components/MemberProfiles';
import type { IMemberProfilesWebPartProps } from './IMemberProfilesWebPartProps';

/** Thin SPFx shell: builds the repository once, renders one root component, follows the theme. */
export default class MemberProfilesWebPart extends BaseClientSideWebPart<IMemberProfilesWebPartProps> {
  private _repository: IMemberRepository | undefined;
  private _requestEvents: IRequestEvents | undefined;
  private _listsSiteUrl = '';
  private _themeProvider: ThemeProvider | undefined;
  private _theme: IReadonlyTheme | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this._themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this._theme = this._themeProvider.tryGetTheme();
    this._themeProvider.themeChangedEvent.add(this, this._onThemeChanged);
    this._repository = this._createRepository();
  }

  public render(): void {
    if (!this._repository) return;
    const props: IMemberProfilesProps = {
      repository: this._repository,
      requestEvents: this._requestEvents,
      title: this.properties.title,
      listsSiteUrl: this._listsSiteUrl,
      defaultLayout: this.properties.defaultView === 'list' ? 'list' : 'cards',
      theme: this._theme
    };
    ReactDom.render(React.createElement(MemberProfiles, props), this.domElement);
  }

  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    if (propertyPath === 'listsSiteUrl') this._repository = this._createRepository();
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

  private _createRepository(): IMemberRepository {
    // The editor's choice wins; otherwise the lists live on this site.
    this._listsSiteUrl = this.properties.listsSiteUrl?.trim() || this.context.pageContext.web.absoluteUrl;
    const { events, behaviour } = createRequestEvents();
    this._requestEvents = events;
    const sp = spfi(this._listsSiteUrl).using(SPFx(this.context), behaviour);
    return new MemberRepository(sp);
  }

  private _onThemeChanged(args: ThemeChangedEventArgs): void {
    this._theme = args.theme;
    this.render();
  }
}
