import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'EnquiryReportWebPartStrings';
import type { IEnquirySettingsNote, IEnquirySettingsRead } from '../../../data/readEnquirySettings';
import type { UkNation } from '../../../model/enquiries/ukNation';
import { formatText } from '../../../ui/formatText';

const NATION_NAMES: Readonly<Record<UkNation, string>> = {
  'england-and-wales': strings.NationEnglandAndWales,
  scotland: strings.NationScotland,
  'northern-ireland': strings.NationNorthernIreland
};

const classes = mergeStyleSets({
  notes: { margin: 0, paddingInlineStart: 20 }
});

function noteText(note: IEnquirySettingsNote, nation: string): string {
  switch (note.kind) {
    case 'settingsListMissing':
    case 'settingsColumnMissing':
      return formatText(strings.NoteSettingsMissing, nation);
    case 'settingsUnreadable':
      return formatText(strings.NoteSettingsUnreadable, nation);
    case 'noSettingsItem':
      return formatText(strings.NoteNoSettingsItem, nation);
    case 'nationNotSet':
      return formatText(strings.NoteNationNotSet, nation);
    case 'acknowledgeTargetInvalid':
    case 'respondTargetInvalid':
    case 'targetsOutOfOrder':
      return formatText(strings.NoteTargetInvalid, note.value ?? '');
    case 'closureListMissing':
      return strings.NoteClosureListMissing;
    case 'closureUnreadable':
      return strings.NoteClosureUnreadable;
    case 'closureDateInvalid':
      return formatText(strings.NoteClosureDateInvalid, note.value ?? '');
  }
}

/** Says which of the council's enquiry settings the report could not use and what it used instead; nothing when all were read. */
export function SettingsNotes({ read }: { readonly read: IEnquirySettingsRead }): JSX.Element | null {
  if (read.notes.length === 0) return null;
  const nation = NATION_NAMES[read.settings.nation];
  // One line per distinct message: a missing list and a missing column say the same thing.
  const lines = [...new Set(read.notes.map((note) => noteText(note, nation)))];
  return (
    <div role="note" aria-label={strings.SettingsNotesLabel}>
      <ul className={classes.notes}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
