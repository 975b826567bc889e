import { lazyPart } from './lazyPart';

/**
 * SanitisedHtml with its sanitiser (DOMPurify) in a chunk of its own, for a view whose first paint (its loading
 * state) has no rich text: the view preloads it while its data is on the way, so it is there when the text is.
 */
export const LazySanitisedHtml = lazyPart(() => import(/* webpackChunkName: 'rich-text' */ './SanitisedHtml').then((module) => module.SanitisedHtml));
