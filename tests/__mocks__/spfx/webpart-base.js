'use strict';

// Jest stand-in for @microsoft/sp-webpart-base: a BaseClientSideWebPart with SPFx's lifecycle
// surface (properties, context, domElement, displayMode, render/onInit/onDispose) and no host.
const { DisplayMode } = require('./core-library');

class BaseClientSideWebPart {
  constructor() {
    this.properties = {};
    this.context = undefined;
    this.domElement = document.createElement('div');
    this.displayMode = DisplayMode.Read;
    this.renderedOnce = false;
  }
  get dataVersion() {
    return require('./core-library').Version.parse('1.0');
  }
  get disableReactivePropertyChanges() {
    return false;
  }
  get isRenderAsync() {
    return false;
  }
  onInit() {
    return Promise.resolve();
  }
  render() {
    throw new Error('BaseClientSideWebPart.render() must be overridden.');
  }
  renderCompleted() {
    this.renderedOnce = true;
  }
  onDispose() {}
  onDisplayModeChanged() {}
  onThemeChanged() {}
  onPropertyPaneFieldChanged() {}
  getPropertyPaneConfiguration() {
    return { pages: [] };
  }
  loadPropertyPaneResources() {
    return Promise.resolve();
  }
}

module.exports = { BaseClientSideWebPart };
