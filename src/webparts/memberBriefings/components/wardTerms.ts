import * as strings from 'MemberBriefingsWebPartStrings';
import type { WardWord } from '../../../model/hubSettings';

/** What the council calls its electoral areas: districts and unitaries have wards, counties divisions. */
export type WardLabel = WardWord;

export interface IWardTerms {
  readonly affectingYours: string;
  readonly all: string;
  readonly plural: string;
  readonly pickerLabel: string;
  readonly pickerNone: string;
}

export function toWardLabel(value: string | undefined): WardLabel {
  return value === 'division' ? 'division' : 'ward';
}

/** The page's own choice, or undefined (empty, or anything else) for the council's setting. */
export function wardLabelOverride(value: string | undefined): WardLabel | undefined {
  return value === 'ward' || value === 'division' ? value : undefined;
}

/** The texts that name the council's areas, in its own word. */
export function wardTerms(label: WardLabel): IWardTerms {
  return label === 'division'
    ? {
        affectingYours: strings.AffectingYourDivision,
        all: strings.AllDivisions,
        plural: strings.DivisionsLabel,
        pickerLabel: strings.DivisionPickerLabel,
        pickerNone: strings.DivisionPickerNone
      }
    : {
        affectingYours: strings.AffectingYourWard,
        all: strings.AllWards,
        plural: strings.WardsLabel,
        pickerLabel: strings.WardPickerLabel,
        pickerNone: strings.WardPickerNone
      };
}
