import type { RevalidationStatusListener } from '../../src/data/cache/backgroundRevalidation';
import type { ScriptedRevalidation } from './ScriptedRevalidation';
import { NO_HUB_SETTINGS, type IHubSettingsRead } from '../../src/data/hubSettings';
import type { IBriefingRepository } from '../../src/data/IBriefingRepository';
import type { IBriefing, IBriefingItem, IBriefingReader, IWeeklyBriefing } from '../../src/model/Briefing';
import type { IWard } from '../../src/model/Member';

type Method = 'forWeek' | 'forMonth' | 'search' | 'readerForAccount' | 'wards' | 'settings';

export interface IBriefingSearchResult {
  readonly briefing: IBriefing;
  readonly item: IBriefingItem;
}

/**
 * Hand-written stand-in for the briefing repository: answers from what the test put in, records
 * every call with its argument, can fail any method, and can hold answers back until released.
 */
export class FakeBriefingRepository implements IBriefingRepository {
  public readonly calls: Array<{ readonly method: Method; readonly argument?: string }> = [];
  private readonly _weeks = new Map<string, IWeeklyBriefing>();
  private readonly _readers = new Map<string, IBriefingReader>();
  private readonly _failures = new Map<Method, unknown[]>();
  private _wards: readonly IWard[] = [];
  private _revalidation: ScriptedRevalidation<IBriefingReader | undefined> | undefined;
  private _searchResults: readonly IBriefingSearchResult[] = [];
  private _held: Array<() => void> | undefined;
  private _settings: IHubSettingsRead = NO_HUB_SETTINGS;

  /** Publishes a briefing with its items for its week. */
  public withWeek(briefing: IBriefing, items: readonly IBriefingItem[]): this {
    this._weeks.set(briefing.weekCommencing, { briefing, items });
    return this;
  }

  public withReader(email: string, reader: IBriefingReader): this {
    this._readers.set(email.toLowerCase(), reader);
    return this;
  }

  public withWards(wards: readonly IWard[]): this {
    this._wards = wards;
    return this;
  }

  /** The council's settings as the repository would have read them (none by default). */
  public withSettings(settings: IHubSettingsRead): this {
    this._settings = settings;
    return this;
  }

  /** Every search answers these (the fake does not match text; the repository's own tests do). */
  public withSearchResults(results: readonly IBriefingSearchResult[]): this {
    this._searchResults = results;
    return this;
  }

  /** The next call of `method` fails with `error` (queue several for several calls). */
  public failNext(method: Method, error: unknown): this {
    this._failures.set(method, [...(this._failures.get(method) ?? []), error]);
    return this;
  }

  public hold(): this {
    this._held = [];
    return this;
  }

  public release(): void {
    const waiting = this._held ?? [];
    this._held = undefined;
    waiting.forEach((resume) => resume());
  }

  public callsOf(method: Method): ReadonlyArray<string | undefined> {
    return this.calls.filter((call) => call.method === method).map((call) => call.argument);
  }

  /** The opening answered is a browser copy, checked in the background as scripted (when the caller asks, with onRevalidated). */
  public revalidatesWith(revalidation: ScriptedRevalidation<IBriefingReader | undefined>): this {
    this._revalidation = revalidation;
    return this;
  }

  /** The reader as readerForAccount answers it (and recorded as such); the fake reads nothing ahead. */
  public async opening(
    weekCommencing: string,
    account: string | undefined,
    onRevalidated?: (reader: IBriefingReader | undefined) => void,
    onRevalidation?: RevalidationStatusListener
  ): Promise<IBriefingReader | undefined> {
    const reader = account ? await this.readerForAccount(account) : undefined;
    if (onRevalidated) this._revalidation?.start(onRevalidated, onRevalidation);
    return reader;
  }

  public async forWeek(weekCommencing: string): Promise<IWeeklyBriefing> {
    await this._enter('forWeek', weekCommencing);
    return this._weeks.get(weekCommencing) ?? { items: [] };
  }

  public async forMonth(month: string): Promise<readonly IBriefing[]> {
    await this._enter('forMonth', month);
    return Array.from(this._weeks.values())
      .map((week) => week.briefing)
      .filter((briefing): briefing is IBriefing => briefing !== undefined && briefing.weekCommencing.startsWith(`${month}-`))
      .sort((a, b) => b.weekCommencing.localeCompare(a.weekCommencing));
  }

  public async search(text: string): Promise<readonly IBriefingSearchResult[]> {
    await this._enter('search', text);
    return this._searchResults;
  }

  public async readerForAccount(email: string): Promise<IBriefingReader | undefined> {
    await this._enter('readerForAccount', email);
    return this._readers.get(email.toLowerCase());
  }

  public async wards(): Promise<readonly IWard[]> {
    await this._enter('wards');
    return this._wards;
  }

  /** Like the repository, never rejects and is never held: settings must not stop the view. */
  public async settings(): Promise<IHubSettingsRead> {
    this.calls.push({ method: 'settings' });
    return this._settings;
  }

  private async _enter(method: Method, argument?: string): Promise<void> {
    this.calls.push({ method, argument });
    if (this._held) await new Promise<void>((resume) => this._held?.push(resume));
    const failures = this._failures.get(method);
    if (failures && failures.length > 0) throw failures.shift();
  }
}
