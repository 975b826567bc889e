'use strict';

// Jest 29's node environment runs tests in a VM context without Node 20's fetch API.
// PnPjs (BrowserFetchWithRetry, batching) needs fetch, Headers and Response, so hand the
// host's implementations to the test context.
// Resolve the environment Jest 29 itself uses (the hoisted copy is an older one pulled in by the SPFx toolchain).
const { TestEnvironment } = require(require.resolve('jest-environment-node', { paths: [require.resolve('jest')] }));

const FETCH_GLOBALS = ['fetch', 'Headers', 'Request', 'Response', 'FormData', 'Blob', 'AbortController', 'AbortSignal'];

class NodeWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FETCH_GLOBALS) {
      if (this.global[name] === undefined) {
        this.global[name] = globalThis[name];
      }
    }
  }
}

module.exports = NodeWithFetchEnvironment;
