import type { IRequestEvents } from '../../contracts/requestEvents';
import type { IListsSite } from '../../data/resolveListsSite';

/** Who is signed in (SPFx: context.pageContext.user; the preview: the persona picked). */
export interface ISignedInUser {
  readonly loginName: string;
  readonly email?: string;
}

/** What a web part's composition is built from: its stored properties, its lists connection, the user. */
export interface IListsCompositionInput<TProperties> {
  readonly properties: TProperties;
  /** The lists connection less its PnPjs: where the lists are (and why), and the retry notices of its requests. */
  readonly lists: { readonly listsSite: IListsSite; readonly requestEvents?: IRequestEvents };
  readonly user: ISignedInUser;
}

/**
 * What a web part's composition gives its host (the SPFx shell or the preview): the options its repository
 * is built with, and its root component's props less what only the host knows (the repository, theme, Teams,
 * where the address state lives).
 */
export interface IWebPartComposition<TRepositoryOptions, TRootProps> {
  readonly repositoryOptions: TRepositoryOptions;
  readonly rootProps: TRootProps;
}
