import type { RevalidationStatusListener } from '../../src/data/cache/backgroundRevalidation';
import type { ScriptedRevalidation } from './ScriptedRevalidation';
import type { IMemberRepository } from '../../src/data/IMemberRepository';
import type { IRequestEvents, IRetryNotice } from '../../src/contracts/requestEvents';
import type { IMemberDirectory } from '../../src/model/Member';

type Answer = { readonly kind: 'directory'; readonly directory: IMemberDirectory } | { readonly kind: 'error'; readonly error: unknown };

/**
 * Hand-written stand-in for the member repository. Answers from a queue (the last answer repeats),
 * counts calls, and can hold an answer back until the test releases it.
 */
export class FakeMemberRepository implements IMemberRepository {
  public loadDirectoryCalls = 0;
  private readonly _answers: Answer[] = [];
  private _held: Array<() => void> | undefined;
  private _revalidation: ScriptedRevalidation<IMemberDirectory> | undefined;

  public constructor(directory?: IMemberDirectory) {
    if (directory) this.answerWith(directory);
  }

  public answerWith(directory: IMemberDirectory): this {
    this._answers.push({ kind: 'directory', directory });
    return this;
  }

  public failWith(error: unknown): this {
    this._answers.push({ kind: 'error', error });
    return this;
  }

  /** Later calls wait until `release()`. */
  public hold(): this {
    this._held = [];
    return this;
  }

  public release(): void {
    const waiting = this._held ?? [];
    this._held = undefined;
    waiting.forEach((resume) => resume());
  }

  /** The directory answered is a browser copy, checked in the background as scripted (when the caller asks, with onRevalidated). */
  public revalidatesWith(revalidation: ScriptedRevalidation<IMemberDirectory>): this {
    this._revalidation = revalidation;
    return this;
  }

  public async loadDirectory(onRevalidated?: (directory: IMemberDirectory) => void, onRevalidation?: RevalidationStatusListener): Promise<IMemberDirectory> {
    this.loadDirectoryCalls += 1;
    const answer = this._answers.length > 1 ? this._answers.shift() : this._answers[0];
    if (!answer) throw new Error('FakeMemberRepository has no answer queued');
    if (this._held) await new Promise<void>((resume) => this._held?.push(resume));
    if (answer.kind === 'error') throw answer.error;
    if (onRevalidated) this._revalidation?.start(onRevalidated, onRevalidation);
    return answer.directory;
  }
}

/** Lets a test play the data layer announcing retries. */
export class FakeRequestEvents implements IRequestEvents {
  private readonly _listeners = new Set<(notice: IRetryNotice) => void>();

  public onRetry(listener: (notice: IRetryNotice) => void): () => void {
    this._listeners.add(listener);
    return (): void => {
      this._listeners.delete(listener);
    };
  }

  public get listenerCount(): number {
    return this._listeners.size;
  }

  public emit(notice: IRetryNotice): void {
    this._listeners.forEach((listener) => listener(notice));
  }
}
