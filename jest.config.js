'use strict';

// Three projects: fast unit tests in jsdom (*.test.ts[x]), Node tests that run tools or
// the SharePoint emulator in-process (*.node.test.ts), and browser tests in Debian's
// chromium (*.e2e.test.ts). Tests live in tests/, mirroring src/ and tools/.
const transform = {
  // SPFx loc files are AMD modules (define([], () => strings)); run them as CommonJS.
  '/loc/[^/]+\\.js$': '<rootDir>/tests/setup/amdModuleTransform.js',
  '^.+\\.(ts|tsx|js|mjs)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }]
};

const shared = {
  rootDir: __dirname,
  transform,
  // PnPjs v4 and strip-bom (used by @microsoft/app-manifest) ship ES modules only; let ts-jest compile them to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|strip-bom)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  moduleNameMapper: {
    '^MemberProfilesWebPartStrings$': '<rootDir>/src/webparts/memberProfiles/loc/en-us.js',
    '^OfficerDirectoryWebPartStrings$': '<rootDir>/src/webparts/officerDirectory/loc/en-us.js',
    '^MemberBriefingsWebPartStrings$': '<rootDir>/src/webparts/memberBriefings/loc/en-us.js',
    '^DirectoryHealthWebPartStrings$': '<rootDir>/src/webparts/directoryHealth/loc/en-us.js',
    '^WardContactsWebPartStrings$': '<rootDir>/src/webparts/wardContacts/loc/en-us.js',
    '^EnquiryReportWebPartStrings$': '<rootDir>/src/webparts/enquiryReport/loc/en-us.js',
    '^ServiceEnquiriesWebPartStrings$': '<rootDir>/src/webparts/serviceEnquiries/loc/en-us.js',
    '^MemberEnquiriesWebPartStrings$': '<rootDir>/src/webparts/memberEnquiries/loc/en-us.js',
    // What every web part says alike (src/webparts/shared/loc).
    '^CommonStrings$': '<rootDir>/src/webparts/shared/loc/en-us.js',
    // SPFx localised string modules (config/config.json "localizedResources") → their en-us files,
    // one line per web part, e.g. '^MemberProfilesWebPartStrings$': '<rootDir>/src/webparts/memberProfiles/loc/en-us.js'.
    '^@microsoft/sp-(core-library|webpart-base|property-pane|component-base|lodash-subset)$':
      '<rootDir>/tests/__mocks__/spfx/$1.js'
  }
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/**/*.test.ts?(x)'],
      testPathIgnorePatterns: ['\\.node\\.test\\.ts$', '\\.e2e\\.test\\.ts$', '/node_modules/'],
      setupFiles: ['<rootDir>/tests/setup/jsdom.ts']
    },
    {
      ...shared,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/**/*.node.test.ts']
    },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/**/*.e2e.test.ts']
    }
  ]
};
