import { monthsBefore, officerFreshness } from '../../../src/model/health/officerFreshness';
import type { IHealthService } from '../../../src/model/health/healthData';
import { officer } from './healthFixtures';

// Midday UK time on Monday 23 November 2026 (GMT).
const today = new Date('2026-11-23T12:00:00Z');
const services: IHealthService[] = [
  { id: 1, name: 'Highways' },
  { id: 2, name: 'Libraries' },
  { id: 3, name: 'Adult Social Care' }
];
const ukMidnight = (date: string): Date => new Date(`${date}T00:00:00Z`);

describe('monthsBefore', () => {
  it.each([
    ['2026-11-23', 12, '2025-11-23'],
    ['2026-11-23', 6, '2026-05-23'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2024-03-31', 1, '2024-02-29'],
    ['2026-01-15', 1, '2025-12-15'],
    ['2026-11-23', 24, '2024-11-23']
  ])('%s minus %i months is %s', (date, months, expected) => {
    expect(monthsBefore(date, months)).toBe(expected);
  });
});

describe('officerFreshness', () => {
  it('lists officers not reviewed within the months given: never reviewed first, then longest ago', () => {
    const report = officerFreshness(
      {
        services,
        officers: [
          officer({ id: 1, name: 'Recent', lastReviewed: ukMidnight('2026-10-01') }),
          officer({ id: 2, name: 'Exactly a year', lastReviewed: ukMidnight('2025-11-23') }),
          officer({ id: 3, name: 'A year and a day', lastReviewed: ukMidnight('2025-11-22') }),
          officer({ id: 4, name: 'Never', lastReviewed: undefined }),
          officer({ id: 5, name: 'Ancient', lastReviewed: ukMidnight('2019-04-01') })
        ]
      },
      today,
      12
    );
    expect(report.reviewedSince).toBe('2025-11-23');
    expect(report.notReviewed.map((row) => row.officer.name)).toEqual(['Never', 'Ancient', 'A year and a day']);
    expect(report.notReviewed[0].lastReviewed).toBeUndefined();
  });

  it('reads review dates on the UK calendar (a BST midnight is the day it names)', () => {
    // 1 June 2026 00:00 BST is 31 May 23:00 UTC; with 6 months from 1 December it is just in time.
    const report = officerFreshness(
      { services, officers: [officer({ lastReviewed: new Date('2026-05-31T23:00:00Z') })] },
      new Date('2026-12-01T12:00:00Z'),
      6
    );
    expect(report.notReviewed).toEqual([]);
  });

  it('follows the configured number of months', () => {
    const data = { services, officers: [officer({ lastReviewed: ukMidnight('2026-03-01') })] };
    expect(officerFreshness(data, today, 12).notReviewed).toHaveLength(0);
    expect(officerFreshness(data, today, 6).notReviewed).toHaveLength(1);
  });

  it('lists officers with no service, and those whose service was deleted', () => {
    const report = officerFreshness(
      {
        services,
        officers: [officer({ id: 1, name: 'B', serviceId: undefined }), officer({ id: 2, name: 'A', serviceId: 99 }), officer({ id: 3, serviceId: 1 })]
      },
      today
    );
    expect(report.withoutService).toEqual([
      { officer: { list: 'Officers', id: 2, name: 'A' }, reason: 'deleted' },
      { officer: { list: 'Officers', id: 1, name: 'B' }, reason: 'none' }
    ]);
  });

  it('lists services that have no Councillor Liaison Officer (an ordinary officer does not count)', () => {
    const report = officerFreshness(
      {
        services,
        officers: [
          officer({ id: 1, serviceId: 1, isLiaisonOfficer: true, liaisonProfileHtml: '<p>Roads</p>' }),
          officer({ id: 2, serviceId: 2, isLiaisonOfficer: false })
        ]
      },
      today
    );
    expect(report.servicesWithoutLiaisonOfficer).toEqual([
      { list: 'Services', id: 3, name: 'Adult Social Care' },
      { list: 'Services', id: 2, name: 'Libraries' }
    ]);
  });

  it('lists liaison officers whose profile is blank or only empty markup', () => {
    const report = officerFreshness(
      {
        services,
        officers: [
          officer({ id: 1, name: 'Has profile', isLiaisonOfficer: true, liaisonProfileHtml: '<div><p>Ask me about bins.</p></div>' }),
          officer({ id: 2, name: 'No profile', isLiaisonOfficer: true }),
          officer({ id: 3, name: 'Empty markup', isLiaisonOfficer: true, liaisonProfileHtml: '<div class="ExternalClass1"><p>&#160;</p><p>&nbsp;</p></div>' }),
          officer({ id: 4, name: 'Not a CLO', isLiaisonOfficer: false })
        ]
      },
      today
    );
    expect(report.liaisonOfficersWithoutProfile.map((ref) => ref.name)).toEqual(['Empty markup', 'No profile']);
  });
});

describe('officerFreshness: statutory officers', () => {
  it('flags every statutory role when the council has set none', () => {
    const report = officerFreshness({ services, officers: [officer({ id: 1, name: 'Anyone' })] }, today);
    expect(report.statutoryRolesUnset).toEqual(['Head of Paid Service', 'Chief Finance Officer (s151)', 'Monitoring Officer']);
  });

  it('flags only the roles no one holds', () => {
    const report = officerFreshness(
      {
        services,
        officers: [officer({ id: 1, name: 'Chief', statutoryRole: 'Head of Paid Service' }), officer({ id: 2, name: 'Legal', statutoryRole: 'Monitoring Officer' })]
      },
      today
    );
    expect(report.statutoryRolesUnset).toEqual(['Chief Finance Officer (s151)']);
  });

  it('flags nothing when all three are held', () => {
    const report = officerFreshness(
      {
        services,
        officers: [
          officer({ id: 1, name: 'Chief', statutoryRole: 'Head of Paid Service' }),
          officer({ id: 2, name: 'Money', statutoryRole: 'Chief Finance Officer (s151)' }),
          officer({ id: 3, name: 'Legal', statutoryRole: 'Monitoring Officer' })
        ]
      },
      today
    );
    expect(report.statutoryRolesUnset).toEqual([]);
  });
});
