/**
 * Who the "Signed in as" picker offers: a few site users of each kind (admins, members of different
 * wards, officers, liaison officers), not all of them — a large county has thousands of accounts.
 */
import type { ISiteUser } from '../emulator/siteData';
import type { IPreviewPersona } from './client/previewBoot';

const PER_KIND = 4;

/** "Member for Abbey ward — Leader" → "Member"; "Head of service — Highways" → "Head of service". */
export function personaKind(persona: string): string {
  return persona.split(/ — | for /)[0].trim();
}

export function choosePersonas(users: readonly ISiteUser[], alwaysInclude?: number): IPreviewPersona[] {
  const taken = new Map<string, number>();
  const seen = new Set<string>();
  const chosen: IPreviewPersona[] = [];
  for (const user of users) {
    if (!user.persona) continue;
    const kind = personaKind(user.persona);
    const count = taken.get(kind) ?? 0;
    // Different wards and services rather than four members of one ward.
    const wanted = count < PER_KIND && !seen.has(user.persona);
    if (!wanted && user.id !== alwaysInclude) continue;
    taken.set(kind, count + 1);
    seen.add(user.persona);
    chosen.push({ userId: user.id, title: user.title, email: user.email, loginName: user.loginName, role: user.role, persona: user.persona, kind });
  }
  return chosen;
}
