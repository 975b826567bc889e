'use strict';
// Jest 29's Node environment (it exposes fetch, Response, Headers and Request).
// A bare `node` resolves to jest-environment-node 25, which SPFx's toolchain hoists to the
// root of node_modules and which has none of them, so resolve it from jest itself.
const path = require('path');

const jestDir = path.dirname(require.resolve('jest/package.json'));
module.exports = require(require.resolve('jest-environment-node', { paths: [jestDir] }));
