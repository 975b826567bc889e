'use strict';

// Jest stand-in for @microsoft/sp-property-pane: field factories return SPFx's descriptor shape
// ({ type, targetProperty, properties }) with SPFx's PropertyPaneFieldType values.

const PropertyPaneFieldType = Object.freeze({
  Custom: 1, CheckBox: 2, TextField: 3, Toggle: 5, Dropdown: 6, Label: 7, Slider: 8,
  Heading: 9, ChoiceGroup: 10, Button: 11, HorizontalRule: 12, Link: 13
});

function fieldFactory(type) {
  return (targetProperty, properties) => ({ type, targetProperty, properties: { ...properties } });
}

module.exports = {
  PropertyPaneFieldType,
  PropertyPaneTextField: fieldFactory(PropertyPaneFieldType.TextField),
  PropertyPaneCheckbox: fieldFactory(PropertyPaneFieldType.CheckBox),
  PropertyPaneToggle: fieldFactory(PropertyPaneFieldType.Toggle),
  PropertyPaneDropdown: fieldFactory(PropertyPaneFieldType.Dropdown),
  PropertyPaneChoiceGroup: fieldFactory(PropertyPaneFieldType.ChoiceGroup),
  PropertyPaneSlider: fieldFactory(PropertyPaneFieldType.Slider),
  PropertyPaneLink: fieldFactory(PropertyPaneFieldType.Link),
  PropertyPaneLabel: fieldFactory(PropertyPaneFieldType.Label),
  PropertyPaneHorizontalRule: () => ({ type: PropertyPaneFieldType.HorizontalRule, targetProperty: undefined, properties: {} })
};
