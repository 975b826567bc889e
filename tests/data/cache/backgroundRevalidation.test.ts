import { RevalidationStatus, revalidateInBackground } from '../../../src/data/cache/backgroundRevalidation';
import { DataError } from '../../../src/data/DataError';

const SAVED = new Date(Date.UTC(2026, 11, 5, 14, 5));
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function run(answers: Array<() => Promise<string | undefined>>) {
  const statuses: RevalidationStatus[] = [];
  const changed: string[] = [];
  const forget = jest.fn(async () => undefined);
  revalidateInBackground({ check: () => (answers.shift() ?? (() => Promise.resolve(undefined)))(), onChanged: (fresh) => changed.push(fresh), onStatus: (status) => statuses.push(status), savedAt: SAVED, forget });
  return { statuses, changed, forget };
}

describe('revalidateInBackground', () => {
  it('reports a current copy, and hands over what changed', async () => {
    const unchanged = run([async () => undefined]);
    await settle();
    expect(unchanged.statuses).toEqual([{ state: 'current' }]);
    expect(unchanged.changed).toEqual([]);
    const changed = run([async () => 'fresh']);
    await settle();
    expect(changed.changed).toEqual(['fresh']);
    expect(changed.statuses).toEqual([{ state: 'current' }]);
  });

  it('reports a throttled check with the copy\'s time and keeps the copy; Try again checks again', async () => {
    const throttled = new DataError({ kind: 'throttled', status: 429 });
    const { statuses, changed, forget } = run([() => Promise.reject(throttled), async () => 'fresh']);
    await settle();
    const [failed] = statuses;
    if (failed.state !== 'failed') throw new Error('expected a failure');
    expect(failed).toMatchObject({ savedAt: SAVED, error: throttled });
    expect(forget).not.toHaveBeenCalled();
    failed.retry();
    await settle();
    expect(statuses.slice(1)).toEqual([{ state: 'checking' }, { state: 'current' }]);
    expect(changed).toEqual(['fresh']);
  });

  it('forgets the copy when access is denied, and still says so', async () => {
    const { statuses, forget } = run([() => Promise.reject(new DataError({ kind: 'accessDenied', status: 403 }))]);
    await settle();
    expect(forget).toHaveBeenCalledTimes(1);
    expect(statuses[0]).toMatchObject({ state: 'failed', error: { kind: 'accessDenied' } });
  });
});
