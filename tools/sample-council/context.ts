/** What every builder of the sample council shares: options, randomness, the clock it pretends to, users and files. */
import { Random } from './random';
import { DayNumber, storedDateTime } from './ukDate';
import { EmailBook, FileStore, IItemStamp, UserBook } from './siteBuilder';
import { ModerationStatus } from '../emulator/siteData';
import { EMAIL_DOMAIN } from './vocabulary';

export interface IAdminUsers {
  /** Democratic Services: keeps members and committees current (site owner). */
  readonly democraticServices: number;
  /** Communications: writes and approves the weekly briefings (editor). */
  readonly communications: number;
  /** HR / directory admin: keeps the officer directory current (editor). */
  readonly directory: number;
}

export interface ICouncilContext {
  readonly random: Random;
  readonly users: UserBook;
  readonly files: FileStore;
  readonly emails: EmailBook;
  /** The day the data describes as "today"; nothing is created after it. */
  readonly today: DayNumber;
  readonly admins: IAdminUsers;
  /**
   * The same context with its own random stream for one part of the council, so that
   * changing one scale knob (say, officers) leaves every other part unchanged.
   */
  fork(part: number): ICouncilContext;
}

export function createContext(seed: number, today: DayNumber): ICouncilContext {
  const users = new UserBook();
  const admins: IAdminUsers = {
    democraticServices: users.add('Democratic Services Team', `democratic.services@${EMAIL_DOMAIN}`, 'owner', 'Admin — Democratic Services'),
    communications: users.add('Communications Team', `communications@${EMAIL_DOMAIN}`, 'editor', 'Admin — Communications'),
    directory: users.add('Workforce Systems Team', `workforce.systems@${EMAIL_DOMAIN}`, 'editor', 'Admin — Officer directory')
  };
  // Someone who can open the site but has no member or officer record: the views must cope.
  users.add('Visiting Reader', `visiting.reader@${EMAIL_DOMAIN}`, 'reader', 'Reader — not in the directory');
  const files = new FileStore();
  const emails = new EmailBook(EMAIL_DOMAIN);
  const withStream = (random: Random): ICouncilContext => ({
    random,
    users,
    files,
    emails,
    today,
    admins,
    fork: (part) => withStream(Random.derive(seed, part))
  });
  return withStream(new Random(seed));
}

/**
 * System columns for an item created on `createdDay` and last edited `editedAfterDays` later
 * (never after today), at office hours UK time.
 */
export function stampFor(
  context: ICouncilContext,
  createdDay: DayNumber,
  authorId: number,
  options: { editedAfterDays?: number; editorId?: number; moderationStatus?: ModerationStatus } = {}
): IItemStamp {
  const random = context.random;
  const created = Math.min(createdDay, context.today);
  const edited = Math.min(created + (options.editedAfterDays ?? 0), context.today);
  const edits = edited > created ? random.int(1, 4) : 0;
  return {
    created: storedDateTime(created, random.int(8, 11), random.int(0, 59)),
    modified: storedDateTime(edited, edited > created ? random.int(12, 17) : random.int(12, 13), random.int(0, 59)),
    authorId,
    editorId: options.editorId ?? authorId,
    version: 1 + edits,
    moderationStatus: options.moderationStatus
  };
}
