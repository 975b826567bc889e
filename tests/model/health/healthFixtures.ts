import type { IHealthMember, IHealthOfficer } from '../../../src/model/health/healthData';

/** A current member with every protocol field filled in; tests blank one field at a time. */
export function completeMember(overrides: Partial<IHealthMember> = {}): IHealthMember {
  return {
    id: 1,
    name: 'Cllr Complete',
    email: 'complete@council.example',
    workPhone: '01632 960001',
    mobilePhone: undefined,
    hasPhoto: true,
    partyId: 1,
    wardId: 1,
    skills: ['Planning'],
    interests: [],
    preferredContact: 'Email',
    isCurrent: true,
    ...overrides
  };
}

export function officer(overrides: Partial<IHealthOfficer> = {}): IHealthOfficer {
  return {
    id: 1,
    name: 'Officer',
    email: undefined,
    serviceId: 1,
    isLiaisonOfficer: false,
    lastReviewed: new Date('2026-06-01T00:00:00Z'),
    ...overrides
  };
}
