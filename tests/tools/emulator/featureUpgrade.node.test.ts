/**
 * Upgrading in place, on the emulator: a site provisioned from the previous version's generated
 * feature files, holding the sample council's items, is upgraded with the next version's
 * generated upgrade actions (plus the deploy tool's follow-ups), and then has the next version's
 * schema with every item as it was: same ids, values and ETags.
 *
 * The next version is synthetic (the product's schema has no step yet): the previous version is
 * today's schema without the BriefingItems list, without Members.ContactNotes, without the index
 * on Members.Email and without the Members "Former members" view, and with Members.Ward required; the
 * step adds them back and makes Ward optional again.
 */
import { allLists, FieldDefinition, IListDefinition, ListKey, schema } from '../../../src/schema';
import { ISchemaStep } from '../../../src/schema/history';
import { ViewsOf } from '../../../src/schema/provisioning/listSchemaXml';
import { IProvisioningAssets, provisioningAssets } from '../../../src/schema/provisioning/provisioningAssets';
import { schemaSnapshot, ISchemaSnapshot } from '../../../src/schema/provisioning/schemaSnapshot';
import { siteFollowUps } from '../../../src/schema/provisioning/upgradeActions';
import { viewsOf } from '../../../src/schema/views';
import { activateFeature, applySiteFollowUps, IFeaturePackage, ProvisionedSite, upgradeFeature } from '../../../tools/emulator/featureUpgrade';
import type { ISiteData, IStoredItem } from '../../../tools/emulator/siteData';
import { checkHistory } from '../../../tools/provisioning/schemaHistory';
import { IRunningEmulator, sampleCouncil, startSampleEmulator, userWithRole } from './emulatorKit';

const FEATURE_ID = '1d593315-e88b-4cda-ab26-653e07c853a4';

const previousLists: IListDefinition[] = allLists
  // BriefingReceipts looks up BriefingItems, so a version without the items list has no receipts list either.
  .filter((list) => list.key !== 'BriefingItems' && list.key !== 'BriefingReceipts')
  .map((list) =>
    list.key !== 'Members'
      ? list
      : {
          ...list,
          fields: list.fields
            .filter((field) => field.internalName !== 'ContactNotes')
            .map((field) => (field.internalName === 'Email' ? { ...field, indexed: false } : field))
            .map((field) => (field.internalName === 'Ward' ? { ...field, required: true } : field))
        }
  );

const previousViews: ViewsOf = (list) => viewsOf(list).filter((view) => !(list.key === 'Members' && view.url === 'Former.aspx'));

const step: ISchemaStep = {
  version: '1.1.0.0',
  summary: 'Briefing items; contact notes on members; members indexed by email; a former members view.',
  lists: ['BriefingItems', 'BriefingReceipts'],
  fields: { Members: ['ContactNotes'] },
  indexes: { Members: ['Email'] },
  views: { Members: ['Former.aspx'] },
  changed: { Members: ['Ward'] }
};

function featurePackage(version: string, assets: IProvisioningAssets): IFeaturePackage {
  return {
    version,
    files: new Map(assets.files.map((file) => [file.name, file.content])),
    elementManifests: assets.featureAssets.elementManifests,
    upgradeActions: assets.featureAssets.upgradeActions
  };
}

const previousPackage = featurePackage('1.0.0.0', provisioningAssets(previousLists, { viewsOf: previousViews }));
const nextAssets = provisioningAssets(allLists, { steps: [step], featureId: FEATURE_ID });
const nextPackage = featurePackage(nextAssets.featureVersion, nextAssets);

/** The site's schema as a snapshot, order aside (an upgrade appends columns; a new install has them in schema order). */
function sorted(snapshot: ISchemaSnapshot): ISchemaSnapshot {
  return {
    version: snapshot.version,
    lists: [...snapshot.lists]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((list) => ({
        ...list,
        fields: [...list.fields].sort((a, b) => a.internalName.localeCompare(b.internalName)),
        indexed: [...list.indexed].sort(),
        views: [...list.views].sort()
      }))
  };
}

