import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { IRequestEvents } from '../../data/IRequestEvents';
import type { IListsSite } from '../../data/resolveListsSite';
import { followPageTheme } from '../shared/followPageTheme';
import { LatestListsConnection } from '../shared/latestListsConnection';
import { isListTitleProperty, listTitlesFrom } from '../shared/listTitles';
import type { SPFI } from '../../data/pnp';
import { MemberRepository } from '../../data/MemberRepository';
import type { IMemberRepository } from '../../data/IMemberRepository';
import { MemberProfiles, IMemberProfilesProps } from './components/MemberProfiles';
import type { IMemberProfilesWebPartProps } from './IMemberProfilesWebPartProps';
import { MEMBER_PROFILES_LISTS, showUnsetFilters, shownFiltersFrom, urlStatePrefixFrom } from './memberProfilesSettings';

/** Thin SPFx shell: builds the repository once, renders one root component, follows the theme. */
export default class MemberProfilesWebPart extends BaseClientSideWebPart<IMemberProfilesWebPartProps> {
  private _repository: IMemberRepository | undefined;
  private _requestEvents: IRequestEvents | undefined;
  private _listsSite: IListsSite | undefined;
  private _sp: SPFI | undefined;
  /** Counts repositories built; a new one (other site or list names) remounts the view, which loads afresh. */
  private _repositoryVersion = 0;
  private _stopFollowingPageTheme: (() => void) | undefined;
  private _theme: IReadonlyTheme | undefined;
  private readonly _lists = new LatestListsConnection();

  protected async onInit(): Promise<void> {
    await super.onInit();
    showUnsetFilters(this.properties);
    const pageTheme = followPageTheme(this, this.context.serviceScope, (theme) => {
      this._theme = theme;
      this.render();
    });
    this._theme = pageTheme.theme;
    this._stopFollowingPageTheme = pageTheme.stop;
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
      shownFilters: shownFiltersFrom(this.properties),
      urlStatePrefix: urlStatePrefixFrom(this.properties.urlStatePrefix),
      theme: this._theme
    };
    ReactDom.render(React.createElement(MemberProfiles, { ...props, key: this._repositoryVersion }), this.domElement);
  }

  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    if (propertyPath === 'listsSiteUrl') {
      this._connect().then(
        () => this.render(),
        () => undefined // _connect never rejects: resolveListsSite falls back to the current site.
      );
    } else if (isListTitleProperty(propertyPath) && this._sp) {
      this._createRepository(this._sp);
      this.render();
    }
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
    this._stopFollowingPageTheme?.();
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  private _propertyPane: (() => IPropertyPaneConfiguration) | undefined;

  /** Composition root: the lists' site (property, else tenant setting, else this site) and its repository. */
  private async _connect(): Promise<void> {
    const connected = await this._lists.connect(this.context, this.properties.listsSiteUrl);
    if (!connected) return;
    this._requestEvents = connected.requestEvents;
    this._listsSite = connected.listsSite;
    this._createRepository(connected.sp);
  }

  private _createRepository(sp: SPFI): void {
    this._sp = sp;
    this._repository = new MemberRepository(sp, { listTitles: listTitlesFrom(this.properties, MEMBER_PROFILES_LISTS) });
    this._repositoryVersion += 1;
  }
}
