/**
 * Checks the built SharePoint package (sharepoint/solution/member-officer-hub.sppkg, from
 * `npm run package`): a readable zip with the app manifest, the client-side bundles, every web part,
 * a ListInstance for every list in src/schema with its schema file, every web part's strings in every
 * language it has a loc file for (en-us, cy-gb), and the Teams app package with its localisations.
 * Prints each check; exits 1 if any fails.
 *
 *   node --import tsx tools/ci/checkPackage.ts [path/to.sppkg]
 */
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, relative, resolve } from 'path';
import { allLists } from '../../src/schema';
import { IWebPartManifest, projectRoot, readPackageSolution, readWebPartManifests } from './projectFiles';
import { TEAMS_APP_PACKAGE_FILE } from './teamsApp/teamsAppFiles';
import { COLOUR_ICON_FILE, ITeamsManifest, MANIFEST_FILE, OUTLINE_ICON_FILE } from './teamsApp/teamsManifest';
import { colourIconProblems, outlineIconProblems } from './teamsApp/validateTeamsIcons';
import { validateTeamsLocalization, validateTeamsManifest } from './teamsApp/validateTeamsManifest';

export interface ICheck {
  readonly passed: boolean;
  readonly description: string;
  /** Why it failed, or what was found. */
  readonly detail?: string;
}

export interface IPackageExpectations {
  readonly solutionId: string;
  readonly solutionVersion: string;
  /** Bundle names from config/config.json; each ships as ClientSideAssets/<name>_<hash>.js. */
  readonly bundles: readonly string[];
  readonly webParts: readonly Pick<IWebPartManifest, 'id' | 'alias' | 'supportedHosts'>[];
  readonly lists: readonly { readonly key: string; readonly title: string }[];
  /** SPFx string modules (config/config.json localizedResources) by locale; each ships as ClientSideAssets/<name>_<locale>_<hash>.js. */
  readonly localizedResources?: readonly { readonly name: string; readonly locale: string }[];
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true });

type XmlNode = { readonly [name: string]: unknown };

/** Every element called `name` anywhere under `node`, as parsed by fast-xml-parser. */
function findElements(node: unknown, name: string): XmlNode[] {
  if (Array.isArray(node)) return node.flatMap((child) => findElements(child, name));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const found = key === name ? (Array.isArray(value) ? value : [value]).filter((v): v is XmlNode => typeof v === 'object' && v !== null) : [];
    return [...found, ...findElements(value, name)];
  });
}

function check(passed: boolean, description: string, detail?: string): ICheck {
  return { passed, description, detail };
}

function checkAppManifest(zip: JSZip, appManifestXml: string | undefined, expected: IPackageExpectations): ICheck[] {
  if (appManifestXml === undefined) return [check(false, 'AppManifest.xml is present', 'not in the package')];
  const app = findElements(xml.parse(appManifestXml), 'App')[0] ?? {};
  return [
    check(true, 'AppManifest.xml is present'),
    check(app.ProductID === expected.solutionId, `AppManifest.xml has solution id ${expected.solutionId}`, `ProductID is ${String(app.ProductID)}`),
    check(app.Version === expected.solutionVersion, `AppManifest.xml has version ${expected.solutionVersion}`, `Version is ${String(app.Version)}`)
  ];
}

function checkBundles(names: readonly string[], expected: IPackageExpectations): ICheck[] {
  const scripts = names.filter((name) => /^ClientSideAssets\/[^/]+\.js$/.test(name));
  return [
    check(scripts.length > 0, 'client-side assets (ClientSideAssets/*.js) are included', `${scripts.length} script files`),
    ...expected.bundles.map((bundle) => {
      const file = scripts.find((name) => name.startsWith(`ClientSideAssets/${bundle}_`));
      return check(file !== undefined, `bundle ${bundle} is included`, file ?? `no ClientSideAssets/${bundle}_<hash>.js`);
    })
  ];
}

function checkLocalizedStrings(names: readonly string[], expected: IPackageExpectations): ICheck[] {
  return (expected.localizedResources ?? []).map(({ name, locale }) => {
    const prefix = `ClientSideAssets/${name}_${locale}_`.toLowerCase();
    const file = names.find((candidate) => candidate.toLowerCase().startsWith(prefix) && candidate.endsWith('.js'));
    return check(file !== undefined, `${name} strings for ${locale} are included`, file ?? `no ClientSideAssets/${name}_${locale}_<hash>.js`);
  });
}

function checkWebParts(names: readonly string[], expected: IPackageExpectations): ICheck[] {
  return expected.webParts.map((part) => {
    const file = names.find((name) => name.endsWith(`/WebPart_${part.id}.xml`));
    return check(file !== undefined, `web part ${part.alias} (${part.id}) is in a feature`, file ?? 'no WebPart_<id>.xml');
  });
}

