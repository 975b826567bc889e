/**
 * Site user ids for email addresses, for person columns (`MemberAccount`, `OfficerAccount`): one
 * `siteusers/getByEmail` per address, up to 100 in a $batch. SharePoint knows a person this way
 * only once they are a user of the site (they have visited it, or been given access).
 */
import '@pnp/sp/site-users/web';
import type { SPFI } from '../../src/data/pnp';
import { readInOneBatch } from '../../src/data/readInOneBatch';

const PER_BATCH = 100;

/** Ids by lower-case email; an address SharePoint does not know is absent. */
export async function resolveSiteUsers(sp: SPFI, emails: Iterable<string>): Promise<Map<string, number>> {
  const unique = Array.from(new Set(Array.from(emails, (email) => email.trim().toLowerCase()).filter((email) => email !== '')));
  const ids = new Map<string, number>();
  for (let start = 0; start < unique.length; start += PER_BATCH) {
    const chunk = unique.slice(start, start + PER_BATCH);
    const found = await readInOneBatch(sp, (batched) =>
      Promise.all(
        chunk.map((email) =>
          batched.web.siteUsers
            .getByEmail(email)
            .select('Id')()
            .then((user) => user.Id as number | undefined)
            // A 404 ("User cannot be found.") is an answer: that address is not a user of the site.
            .catch(() => undefined)
        )
      )
    );
    chunk.forEach((email, index) => {
      const id = found[index];
      if (typeof id === 'number') ids.set(email, id);
    });
  }
  return ids;
}
