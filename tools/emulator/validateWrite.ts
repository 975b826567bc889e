/**
 * Refuses item writes that break a column or list validation rule, as SharePoint does when the
 * formulas provisioned from src/schema/validation run on save. The emulator uses the same JS
 * predicates as the importer, so a write the importer lets through is one the emulator accepts.
 */
import { IListDefinition, listRuleAccepts, listValidationMessage, validationProblems } from '../../src/schema';
import { calendarDateOfStored } from '../../src/schema/dateOnlyColumns';
import { spErrors } from './errors';
import type { StoredValue } from './siteData';

/** The values the rules read: text as text, a date-only column as its calendar date. */
function ruleValues(list: IListDefinition, fields: Readonly<Record<string, StoredValue>>): Record<string, string | null> {
  const values: Record<string, string | null> = {};
  for (const field of list.fields) {
    if (!(field.internalName in fields)) continue;
    const value = fields[field.internalName];
    if (field.type === 'DateTime') values[field.internalName] = calendarDateOfStored(value) ?? null;
    else if (field.type === 'Text') values[field.internalName] = typeof value === 'string' ? value : null;
  }
  return values;
}

/**
 * Throws SharePoint's validation error for the first rule the write breaks. Column rules are
 * checked on the columns the write sends; the list rule on the item as it would be saved.
 */
export function assertWriteIsValid(
  list: IListDefinition,
  changed: Readonly<Record<string, StoredValue>>,
  existing: Readonly<Record<string, StoredValue>> = {}
): void {
  const columnProblem = validationProblems(list, ruleValues(list, changed)).find((problem) => problem.column !== undefined);
  if (columnProblem) throw spErrors.fieldValidation(columnProblem.message);
  const rule = list.validation;
  if (!rule) return;
  const saved = ruleValues(list, { ...existing, ...changed });
  if (!listRuleAccepts(rule, saved[rule.earlier], saved[rule.later])) {
    throw spErrors.listValidation(listValidationMessage(list) ?? 'List data validation failed.');
  }
}
