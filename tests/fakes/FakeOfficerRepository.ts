import type { IDirectoryLoadProgress, IOfficerRepository } from '../../src/data/IOfficerRepository';
import type { IOfficerDirectory, IOfficerProfile } from '../../src/model/Officer';
import type { RevalidationStatusListener } from '../../src/data/cache/backgroundRevalidation';
import { officerFullRecords } from './officerDirectoryFixture';
import type { ScriptedRevalidation } from './ScriptedRevalidation';

type Answer = { readonly kind: 'directory'; readonly directory: IOfficerDirectory } | { readonly kind: 'error'; readonly error: unknown };

/**
 * Hand-written stand-in for the officer repository. Answers the index from a queue (the last answer
 * repeats), reports the progress steps it was given, can hold the index back until released, and
 * answers profiles from the index plus the fixture's full records (phone, photo, last check) plus
 * any extra profile details.
 */
export class FakeOfficerRepository implements IOfficerRepository {
  public searchIndexCalls = 0;
  public readonly profileCalls: number[] = [];
  private readonly _answers: Answer[] = [];
  private readonly _profiles = new Map<number, Partial<IOfficerProfile>>();
  private readonly _profileErrors = new Map<number, unknown>();
  private _progress: IDirectoryLoadProgress[] = [];
  private _held: Array<() => void> | undefined;
  private _heldProfiles: Array<() => void> | undefined;
  private _onProgress: ((progress: IDirectoryLoadProgress) => void) | undefined;
  private _revalidation: ScriptedRevalidation<IOfficerDirectory> | undefined;

  public constructor(directory?: IOfficerDirectory) {
    if (directory) this.answerWith(directory);
  }

  public answerWith(directory: IOfficerDirectory): this {
    this._answers.push({ kind: 'directory', directory });
    return this;
  }

  public failWith(error: unknown): this {
    this._answers.push({ kind: 'error', error });
    return this;
  }

  /** Progress reported (in order) before the index answers. */
  public reportProgress(...steps: IDirectoryLoadProgress[]): this {
    this._progress = steps;
    return this;
  }

  /** Profile details beyond the slim index (e.g. the liaison profile). */
  public withProfile(id: number, details: Partial<IOfficerProfile>): this {
    this._profiles.set(id, details);
    return this;
  }

  public failProfile(id: number, error: unknown): this {
    this._profileErrors.set(id, error);
    return this;
  }

  /** The directory answered is a browser copy, checked in the background as scripted (when the caller asks, with onRevalidated). */
  public revalidatesWith(revalidation: ScriptedRevalidation<IOfficerDirectory>): this {
    this._revalidation = revalidation;
    return this;
  }

  /** Later index calls wait until `release()`. */
  public hold(): this {
    this._held = [];
    return this;
  }

  /** While held: report progress to the waiting caller, as a cold load would. */
  public progress(step: IDirectoryLoadProgress): void {
    this._onProgress?.(step);
  }

  /** Later profile calls wait until `releaseProfiles()`. */
  public holdProfiles(): this {
    this._heldProfiles = [];
    return this;
  }

  public releaseProfiles(): void {
    const waiting = this._heldProfiles ?? [];
    this._heldProfiles = undefined;
    waiting.forEach((resume) => resume());
  }

  public release(): void {
    const waiting = this._held ?? [];
    this._held = undefined;
    waiting.forEach((resume) => resume());
  }

  public async searchIndex(
    onProgress?: (progress: IDirectoryLoadProgress) => void,
    onRevalidated?: (directory: IOfficerDirectory) => void,
    onRevalidation?: RevalidationStatusListener
  ): Promise<IOfficerDirectory> {
    this.searchIndexCalls += 1;
    this._onProgress = onProgress;
    const answer = this._answers.length > 1 ? this._answers.shift() : this._answers[0];
    if (!answer) throw new Error('FakeOfficerRepository has no answer queued');
    this._progress.forEach((step) => onProgress?.(step));
    if (this._held) await new Promise<void>((resume) => this._held?.push(resume));
    if (answer.kind === 'error') throw answer.error;
    if (onRevalidated) this._revalidation?.start(onRevalidated, onRevalidation);
    return answer.directory;
  }

  public async officerProfile(id: number): Promise<IOfficerProfile> {
    this.profileCalls.push(id);
    if (this._heldProfiles) await new Promise<void>((resume) => this._heldProfiles?.push(resume));
    const error = this._profileErrors.get(id);
    if (error !== undefined) throw error;
    const latest = this._answers[this._answers.length - 1];
    const officer = latest?.kind === 'directory' ? latest.directory.officers.find((candidate) => candidate.id === id) : undefined;
    if (!officer) throw new Error(`FakeOfficerRepository has no officer ${id}`);
    return { ...officer, ...officerFullRecords.get(id), ...this._profiles.get(id) };
  }
}
