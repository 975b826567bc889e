'use strict';

// Jest stand-in for @microsoft/sp-lodash-subset, which bundles a subset of lodash's own functions.
module.exports = require('lodash');