async function checkLists(zip: JSZip, names: readonly string[], expected: IPackageExpectations): Promise<ICheck[]> {
  // Element manifests sit in feature folders (<feature id>/*.xml); list schemas beside them.
  const elementFiles = names.filter((name) => /^[0-9a-f-]{36}\/[^/]+\.xml$/i.test(name));
  const instances = (await Promise.all(elementFiles.map(async (name) => findElements(xml.parse(await zip.file(name)!.async('string')), 'ListInstance')))).flat();
  return expected.lists.flatMap((list) => {
    const instance = instances.find((element) => element.Url === `Lists/${list.key}`);
    if (!instance) return [check(false, `list ${list.title} is provisioned`, `no ListInstance with Url="Lists/${list.key}" in ${elementFiles.join(', ') || 'any feature'}`)];
    const schemaFile = typeof instance.CustomSchema === 'string' ? instance.CustomSchema : undefined;
    return [
      check(instance.Title === list.title, `list ${list.title} is provisioned`, `ListInstance Url="Lists/${list.key}" Title="${String(instance.Title)}"`),
      check(
        schemaFile !== undefined && names.includes(schemaFile),
        `list ${list.title} has its schema file`,
        schemaFile === undefined ? 'no CustomSchema attribute' : names.includes(schemaFile) ? schemaFile : `${schemaFile} is not in the package`
      )
    ];
  });
}

function componentIdIn(url: string | undefined): string | undefined {
  return url === undefined ? undefined : /componentId=([0-9a-f-]{36})/i.exec(url)?.[1];
}

async function checkTeamsApp(zip: JSZip, names: readonly string[], expected: IPackageExpectations): Promise<ICheck[]> {
  const entry = `ClientSideAssets/${TEAMS_APP_PACKAGE_FILE}`;
  const teamsParts = expected.webParts.filter((part) => part.supportedHosts?.some((host) => host === 'TeamsTab' || host === 'TeamsPersonalApp'));
  if (!names.includes(entry)) {
    return [check(teamsParts.length === 0, `Teams app package ${entry} is present`, teamsParts.length ? 'missing, though web parts support Teams' : 'none needed: no web part supports Teams')];
  }
  let teamsZip: JSZip;
  try {
    teamsZip = await JSZip.loadAsync(await zip.file(entry)!.async('nodebuffer'));
  } catch (error) {
    return [check(false, `Teams app package ${entry} is a zip`, (error as Error).message)];
  }
  const files = Object.keys(teamsZip.files).sort();
  const required = [MANIFEST_FILE, COLOUR_ICON_FILE, OUTLINE_ICON_FILE];
  const missing = required.filter((name) => !files.includes(name));
  if (missing.length > 0) return [check(false, `Teams app package has ${required.join(', ')} at its root`, `missing ${missing.join(', ')} (has ${files.join(', ')})`)];
  const read = (name: string): Promise<Buffer> => teamsZip.file(name)!.async('nodebuffer');
  const manifest = JSON.parse((await read(MANIFEST_FILE)).toString('utf8')) as ITeamsManifest;
  const schemaErrors = await validateTeamsManifest(manifest);
  const colourProblems = colourIconProblems(await read(manifest.icons?.color ?? COLOUR_ICON_FILE));
  const outlineProblems = outlineIconProblems(await read(manifest.icons?.outline ?? OUTLINE_ICON_FILE));
  const channelIds = (manifest.configurableTabs ?? []).map((tab) => componentIdIn(tab.configurationUrl));
  const personalIds = (manifest.staticTabs ?? []).map((tab) => componentIdIn(tab.contentUrl));
  const idsFor = (host: 'TeamsTab' | 'TeamsPersonalApp'): string[] => teamsParts.filter((part) => part.supportedHosts?.includes(host)).map((part) => part.id);
  const tabProblems = [
    ...channelIds.filter((id) => !idsFor('TeamsTab').includes(id ?? '')).map((id) => `channel tab for ${id}, which is not a TeamsTab web part`),
    ...(idsFor('TeamsTab').length > 0 && channelIds.length === 0 ? ['no channel tab, though web parts support TeamsTab'] : []),
    ...personalIds.filter((id) => !idsFor('TeamsPersonalApp').includes(id ?? '')).map((id) => `personal tab for ${id}, which is not a TeamsPersonalApp web part`),
    ...idsFor('TeamsPersonalApp').filter((id) => !personalIds.includes(id)).map((id) => `no personal tab for TeamsPersonalApp web part ${id}`)
  ];
  // Teams allows one channel tab per app, so other TeamsTab web parts are not reachable from it.
  const notInApp = teamsParts.filter((part) => !channelIds.includes(part.id) && !personalIds.includes(part.id)).map((part) => part.alias);
  const languages = manifest.localizationInfo?.additionalLanguages ?? [];
  const localizationProblems = (
    await Promise.all(
      languages.map(async ({ languageTag, file }) => {
        if (!files.includes(file)) return [`${languageTag}: ${file} is not in the package`];
        const errors = await validateTeamsLocalization(JSON.parse((await read(file)).toString('utf8')), manifest.manifestVersion);
        return errors.map((error) => `${file}: ${error}`);
      })
    )
  ).flat();
  const tabSummary = `${channelIds.length} channel tab(s), ${personalIds.length} personal tab(s)${notInApp.length ? `; not in the Teams app: ${notInApp.join(', ')}` : ''}`;
  return [
    check(true, `Teams app package has ${required.join(', ')} at its root`),
    check(schemaErrors.length === 0, `Teams manifest is valid against the v${manifest.manifestVersion} schema`, schemaErrors.join('; ')),
    check(colourProblems.length === 0, 'Teams colour icon is 192×192', colourProblems.join('; ')),
    check(outlineProblems.length === 0, 'Teams outline icon is 32×32, white on transparent', outlineProblems.join('; ')),
    check(tabProblems.length === 0, 'Teams tabs match the web parts that support Teams', tabProblems.join('; ') || tabSummary),
    check(
      localizationProblems.length === 0,
      'Teams localisation files are present and valid against the localisation schema',
      localizationProblems.join('; ') || languages.map(({ languageTag }) => languageTag).join(', ') || 'none declared'
    )
  ];
}

