import type { IMember } from '../../../model/Member';

/**
 * The member's cabinet role and portfolio as one line for cards and rows. Lists often repeat
 * the portfolio inside the role ("Cabinet Member for Highways" + "Highways"), so it is shown once.
 */
export function cabinetRoleText(member: Pick<IMember, 'cabinetRole' | 'portfolio'>): string {
  const role = member.cabinetRole?.trim() ?? '';
  const portfolio = member.portfolio?.trim() ?? '';
  if (!portfolio || role.toLowerCase().includes(portfolio.toLowerCase())) return role;
  return role ? `${role}, ${portfolio}` : portfolio;
}
