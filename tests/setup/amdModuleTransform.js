'use strict';

// Jest transformer for SPFx loc files, which are AMD: `define([], function () { return {...}; });`.
// Supplies a local `define` that exports what the factory returns.
module.exports = {
  process(source) {
    return {
      code: `function define(deps, factory) { module.exports = factory(); }\n${source}`
    };
  }
};
