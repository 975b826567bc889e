import * as React from 'react';
import { sanitiseHtml } from './sanitiseHtml';

export interface ISanitisedHtmlProps {
  /** Rich text straight from a list; it is cleaned here, never trusted. */
  html: string | undefined;
  className?: string;
  /** The text's language, when it may differ from the page's (bilingual content). */
  lang?: string;
}

/** The only way views render rich text from lists: always through the one sanitiser. */
export function SanitisedHtml(props: ISanitisedHtmlProps): JSX.Element {
  const clean = React.useMemo(() => sanitiseHtml(props.html), [props.html]);
  // Safe: the HTML has just been through DOMPurify.
  return <div className={props.className} lang={props.lang} dangerouslySetInnerHTML={{ __html: clean }} />;
}
