/** Wards (with fictional GSS codes) and the parties and political groups members belong to. */
import { IStoredItem } from '../emulator/siteData';
import { ICouncilContext, stampFor } from './context';
import { storedItem } from './siteBuilder';
import { DISTRICTS, IPartySeed, PARTIES, POLITICAL_GROUPS, WARD_NAME_PARTS } from './vocabulary';

export interface IWard {
  readonly id: number;
  readonly name: string;
}

/** GSS ward codes are E05 and six digits; the 9xxxxx range used here is far beyond any code issued, so none is real. */
export function wardCode(index: number): string {
  return `E05${String(900000 + index).padStart(6, '0')}`;
}

export function buildWards(context: ICouncilContext, count: number, createdDay: number): { items: IStoredItem[]; wards: IWard[] } {
  const random = context.random;
  const names = new Set<string>();
  const wards: IWard[] = [];
  const items: IStoredItem[] = [];
  for (let index = 1; index <= count; index++) {
    let name = '';
    for (let attempt = 0; name === '' || names.has(name); attempt++) {
      const candidate = `${random.pick(WARD_NAME_PARTS.first)}${random.pick(WARD_NAME_PARTS.second)}`;
      name = attempt > 20 ? `${candidate} ${index}` : candidate;
    }
    names.add(name);
    wards.push({ id: index, name });
    items.push(
      storedItem(index, stampFor(context, createdDay, context.admins.democraticServices), {
        Title: name,
        WardCode: wardCode(index),
        // A few wards have no district recorded, so "missing field" is exercised.
        District: random.chance(0.05) ? null : random.pick(DISTRICTS)
      })
    );
  }
  return { items, wards };
}

export interface IParty {
  readonly id: number;
  readonly seed: IPartySeed;
}

export function buildParties(context: ICouncilContext, createdDay: number): { items: IStoredItem[]; parties: IParty[]; groups: IParty[] } {
  const parties: IParty[] = [];
  const groups: IParty[] = [];
  const items: IStoredItem[] = [];
  [...PARTIES, ...POLITICAL_GROUPS].forEach((seed, index) => {
    const id = index + 1;
    (seed.kind === 'Political group' ? groups : parties).push({ id, seed });
    items.push(
      storedItem(id, stampFor(context, createdDay, context.admins.democraticServices), {
        Title: seed.title,
        ShortName: seed.shortName,
        Colour: seed.colour,
        PartyKind: seed.kind
      })
    );
  });
  return { items, parties, groups };
}
