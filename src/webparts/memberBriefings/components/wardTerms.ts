import * as strings from 'MemberBriefingsWebPartStrings';

/** What the council calls its electoral areas: districts and unitaries have wards, counties divisions. */
export type WardLabel = 'ward' | 'division';

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
