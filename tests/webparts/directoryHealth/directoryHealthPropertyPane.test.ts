import { directoryHealthPropertyPane } from '../../../src/webparts/directoryHealth/propertyPane/directoryHealthPropertyPane';
import manifest from '../../../src/webparts/directoryHealth/DirectoryHealthWebPart.manifest.json';

interface IField {
  readonly targetProperty: string;
  readonly properties: Record<string, unknown>;
}

describe('directory health property pane and manifest', () => {
  const groups = directoryHealthPropertyPane().pages[0].groups as unknown as { groupName: string; groupFields: IField[] }[];

  it('offers the heading, the lists site and the review window (1 to 60 months)', () => {
    const settings = groups[0].groupFields;
    expect(settings.map((field) => field.targetProperty)).toEqual(['title', 'listsSiteUrl', 'reviewMonths']);
    expect(settings[2].properties).toMatchObject({ min: 1, max: 60, step: 1 });
  });

  it('lets an admin name each of the seven lists it reads', () => {
    expect(groups[1].groupFields.map((field) => field.targetProperty)).toEqual([
      'listTitleMembers', 'listTitleWards', 'listTitleCommittees', 'listTitleCommitteeMemberships', 'listTitleServices', 'listTitleOfficers', 'listTitleBriefingItems'
    ]);
  });

  it('defaults to 12 months and is offered on SharePoint pages only', () => {
    expect(manifest.preconfiguredEntries[0].properties.reviewMonths).toBe(12);
    expect(manifest.supportedHosts).toEqual(['SharePointWebPart', 'SharePointFullPage']);
  });
});
