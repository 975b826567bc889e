import { NO_HUB_SETTINGS, type IHubSettingsRead } from '../../../src/data/hubSettings';
import type { IHealthRepository, IHealthSnapshot } from '../../../src/data/IHealthRepository';
import type { IHealthData } from '../../../src/model/health/healthData';

/** A health repository over in-memory data; `change` stands in for an admin saving an edit form. */
export class FakeHealthRepository implements IHealthRepository {
  public loads = 0;
  public tokenReads = 0;
  public failNextLoad: unknown;
  private _version = 1;
  /** What settings() answers: no settings item unless a test sets one. */
  public settingsRead: IHubSettingsRead = NO_HUB_SETTINGS;

  public constructor(private _data: IHealthData) {}

  public change(data: IHealthData): void {
    this._data = data;
    this._version += 1;
  }

  public async load(): Promise<IHealthSnapshot> {
    this.loads += 1;
    if (this.failNextLoad !== undefined) {
      const error = this.failNextLoad;
      this.failNextLoad = undefined;
      throw error;
    }
    return { data: this._data, changeToken: `v${this._version}`, readAt: new Date('2026-11-23T12:00:00Z') };
  }

  public async changeToken(): Promise<string> {
    this.tokenReads += 1;
    return `v${this._version}`;
  }

  public async settings(): Promise<IHubSettingsRead> {
    return this.settingsRead;
  }
}
