import { parseBatchBody } from '../../data/support/FakeSharePoint';

/** A request a hosted web part made: its address and, for a $batch, its body. */
export interface IRecordedRequest {
  readonly url: string;
  readonly body?: string;
}

/**
 * The lists whose items (or, with `what` 'fields', whose columns) the requests asked for, by title, in the
 * order asked: each part of a $batch, and each plain GET (lists on another site than the page are read by
 * GET, with no form digest). With `site`, only requests to that site.
 */
export function listTitlesAskedFor(requests: readonly IRecordedRequest[], what: 'items' | 'fields' = 'items', site?: string): string[] {
  const pattern = new RegExp(`getByTitle\\('((?:[^']|'')*)'\\)/${what}\\b`, 'i');
  return requests
    .filter((request) => site === undefined || request.url.startsWith(`${site}/`))
    .flatMap((request) => (request.url.endsWith('/$batch') && request.body !== undefined ? parseBatchBody(request.body).map((part) => part.url) : [request.url]))
    .map((url) => pattern.exec(decodeURIComponent(url))?.[1])
    .filter((title): title is string => title !== undefined)
    .map((title) => title.replace(/''/g, "'"));
}
