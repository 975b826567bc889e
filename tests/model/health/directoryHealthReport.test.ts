import { directoryHealthReport } from '../../../src/model/health/directoryHealthReport';
import type { IHealthData } from '../../../src/model/health/healthData';
import { completeMember, officer } from './healthFixtures';

const today = new Date('2026-11-23T12:00:00Z');
const healthy: IHealthData = {
  members: [completeMember({ id: 1 })],
  committees: [{ id: 10, name: 'Planning', isActive: true }],
  memberships: [{ id: 1, memberId: 1, committeeId: 10, isCurrent: true }],
  services: [{ id: 1, name: 'Highways' }],
  officers: [
    officer({ id: 1, serviceId: 1, isLiaisonOfficer: true, liaisonProfileHtml: '<p>Roads</p>', lastReviewed: new Date('2026-09-01T00:00:00Z') }),
    officer({ id: 11, serviceId: 1, statutoryRole: 'Head of Paid Service', lastReviewed: new Date('2026-09-01T00:00:00Z') }),
    officer({ id: 12, serviceId: 1, statutoryRole: 'Chief Finance Officer (s151)', lastReviewed: new Date('2026-09-01T00:00:00Z') }),
    officer({ id: 13, serviceId: 1, statutoryRole: 'Monitoring Officer', lastReviewed: new Date('2026-09-01T00:00:00Z') })
  ],
  briefingItems: [{ id: 1, title: 'Roadworks', category: 'Service disruption' }]
};

describe('directoryHealthReport', () => {
  it('finds nothing to fix in a healthy directory', () => {
    expect(directoryHealthReport(healthy, { today }).findings).toBe(0);
  });

  it('counts one finding per row of every section, with the review window from the options', () => {
    const report = directoryHealthReport(
      {
        ...healthy,
        members: [...healthy.members, completeMember({ id: 2, hasPhoto: false, email: 'dup@council.example' })],
        officers: [...healthy.officers, officer({ id: 2, serviceId: undefined, email: 'DUP@council.example', lastReviewed: new Date('2026-01-05T00:00:00Z') })],
        briefingItems: [...healthy.briefingItems, { id: 2, title: 'Untagged' }],
        memberships: [...healthy.memberships, { id: 2, memberId: 99, committeeId: 10, isCurrent: true }]
      },
      { today, reviewMonths: 6 }
    );
    // Member 2 incomplete (photo, committees), officer 2 stale (6 months) and without service,
    // one membership to a deleted member, one uncategorised item, one duplicate address.
    expect(report.members.incomplete.map((row) => row.member.id)).toEqual([2]);
    expect(report.officers.notReviewed.map((row) => row.officer.id)).toEqual([2]);
    expect(report.officers.reviewMonths).toBe(6);
    expect(report.findings).toBe(6);
  });
});
