import type { ISiteUser } from '../../../tools/emulator/siteData';
import { choosePersonas, personaKind } from '../../../tools/preview/previewPersonas';

function user(id: number, persona?: string): ISiteUser {
  return { id, title: `User ${id}`, email: `user${id}@council.example`, loginName: `i:0#.f|membership|user${id}@council.example`, role: 'reader', persona };
}

describe('personaKind', () => {
  it('names the kind of person a persona describes', () => {
    expect(personaKind('Member for Abbey ward — Leader')).toBe('Member');
    expect(personaKind('Head of service — Highways')).toBe('Head of service');
    expect(personaKind('Councillor Liaison Officer — Trading Standards')).toBe('Councillor Liaison Officer');
    expect(personaKind('Admin — Democratic Services')).toBe('Admin');
  });
});

describe('choosePersonas', () => {
  const users: ISiteUser[] = [
    user(10, 'Admin — Democratic Services'),
    user(11),
    ...[20, 21, 22, 23, 24, 25].map((id) => user(id, `Member for Ward ${id} ward`)),
    user(26, 'Member for Ward 20 ward'),
    ...[30, 31, 32, 33, 34].map((id) => user(id, `Officer — Service ${id}`))
  ];

  it('offers up to four people of each kind, from different wards or services, in site order', () => {
    const chosen = choosePersonas(users);
    expect(chosen.map((persona) => persona.userId)).toEqual([10, 20, 21, 22, 23, 30, 31, 32, 33]);
    expect(chosen.map((persona) => persona.kind)).toEqual(['Admin', 'Member', 'Member', 'Member', 'Member', 'Officer', 'Officer', 'Officer', 'Officer']);
  });

  it('skips users without a persona, and always keeps the signed-in user', () => {
    const chosen = choosePersonas(users, 34);
    expect(chosen.some((persona) => persona.userId === 11)).toBe(false);
    expect(chosen.some((persona) => persona.userId === 34)).toBe(true);
  });
});
