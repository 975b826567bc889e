/** Phone numbers from Ofcom's ranges reserved for drama, so none can ring a real person. */
import { Random } from './random';

export function landline(random: Random): string {
  return `01632 960${String(random.int(0, 999)).padStart(3, '0')}`;
}

export function mobile(random: Random): string {
  return `07700 900${String(random.int(0, 999)).padStart(3, '0')}`;
}
