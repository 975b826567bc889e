import type { IHealthData } from '../model/health/healthData';
import type { IHubSettingsRead } from './hubSettings';

export interface IHealthSnapshot {
  readonly data: IHealthData;
  /** The lists' change fingerprint, read before the items: equal tokens mean nothing changed since. */
  readonly changeToken: string;
  readonly readAt: Date;
}

/** Reads what the directory health rules need from the lists' site, threshold-safe at any size. */
export interface IHealthRepository {
  /** Every item of the six lists the rules look at, in the few columns they read. */
  load(): Promise<IHealthSnapshot>;
  /** One small request: the lists' current change fingerprint, to tell whether `load` would find anything new. */
  changeToken(): Promise<string>;
  /** The council's settings (HubSettings) and what in them is not valid. Never rejects. */
  settings(): Promise<IHubSettingsRead>;
}
