/**
 * The Power Automate flow that ships in sharepoint/flows (docs/notifications.md): valid JSON in the
 * shape Power Automate stores a flow's definition, triggered on the Briefings list for approved
 * briefings only, posting in Teams or emailing the members (To:, never Bcc), and naming only lists
 * and columns that src/schema provisions, so a renamed column fails here rather than in a council's flow.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { schema } from '../../../src/schema';
import { serialiseBriefingQuery } from '../../../src/webparts/memberBriefings/components/briefingLocation';

const FLOW_FILE = join(__dirname, '..', '..', '..', 'sharepoint', 'flows', 'briefing-approved.json');

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

interface IFlowDefinition {
  readonly $schema: string;
  readonly contentVersion: string;
  readonly parameters: Record<string, { readonly type: string; readonly defaultValue?: Json; readonly allowedValues?: Json[] }>;
  readonly triggers: Record<string, { readonly type: string; readonly conditions?: { readonly expression: string }[]; readonly inputs: { readonly host: Record<string, string>; readonly parameters: Record<string, string> } }>;
  readonly actions: Record<string, Json>;
}

const text = readFileSync(FLOW_FILE, 'utf8');
const flow = JSON.parse(text) as IFlowDefinition;

/** Every string anywhere in the definition. */
function stringsIn(value: Json): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsIn(inner)]);
  return [];
}

/** Every action, however deeply nested in conditions and switches, by name. */
function actionsIn(actions: Record<string, Json>): Map<string, Record<string, Json>> {
  const found = new Map<string, Record<string, Json>>();
  const visit = (group: Json | undefined): void => {
    if (!group || typeof group !== 'object' || Array.isArray(group)) return;
    for (const [name, action] of Object.entries(group)) {
      if (!action || typeof action !== 'object' || Array.isArray(action)) continue;
      found.set(name, action);
      visit(action.actions);
      const elseBranch = action.else;
      if (elseBranch && typeof elseBranch === 'object' && !Array.isArray(elseBranch)) visit(elseBranch.actions);
      const cases = action.cases;
      if (cases && typeof cases === 'object' && !Array.isArray(cases)) for (const branch of Object.values(cases)) if (branch && typeof branch === 'object' && !Array.isArray(branch)) visit(branch.actions);
    }
  };
  visit(actions);
  return found;
}

const everyString = stringsIn(flow as unknown as Json);
const actions = actionsIn(flow.actions);
const [triggerName, trigger] = Object.entries(flow.triggers)[0];

describe('sharepoint/flows/briefing-approved.json', () => {
  it('is a workflow definition with one SharePoint trigger: "When an item is created or modified"', () => {
    expect(flow.$schema).toBe('https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#');
    expect(Object.keys(flow.triggers)).toEqual([triggerName]);
    expect(trigger.type).toBe('OpenApiConnection');
    expect(trigger.inputs.host).toMatchObject({ apiId: '/providers/Microsoft.PowerApps/apis/shared_sharepointonline', operationId: 'GetOnUpdatedItems' });
  });

  it('watches the Briefings list that src/schema provisions', () => {
    expect(trigger.inputs.parameters.table).toBe("@parameters('BriefingsListTitle')");
    expect(flow.parameters.BriefingsListTitle.defaultValue).toBe(schema.Briefings.title);
    expect(schema.Briefings.contentApproval).toBe(true);
  });

  it('runs only for approved briefings (trigger condition), and acts only when the approval just changed', () => {
    expect(trigger.conditions?.map((condition) => condition.expression)).toEqual(["@equals(triggerOutputs()?['body/{ModerationStatus}'], 'Approved')"]);
    const gate = actions.get('Only_when_it_has_just_been_approved');
    expect(JSON.stringify(gate?.expression)).toContain("['ColumnHasChanged']?['OData__ModerationStatus']");
  });

  it('names only columns of the Briefings list (and SharePoint’s own ID and trigger token)', () => {
    const columns = new Set(['ID', 'Title', ...schema.Briefings.fields.map((field) => field.internalName)]);
    const named = new Set(everyString.flatMap((value) => Array.from(value.matchAll(/triggerOutputs\(\)\?\['body\/([^'{}]+)'\]/g), (match) => match[1])));
    named.delete('value');
    expect(named.size).toBeGreaterThan(2);
    expect([...named].filter((column) => !columns.has(column))).toEqual([]);
    expect(named.has('WeekCommencing')).toBe(true);
  });

  it('declares every parameter it uses', () => {
    const used = new Set(everyString.flatMap((value) => Array.from(value.matchAll(/parameters\('([^']+)'\)/g), (match) => match[1])));
    expect([...used].filter((name) => !(name in flow.parameters))).toEqual([]);
  });

  it('links to the week as the briefings web part reads it (briefingWeek)', () => {
    const link = actions.get('Compose_the_link_to_the_week')?.inputs;
    expect(serialiseBriefingQuery({ week: '2026-11-23' }, '')).toBe('?briefingWeek=2026-11-23');
    expect(link).toBe("@{parameters('BriefingsPageUrl')}?briefingWeek=@{formatDateTime(triggerOutputs()?['body/WeekCommencing'], 'yyyy-MM-dd')}");
  });

  it('tells members in a Teams channel or by one email To: their group, never Bcc', () => {
    expect(flow.parameters.NotifyBy.allowedValues).toEqual(['Teams', 'Email']);
    const teams = JSON.stringify(actions.get('Post_in_the_members_channel'));
    expect(teams).toContain('shared_teams');
    expect(teams).toContain('PostMessageToConversation');
    const email = actions.get('Email_the_members');
    expect(JSON.stringify(email)).toContain('SendEmailV2');
    const parameters = (email?.inputs as { parameters: Record<string, string> }).parameters;
    expect(parameters['emailMessage/To']).toBe("@parameters('MembersGroupEmail')");
    expect(Object.keys(parameters).filter((key) => /bcc/i.test(key))).toEqual([]);
    expect(everyString.filter((value) => /^emailMessage\/B?cc$/i.test(value))).toEqual([]);
  });

  it('holds no council’s real addresses or ids: placeholders only', () => {
    for (const name of ['MembersTeamId', 'MembersChannelId', 'MembersGroupEmail']) expect(flow.parameters[name].defaultValue).toBe('');
    expect(String(flow.parameters.ListsSiteUrl.defaultValue)).toMatch(/^https:\/\/contoso\.sharepoint\.com\//);
  });
});
