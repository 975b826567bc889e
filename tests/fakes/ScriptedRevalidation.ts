import { RevalidationStatusListener, revalidateInBackground } from '../../src/data/cache/backgroundRevalidation';

type Answer<T> = { readonly ok: true; readonly fresh: T | undefined } | { readonly ok: false; readonly error: unknown };

/**
 * The background check of a drawn browser copy, scripted for view tests: each check takes the next
 * answer (the last repeats), through the data side's own revalidateInBackground, so the statuses a
 * view hears (failed with a retry, checking, current) are the ones the repositories report.
 */
export class ScriptedRevalidation<T> {
  public checks = 0;
  public forgotten = false;
  private readonly _answers: Answer<T>[] = [];

  public constructor(public readonly savedAt: Date | undefined) {}

  public failWith(error: unknown): this {
    this._answers.push({ ok: false, error });
    return this;
  }

  /** A check that answers: `fresh` when the lists changed, undefined when the copy is current. */
  public thenAnswer(fresh?: T): this {
    this._answers.push({ ok: true, fresh });
    return this;
  }

  public start(onChanged: (fresh: T) => void, onStatus: RevalidationStatusListener | undefined): void {
    revalidateInBackground({
      check: async () => {
        this.checks += 1;
        const answer = this._answers.length > 1 ? this._answers.shift() : this._answers[0];
        if (!answer) throw new Error('ScriptedRevalidation has no answer queued');
        if (!answer.ok) throw answer.error;
        return answer.fresh;
      },
      onChanged,
      onStatus,
      savedAt: this.savedAt,
      forget: async () => {
        this.forgotten = true;
      }
    });
  }
}

/** Today at hh:mm, local time (what the notice shows). */
export function todayAt(hours: number, minutes: number): Date {
  const date = new Date();
  date.setHours(hours, minutes, 0, 0);
  return date;
}
