'use strict';

// Jest stand-in for @microsoft/sp-component-base: the theme service our web parts consume.
const { ServiceKey } = require('./core-library');

class ThemeChangedEventArgs {
  constructor(theme) {
    this.theme = theme;
  }
}

class ThemeProvider {
  constructor() {
    this._theme = undefined;
    this._handlers = [];
    this.themeChangedEvent = {
      add: (observer, handler) => this._handlers.push({ observer, handler }),
      remove: (observer, handler) => {
        this._handlers = this._handlers.filter((entry) => entry.observer !== observer || entry.handler !== handler);
      }
    };
  }
  tryGetTheme() {
    return this._theme;
  }
  /** Test hook (not in SPFx): sets the theme and raises themeChangedEvent as the host would. */
  setTheme(theme) {
    this._theme = theme;
    const args = new ThemeChangedEventArgs(theme);
    this._handlers.forEach(({ observer, handler }) => handler.call(observer, args));
  }
}
ThemeProvider.serviceKey = ServiceKey.create('sp-component-base:ThemeProvider', ThemeProvider);

module.exports = { ThemeProvider, ThemeChangedEventArgs };
