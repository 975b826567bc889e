import { LIST_VIEW_THRESHOLD } from '../schema';
import type { IService } from '../model/Officer';
import { toDataError } from './DataError';
import { readNumber, type RawItem } from './fieldReaders';
import type { IItems, SPFI } from './pnp';

/**
 * Which services take members' enquiries (Services.TakesEnquiries), for the directory's "Raise an enquiry with …".
 *
 * The column came with schema 1.3.0.0, and SharePoint answers a query naming a column the list lacks with 400 for
 * the whole query. So it is read apart from the services themselves, as its own part of the directory's opening
 * $batch (each part of a $batch has its own status): on a site still on an older schema this part alone fails, the
 * directory loads as before and no service offers the link. No round trip is added.
 */
const TAKES_ENQUIRIES = 'TakesEnquiries';

/** The ids of the services that take enquiries: a few hundred services at most, one page. */
export function enquiryServicesQuery(sp: SPFI, listTitle: string): IItems {
  return sp.web.lists.getByTitle(listTitle).items.filter(`${TAKES_ENQUIRIES} eq 1`).select('Id').top(LIST_VIEW_THRESHOLD);
}

/**
 * The ids from a started enquiryServicesQuery; none when the site has no TakesEnquiries column (an older schema).
 * Any other failure is thrown as a DataError, as the directory's other reads are.
 */
export async function enquiryServiceIdsFrom(read: Promise<unknown>, listTitle: string): Promise<ReadonlySet<number>> {
  try {
    const rows = await read;
    const ids = (Array.isArray(rows) ? (rows as RawItem[]) : []).map((row) => readNumber(row, 'Id') ?? readNumber(row, 'ID'));
    return new Set(ids.filter((id): id is number => id !== undefined));
  } catch (error) {
    const failure = await toDataError(error, { listTitle });
    if (failure.kind === 'columnNotFound') return new Set();
    throw failure;
  }
}

/** The services, those that take enquiries marked so. */
export function withEnquiryServices(services: readonly IService[], ids: ReadonlySet<number>): IService[] {
  return services.map((service) => (ids.has(service.id) ? { ...service, takesEnquiries: true } : service));
}
