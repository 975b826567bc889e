import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { BriefingRepository } from '../../data/BriefingRepository';
import type { IBriefingRepository } from '../../data/IBriefingRepository';
import type { IRequestEvents } from '../../data/IRequestEvents';
import type { IListsSite } from '../../data/resolveListsSite';
import { followPageTheme } from '../shared/followPageTheme';
import { LatestListsConnection } from '../shared/latestListsConnection';
import { isListTitleProperty, listTitlesFrom } from '../shared/listTitles';
import type { SPFI } from '../../data/pnp';
import { connectTeams, ITeamsHost } from '../../teams/teamsHost';
import { IMemberBriefingsProps, MemberBriefings } from './components/MemberBriefings';
import { toWardLabel } from './components/wardTerms';
import type { IMemberBriefingsWebPartProps } from './IMemberBriefingsWebPartProps';
import { preElectionPeriodFrom } from './preElectionProperties';
import { MEMBER_BRIEFINGS_LISTS } from './memberBriefingsLists';

/**
 * Thin SPFx shell: finds the lists' site, builds the repository, connects to Teams when hosted
 * there, renders one root component and follows the SharePoint theme.
 */
export default class MemberBriefingsWebPart extends BaseClientSideWebPart<IMemberBriefingsWebPartProps> {
  private _repository: IBriefingRepository | undefined;
  private _requestEvents: IRequestEvents | undefined;
  private _listsSite: IListsSite | undefined;
  private _sp: SPFI | undefined;
  /** Counts repositories built; a new one (other site or list names) remounts the view, which loads afresh. */
  private _repositoryVersion = 0;
  private _teams: ITeamsHost | undefined;
  private _stopFollowingPageTheme: (() => void) | undefined;
  private _theme: IReadonlyTheme | undefined;
  private _propertyPane: (() => IPropertyPaneConfiguration) | undefined;
  private readonly _lists = new LatestListsConnection();

  protected async onInit(): Promise<void> {
    await super.onInit();
    const pageTheme = followPageTheme(this, this.context.serviceScope, (theme) => {
      this._theme = theme;
      this.render();
    });
    this._theme = pageTheme.theme;
    this._stopFollowingPageTheme = pageTheme.stop;
    // SPFx has already initialised teams-js when the part runs in Teams; outside Teams there is none.
    this._teams = await connectTeams(this.context.sdks?.microsoftTeams?.teamsJs);
    await this._connectToLists();
  }

  public render(): void {
    if (!this._repository || !this._listsSite) return;
    const user = this.context.pageContext.user;
    const props: IMemberBriefingsProps = {
      repository: this._repository,
      requestEvents: this._requestEvents,
      title: this.properties.title,
      listsSite: this._listsSite,
      wardLabel: toWardLabel(this.properties.wardLabel),
      preElectionPeriod: preElectionPeriodFrom(this.properties.preElectionStart, this.properties.preElectionEnd),
      theme: this._theme,
      account: user?.email || user?.loginName || undefined,
      teams: this._teams
    };
    ReactDom.render(React.createElement(MemberBriefings, { ...props, key: this._repositoryVersion }), this.domElement);
  }

  protected onPropertyPaneFieldChanged(propertyPath: string): void {
    if (propertyPath === 'listsSiteUrl') {
      this._connectToLists().then(
        () => this.render(),
        () => undefined // _connectToLists never rejects: resolveListsSite falls back to the current site.
      );
    } else if (isListTitleProperty(propertyPath) && this._sp) {
      this._createRepository(this._sp);
      this.render();
    }
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    const module = await import(
      /* webpackChunkName: 'member-briefings-property-pane' */ './propertyPane/memberBriefingsPropertyPane'
    );
    this._propertyPane = module.memberBriefingsPropertyPane;
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

  /** The lists' site: this part's setting, else the tenant property, else this site (a Teams personal app runs on the root site). */
  private async _connectToLists(): Promise<void> {
    const connected = await this._lists.connect(this.context, this.properties.listsSiteUrl);
    if (!connected) return;
    this._requestEvents = connected.requestEvents;
    this._listsSite = connected.listsSite;
    this._createRepository(connected.sp);
  }

  private _createRepository(sp: SPFI): void {
    this._sp = sp;
    this._repository = new BriefingRepository(sp, { listTitles: listTitlesFrom(this.properties, MEMBER_BRIEFINGS_LISTS) });
    this._repositoryVersion += 1;
  }
}
