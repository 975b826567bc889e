/** A throttled (429) or unavailable (503/504) answer, or a lost connection, that the data layer is about to retry. */
export interface IRetryNotice {
  /** HTTP status of the answer being retried; 0 when no answer came back (network failure on a read). */
  readonly status: number;
  /** 1 for the first retry. */
  readonly attempt: number;
  /** Wait before the retry, from Retry-After where SharePoint sent one. */
  readonly delayMs: number;
}

/** Lets views show a calm "retrying" state while the data layer waits out throttling. */
export interface IRequestEvents {
  /** Returns a function that stops the subscription. */
  onRetry(listener: (notice: IRetryNotice) => void): () => void;
}