/** Every check on the package; a package that is not a zip fails the first and is not looked at further. */
export async function checkSolutionPackage(sppkg: Buffer, expected: IPackageExpectations): Promise<ICheck[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(sppkg);
  } catch (error) {
    return [check(false, 'the package is a zip', (error as Error).message)];
  }
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  const appManifest = await zip.file('AppManifest.xml')?.async('string');
  return [
    check(true, 'the package is a zip', `${names.length} files`),
    ...checkAppManifest(zip, appManifest, expected),
    ...checkBundles(names, expected),
    ...checkWebParts(names, expected),
    ...checkLocalizedStrings(names, expected),
    ...(await checkLists(zip, names, expected)),
    ...(await checkTeamsApp(zip, names, expected))
  ];
}

export function projectExpectations(root: string = projectRoot): IPackageExpectations {
  const { solution } = readPackageSolution(root);
  const config = JSON.parse(readFileSync(join(root, 'config', 'config.json'), 'utf8')) as {
    bundles: Record<string, unknown>;
    localizedResources?: Record<string, string>;
  };
  return {
    solutionId: solution.id,
    solutionVersion: solution.version,
    bundles: Object.keys(config.bundles),
    webParts: readWebPartManifests(root),
    lists: allLists.map(({ key, title }) => ({ key, title })),
    localizedResources: Object.entries(config.localizedResources ?? {}).flatMap(([name, path]) => locFileLocales(root, path).map((locale) => ({ name, locale })))
  };
}

/** The locales of the loc files behind a localizedResources path ("lib/webparts/x/loc/{locale}.js" → src/webparts/x/loc/*.js). */
function locFileLocales(root: string, path: string): string[] {
  const folder = join(root, path.replace(/^lib\//, 'src/').replace(/\/\{locale\}\.js$/, ''));
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /^[a-z]{2}-[a-z]{2}\.js$/.test(name))
    .map((name) => name.slice(0, -3))
    .sort();
}

export function formatChecks(checks: readonly ICheck[]): string {
  return checks.map(({ passed, description, detail }) => `${passed ? 'ok  ' : 'FAIL'} ${description}${detail ? ` — ${detail}` : ''}`).join('\n');
}

async function main(args: readonly string[]): Promise<number> {
  const packagePath = resolve(args[0] ?? join(projectRoot, 'sharepoint', readPackageSolution().paths.zippedPackage));
  const shown = relative(projectRoot, packagePath);
  if (!existsSync(packagePath)) {
    console.error(`FAIL ${shown} does not exist: run \`npm run package\` first.`);
    return 1;
  }
  console.log(`Checking ${shown}`);
  const checks = await checkSolutionPackage(readFileSync(packagePath), projectExpectations());
  console.log(formatChecks(checks));
  const failed = checks.filter((result) => !result.passed).length;
  console.log(failed === 0 ? `${shown}: all ${checks.length} checks passed.` : `${shown}: ${failed} of ${checks.length} checks failed.`);
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    }
  );
}