function siteSchema(site: ProvisionedSite): ISchemaSnapshot {
  const definitions = [...site.lists.values()].map((list) => list.definition);
  const views: ViewsOf = (list) =>
    viewsOf(list).filter((view) => site.lists.get(list.key)?.views.includes(view.url) === true);
  const snapshot = schemaSnapshot(site.featureVersion, definitions, views);
  // schemaSnapshot adds the default view itself; keep only what the site really has.
  return sorted({
    ...snapshot,
    lists: snapshot.lists.map((list) => ({ ...list, views: list.views.filter((url) => site.lists.get(list.key)?.views.includes(url) === true) }))
  });
}

function previousData(data: ISiteData): ISiteData {
  const withoutNotes = (item: IStoredItem): IStoredItem => {
    const fields = { ...item.fields };
    delete fields.ContactNotes;
    return { ...item, fields };
  };
  return { ...data, lists: { ...data.lists, BriefingItems: [], BriefingReceipts: [], Members: data.lists.Members.map(withoutNotes) } };
}

interface IItemRow {
  readonly [name: string]: unknown;
}

async function readItems(emulator: IRunningEmulator, list: string, userId: number): Promise<IItemRow[]> {
  const response = await fetch(`${emulator.siteUrl}/_api/web/lists/getbytitle('${list}')/items?$top=5000`, {
    headers: { Accept: 'application/json;odata=minimalmetadata', 'X-Emulator-User': String(userId) }
  });
  if (!response.ok) throw new Error(`${list}: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { value: IItemRow[] }).value;
}

describe('upgrading the provisioning feature in place', () => {
  test('the history step covers exactly the difference between the previous and the next schema', () => {
    const releases = [schemaSnapshot('1.0.0.0', previousLists, previousViews)];
    expect(checkHistory(releases, allLists, [step]).problems).toEqual([]);
  });

  test('the step becomes a VersionRange applying its manifest and pushing its new column down, and the feature takes its version', () => {
    // One file per step holding one child of the feature's UpgradeActions, as Microsoft's SPFx examples do.
    expect(nextAssets.files.find((file) => file.name === 'upgrade-actions-1.1.0.0.xml')?.content).toBe(
      [
        '<VersionRange BeginVersion="0.0.0.0" EndVersion="1.1.0.0">',
        '  <ApplyElementManifests>',
        `    <ElementManifest Location="${FEATURE_ID}\\elements-1.1.0.0.xml" />`,
        '  </ApplyElementManifests>',
        '  <AddContentTypeField ContentTypeId="0x01003AEF869886AF4203A61ED257D2543468" FieldId="{601f6836-eb30-408e-a956-911e5a737d24}" PushDown="TRUE" />',
        '</VersionRange>',
        ''
      ].join('\n')
    );
    expect(nextAssets.featureAssets.elementManifests).toEqual(['elements.xml', 'elements-1.1.0.0.xml']);
    expect(nextAssets.featureAssets.upgradeActions).toEqual(['upgrade-actions-1.1.0.0.xml']);
    expect(nextAssets.featureVersion).toBe('1.1.0.0');
  });

  test('a schema change with no upgrade step fails, naming each change and the step to add', () => {
    const releases = [schemaSnapshot('1.0.0.0', previousLists, previousViews)];
    const check = checkHistory(releases, allLists, []);
    expect(check.problems).toEqual([
      'lists: BriefingItems, BriefingReceipts added to src/schema, but no upgrade step creates it on existing sites.',
      'fields: Members.ContactNotes added to src/schema, but no upgrade step adds it to existing lists.',
      'indexes: Members.Email indexed in src/schema, but no upgrade step indexes it on existing lists.',
      'views: Members.Former.aspx added to src/schema, but no upgrade step adds it to existing lists.',
      'changed: Members.Ward changed whether it is required or its validation in src/schema, but no upgrade step records it as changed (existing sites keep the old definition).'
    ]);
    expect(check.suggestion).toBe(
      "{ version: '1.1.0.0', summary: '…', lists: ['BriefingItems', 'BriefingReceipts'], fields: { Members: ['ContactNotes'] }, indexes: { Members: ['Email'] }, views: { Members: ['Former.aspx'] }, changed: { Members: ['Ward'] } }"
    );
  });

  test('a release that did not record column definitions (before 1.4.0.0) accepts a step that says a column changed, and requires none', () => {
    const withoutDefinitions = (snapshot: ISchemaSnapshot): ISchemaSnapshot => ({
      ...snapshot,
      lists: snapshot.lists.map((list) => ({ ...list, fields: list.fields.map(({ internalName, id, type }) => ({ internalName, id, type })) }))
    });
    const releases = [withoutDefinitions(schemaSnapshot('1.0.0.0', previousLists, previousViews))];
    const { changed, ...stepWithoutChanges } = step;
    expect(changed).toEqual({ Members: ['Ward'] });
    expect(checkHistory(releases, allLists, [stepWithoutChanges]).problems).toEqual([]);
    expect(checkHistory(releases, allLists, [step]).problems).toEqual([]);
    const wrong: ISchemaStep = { ...step, changed: { Members: ['NoSuchColumn'] } };
    expect(checkHistory(releases, allLists, [wrong]).problems).toEqual(['changed: Members.NoSuchColumn recorded in a step but not a change since the last release.']);
  });

  test('a removed column must be recorded as retired, and a step cannot ask to delete', () => {
    const releases = [schemaSnapshot('1.0.0.0', allLists)];
    const withoutNotes = allLists.map((list) =>
      list.key === 'Members' ? { ...list, fields: list.fields.filter((field) => field.internalName !== 'ContactNotes') } : list
    );
    expect(checkHistory(releases, withoutNotes, []).problems).toEqual([
      'retired: Members.ContactNotes removed from src/schema, but no upgrade step records it as retired (existing sites keep it; an upgrade never deletes).'
    ]);
    const retiring: ISchemaStep = { version: '1.1.0.0', summary: 'Contact notes retired.', retired: { Members: ['ContactNotes'] } };
    expect(checkHistory(releases, withoutNotes, [retiring]).problems).toEqual([]);
    const retiredAssets = provisioningAssets(withoutNotes, { steps: [retiring], featureId: FEATURE_ID });
    expect(retiredAssets.files.map((file) => file.content).join('\n')).not.toMatch(/Remove|Delete/i);

    const deleting = { ...retiring, removedFields: { Members: ['ContactNotes'] } } as ISchemaStep;
    expect(() => provisioningAssets(withoutNotes, { steps: [deleting], featureId: FEATURE_ID })).toThrow(
      "Upgrade step 1.1.0.0 has 'removedFields'. Steps only add lists, columns, indexes and views; an upgrade never deletes."
    );
  });

  test('previous schema + items → upgrade → the next schema, every item unchanged', async () => {
    const site = activateFeature(previousPackage, previousLists);
    expect(siteSchema(site)).toEqual(sorted(schemaSnapshot('1.0.0.0', previousLists, previousViews)));

    const data = previousData(sampleCouncil());
    const emulator = await startSampleEmulator({ data, lists: site.definitions() });
    try {
      const owner = userWithRole(data, 'owner');
      const keys = previousLists.map((list) => list.key);
      const before = new Map<ListKey, IItemRow[]>();
      for (const key of keys) before.set(key, await readItems(emulator, key, owner.id));
      expect(before.get('Members')?.length).toBeGreaterThan(0);
      expect(before.get('Members')?.[0]).not.toHaveProperty('ContactNotes');
      await expect(readItems(emulator, 'BriefingItems', owner.id)).rejects.toThrow(/HTTP 404/);

      upgradeFeature(site, nextPackage, allLists);
      applySiteFollowUps(site, siteFollowUps([step], allLists));
      emulator.redefineLists(site.definitions());

      expect(site.featureVersion).toBe('1.1.0.0');
      expect(siteSchema(site)).toEqual(sorted(schemaSnapshot('1.1.0.0', allLists)));
      const members = site.lists.get('Members');
      expect(members?.definition.fields.find((field) => field.internalName === 'Email')?.indexed).toBe(true);
      expect(members?.views).toContain('Former.aspx');

      for (const key of keys) {
        const after = await readItems(emulator, key, owner.id);
        const added = key === 'Members' ? ['ContactNotes'] : [];
        const expected = (before.get(key) ?? []).map((row) => ({ ...row, ...Object.fromEntries(added.map((name) => [name, null])) }));
        expect({ list: key, items: after }).toEqual({ list: key, items: expected });
      }
      expect(await readItems(emulator, 'BriefingItems', owner.id)).toEqual([]);
    } finally {
      await emulator.close();
    }
  }, 60_000);

  test('a new install of the next version ends with the same schema as the upgraded site', () => {
    const upgraded = activateFeature(previousPackage, previousLists);
    upgradeFeature(upgraded, nextPackage, allLists);
    applySiteFollowUps(upgraded, siteFollowUps([step], allLists));
    const fresh = activateFeature(nextPackage, allLists);
    expect(siteSchema(fresh)).toEqual(siteSchema(upgraded));
    expect(siteSchema(fresh)).toEqual(sorted(schemaSnapshot('1.1.0.0', allLists)));
  });

  test('the upgrade runs each step once: a site already on the version is left as it is', () => {
    const site = activateFeature(nextPackage, allLists);
    const members = site.lists.get('Members')?.definition;
    upgradeFeature(site, nextPackage, allLists);
    expect(site.lists.get('Members')?.definition).toBe(members);
  });

  test('a retired column stays, with its values, on an upgraded site; a new column arrives empty', async () => {
    // As the 1.1 privacy change will: columns leave src/schema, a published-contact column joins it.
    const surgeryTimes: FieldDefinition = {
      internalName: 'SurgeryTimes',
      displayName: 'Surgery times',
      type: 'Text',
      maxLength: 255,
      id: '7c1e0a52-52d4-4b8e-9a77-3f0d3b1f6c11',
      description: 'Published: everyone who can read this list sees it.'
    };
    const nextLists = allLists.map((list) =>
      list.key === 'Members' ? { ...list, fields: [...list.fields.filter((field) => field.internalName !== 'ContactNotes'), surgeryTimes] } : list
    );
    const retiring: ISchemaStep = { version: '1.1.0.0', summary: 'Surgery times; contact notes retired.', fields: { Members: ['SurgeryTimes'] }, retired: { Members: ['ContactNotes'] } };
    expect(checkHistory([schemaSnapshot('1.0.0.0', allLists)], nextLists, [retiring]).problems).toEqual([]);
    const retiringAssets = provisioningAssets(nextLists, { steps: [retiring], featureId: FEATURE_ID });

    const site = activateFeature(featurePackage('1.0.0.0', provisioningAssets(allLists)), allLists);
    const data = sampleCouncil();
    const emulator = await startSampleEmulator({ data, lists: site.definitions() });
    try {
      const owner = userWithRole(data, 'owner');
      const before = await readItems(emulator, 'Members', owner.id);
      expect(before.some((row) => typeof row.ContactNotes === 'string')).toBe(true);

      upgradeFeature(site, featurePackage(retiringAssets.featureVersion, retiringAssets), nextLists);
      emulator.redefineLists(site.definitions());

      const names = site.lists.get('Members')?.definition.fields.map((field) => field.internalName) ?? [];
      expect(names).toEqual([...schema.Members.fields.map((field) => field.internalName), 'SurgeryTimes']);
      expect(await readItems(emulator, 'Members', owner.id)).toEqual(before.map((row) => ({ ...row, SurgeryTimes: null })));
    } finally {
      await emulator.close();
    }
  }, 60_000);
});
