declare interface IEnquiryReportWebPartStrings {
  PropertyPaneDescription: string;
  NationFieldLabel: string;
  NationEnglandAndWales: string;
  NationScotland: string;
  NationNorthernIreland: string;
  Intro: string;
  VisibilityNote: string;
  PeriodLegend: string;
  PeriodThisQuarter: string;
  PeriodLastQuarter: string;
  PeriodThisMunicipalYear: string;
  PeriodCustom: string;
  FromLabel: string;
  ToLabel: string;
  ShowReportButton: string;
  CustomDatesInvalid: string;
  LoadingLabel: string;
  ErrorHeading: string;
  PeriodSummary: string;
  ResponseSummary: string;
  NothingDueYet: string;
  NoEnquiriesHeading: string;
  NoEnquiriesMessage: string;
  TableHeading: string;
  TableCaption: string;
  ColumnService: string;
  ColumnReceived: string;
  ColumnOnTime: string;
  ColumnLate: string;
  ColumnOpenOverdue: string;
  ColumnMedian: string;
  ServiceNotRecorded: string;
  TotalRow: string;
  NoMedian: string;
  ChartHeading: string;
  ChartDescription: string;
  ChartBarLabel: string;
  LegendOnTime: string;
  LegendLate: string;
  LegendPending: string;
  DownloadCsv: string;
  DownloadOverdueCsv: string;
  SettingsNotesLabel: string;
  NoteSettingsMissing: string;
  NoteSettingsUnreadable: string;
  NoteNoSettingsItem: string;
  NoteNationNotSet: string;
  NoteTargetInvalid: string;
  NoteClosureListMissing: string;
  NoteClosureUnreadable: string;
  NoteClosureDateInvalid: string;
}

declare module 'EnquiryReportWebPartStrings' {
  const strings: IEnquiryReportWebPartStrings;
  export = strings;
}
