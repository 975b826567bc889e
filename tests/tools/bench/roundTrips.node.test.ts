import { describeRequests, requestSteps, sequentialRoundTrips } from '../../../tools/bench/roundTrips';

describe('sequentialRoundTrips', () => {
  it('counts requests in flight together as one round trip', () => {
    const parallel = [
      { label: 'a', startMs: 10, endMs: 100 },
      { label: 'b', startMs: 12, endMs: 140 },
      { label: 'c', startMs: 15, endMs: 90 }
    ];
    expect(sequentialRoundTrips(parallel, 200)).toBe(1);
  });

  it('counts a chain where each request starts after the one before ended', () => {
    const chain = [
      { label: 'lists site', startMs: 0, endMs: 100 },
      { label: 'digest', startMs: 101, endMs: 200 },
      { label: 'member', startMs: 201, endMs: 300 },
      { label: 'wards (parallel to member)', startMs: 205, endMs: 290 },
      { label: 'briefing', startMs: 301, endMs: 400 },
      { label: 'items', startMs: 401, endMs: 500 }
    ];
    expect(sequentialRoundTrips(chain, 600)).toBe(5);
    expect(requestSteps(chain).map((step) => step.roundTrip)).toEqual([1, 2, 3, 3, 4, 5]);
  });

  it('leaves out what ended after first content (a background revalidation)', () => {
    const requests = [
      { label: 'data', startMs: 0, endMs: 100 },
      { label: 'revalidate lists site', startMs: 110, endMs: 400 }
    ];
    expect(sequentialRoundTrips(requests, 150)).toBe(1);
    expect(sequentialRoundTrips(requests, 500)).toBe(2);
    expect(sequentialRoundTrips(requests, 50)).toBe(0);
  });

  it('describes each request with its round trip, in the order sent', () => {
    expect(describeRequests([{ label: 'b', startMs: 120, endMs: 200 }, { label: 'a', startMs: 0, endMs: 100 }, { label: 'c', startMs: 130 }])).toEqual([
      '1. 0–100 ms a',
      '2. 120–200 ms b',
      '2. 130–? ms c'
    ]);
  });
});
