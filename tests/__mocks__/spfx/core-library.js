'use strict';

// Jest stand-in for @microsoft/sp-core-library: only the parts our code uses, with SPFx's values.

const DisplayMode = Object.freeze({ 1: 'Read', 2: 'Edit', Read: 1, Edit: 2 });
const EnvironmentType = Object.freeze({
  0: 'Test', 1: 'Local', 2: 'SharePoint', 3: 'ClassicSharePoint',
  Test: 0, Local: 1, SharePoint: 2, ClassicSharePoint: 3
});

const VERSION_PATTERN = /^(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?$/;

class Version {
  constructor(major, minor, patch, revision) {
    this._parts = [major, minor, patch, revision];
  }
  static isValid(versionString) {
    return typeof versionString === 'string' && VERSION_PATTERN.test(versionString);
  }
  static tryParse(versionString) {
    const match = typeof versionString === 'string' ? VERSION_PATTERN.exec(versionString) : null;
    if (!match) return undefined;
    return new Version(Number(match[1]), Number(match[2]), Number(match[3] || 0), match[4] === undefined ? undefined : Number(match[4]));
  }
  static parse(versionString) {
    const version = Version.tryParse(versionString);
    if (!version) throw new Error(`Invalid version string "${versionString}"`);
    return version;
  }
  static compare(v1, v2) {
    for (let i = 0; i < 4; i++) {
      const difference = (v1._parts[i] || 0) - (v2._parts[i] || 0);
      if (difference !== 0) return difference < 0 ? -1 : 1;
    }
    return 0;
  }
  get major() { return this._parts[0]; }
  get minor() { return this._parts[1]; }
  get patch() { return this._parts[2]; }
  get revision() { return this._parts[3]; }
  equals(other) { return Version.compare(this, other) === 0; }
  greaterThan(other) { return Version.compare(this, other) > 0; }
  lessThan(other) { return Version.compare(this, other) < 0; }
  toString() {
    return this._parts.filter((part) => part !== undefined).join('.');
  }
}

const Environment = { type: EnvironmentType.Test };

const Guid = {
  newGuid: () => ({ toString: () => require('crypto').randomUUID() }),
  isValid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(String(value).replace(/[{}]/g, ''))
};

class ServiceKey {
  constructor(name, defaultCreator) {
    this.name = name;
    this.defaultCreator = defaultCreator;
  }
  static create(name, serviceClass) { return new ServiceKey(name, (scope) => new serviceClass(scope)); }
  static createCustom(name, defaultCreator) { return new ServiceKey(name, defaultCreator); }
}

module.exports = { DisplayMode, EnvironmentType, Environment, Version, Guid, ServiceKey };
