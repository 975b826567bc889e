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

export function teamsLocalizationSchemaPath(manifestVersion: string): string {
  return join(dirname(teamsSchemaPath(manifestVersion)), 'MicrosoftTeams.Localization.schema.json');
}

/** Schema errors of a localisation file (cy-GB.json…) against the official schema for the manifest's version. */
export async function validateTeamsLocalization(localization: unknown, manifestVersion: string): Promise<string[]> {
  const schemaPath = teamsLocalizationSchemaPath(manifestVersion);
  if (!existsSync(schemaPath)) return [`No bundled Teams localisation schema for manifestVersion ${manifestVersion}.`];
  const schema = unicodeSafePatterns(JSON.parse(readFileSync(schemaPath, 'utf8')) as { patternProperties?: Record<string, unknown> });
  type Manifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];
  type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
  return AppManifestUtils.validateAgainstSchema(localization as Manifest, schema as unknown as Schema);
}

/**
 * The shipped localisation schemas (v1.20 on) have two activityTypes patterns ending `\b]\.…` with
 * a lone `]`, which JavaScript accepts only without the Unicode flag; the package's validator (ajv)
 * compiles patterns with it and throws. Escaping that bracket matches exactly the same keys.
 */
export function unicodeSafePatterns<T extends { patternProperties?: Record<string, unknown> }>(schema: T): T {
  if (!schema.patternProperties) return schema;
  const patterns = Object.entries(schema.patternProperties).map(([pattern, rule]) => [pattern.split('\\b]').join('\\b\\]'), rule] as const);
  return { ...schema, patternProperties: Object.fromEntries(patterns) };
}
