/**
 * Deterministic fault injection: a seeded share of requests is answered 429 or 503 with
 * Retry-After, and every request can be delayed, as SharePoint Online does under load.
 */
import { SharePointError, spErrors } from './errors';

export interface IFaultOptions {
  /** Share of requests (0..1) answered 429 or 503. */
  readonly throttleRate?: number;
  readonly retryAfterSeconds?: number;
  readonly latencyMs?: number;
  readonly seed?: number;
}

/** mulberry32: a small, well-known seeded PRNG. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private options: Required<IFaultOptions> = { throttleRate: 0, retryAfterSeconds: 1, latencyMs: 0, seed: 1 };
  private random = seededRandom(1);
  public injected = 0;

  public constructor(options: IFaultOptions = {}) {
    this.set(options);
  }

  public get current(): Required<IFaultOptions> {
    return this.options;
  }

  /** Replaces the fault settings and restarts the seeded sequence. */
  public set(options: IFaultOptions): void {
    const rate = options.throttleRate ?? 0;
    if (!(rate >= 0 && rate <= 1)) {
      throw new RangeError('throttleRate must be between 0 and 1.');
    }
    this.options = {
      throttleRate: rate,
      retryAfterSeconds: Math.max(0, options.retryAfterSeconds ?? 1),
      latencyMs: Math.max(0, options.latencyMs ?? 0),
      seed: options.seed ?? 1
    };
    this.random = seededRandom(this.options.seed);
  }

  /** The throttling error for this request, if it is one of the unlucky share. */
  public nextFault(): SharePointError | undefined {
    if (this.options.throttleRate === 0) {
      return undefined;
    }
    const roll = this.random();
    const kind = this.random();
    if (roll >= this.options.throttleRate) {
      return undefined;
    }
    this.injected += 1;
    return spErrors.throttled(kind < 0.5 ? 429 : 503, this.options.retryAfterSeconds);
  }
}
