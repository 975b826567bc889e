/**
 * Sequential round trips from request timings: how many requests a view waited for one after
 * another. Two requests in flight together cost one round trip; a request that starts only after
 * another has ended costs a second. So the count is the length of the longest chain of requests
 * where each starts at or after the end of the one before.
 */

export interface ITimedRequest {
  /** What the request asked for, short (e.g. `GET web/lists/getByTitle('Members')/items`). */
  readonly label: string;
  /** Milliseconds since the page's navigation started. */
  readonly startMs: number;
  /** When its last byte arrived; undefined if it never finished. */
  readonly endMs?: number;
}

/** A request in the order sent, with the round trip it belongs to (1 = sent without waiting on another). */
export interface IRequestStep extends ITimedRequest {
  readonly roundTrip: number;
}

/**
 * Each finished request's place in the longest chain that ends with it: 1 + the deepest request
 * that had ended before it started. Requests are returned in the order they were sent.
 */
export function requestSteps(requests: readonly ITimedRequest[]): IRequestStep[] {
  const sorted = [...requests].sort((a, b) => a.startMs - b.startMs);
  const steps: IRequestStep[] = [];
  for (const request of sorted) {
    const before = steps.filter((earlier) => earlier.endMs !== undefined && earlier.endMs <= request.startMs);
    const roundTrip = 1 + before.reduce((deepest, earlier) => Math.max(deepest, earlier.roundTrip), 0);
    steps.push({ ...request, roundTrip });
  }
  return steps;
}

/** The longest chain among the requests that had ended by `untilMs` (first content): 0 when none had. */
export function sequentialRoundTrips(requests: readonly ITimedRequest[], untilMs: number): number {
  const finished = requests.filter((request) => request.endMs !== undefined && request.endMs <= untilMs);
  return requestSteps(finished).reduce((deepest, step) => Math.max(deepest, step.roundTrip), 0);
}

/** One line per request: `[round trip] start–end ms label`, in the order sent; parallel requests share a round trip. */
export function describeRequests(requests: readonly ITimedRequest[]): string[] {
  return requestSteps(requests).map(
    (step) => `${step.roundTrip}. ${Math.round(step.startMs)}–${step.endMs === undefined ? '?' : Math.round(step.endMs)} ms ${step.label}`
  );
}
