/**
 * Validates a Teams app manifest against the official JSON schema for its manifestVersion, as
 * shipped (offline) in @microsoft/app-manifest, with that package's own validator.
 */
import { AppManifestUtils } from '@microsoft/app-manifest';
import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';

export function teamsSchemaPath(manifestVersion: string): string {
  const packageDir = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return join(packageDir, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
}

/** Schema errors as readable strings; empty when the manifest is valid. */
export async function validateTeamsManifest(manifest: unknown): Promise<string[]> {
  const version = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  if (typeof version !== 'string') return ['manifestVersion is missing, so there is no schema to validate against.'];
  const schemaPath = teamsSchemaPath(version);
  if (!existsSync(schemaPath)) return [`No bundled Teams manifest schema for manifestVersion ${version}.`];
  const schema: unknown = JSON.parse(readFileSync(schemaPath, 'utf8'));
  type Manifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];
  type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
  return AppManifestUtils.validateAgainstSchema(manifest as Manifest, schema as Schema);
}
