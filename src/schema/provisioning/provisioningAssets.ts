import { ISchemaStep } from '../history';
import { IListDefinition } from '../types';
import { elementsXml, listSchemaFileName } from './elementsXml';
import { listSchemaXml, ViewsOf } from './listSchemaXml';
import { addedByHistory, assertHistory, featureVersionOf, stepManifestName, stepManifestXml, upgradeActionsFileName, upgradeActionsXml } from './upgradeActions';
import { viewsOf } from '../views';

export const ELEMENT_MANIFEST = 'elements.xml';

/**
 * The provisioning feature's id: what sites record it as, so it never changes. `npm run provision`
 * writes it into config/package-solution.json with the feature's files and version.
 */
export const PROVISIONING_FEATURE_ID = '1d593315-e88b-4cda-ab26-653e07c853a4';

export interface IAssetFile {
  /** File name inside sharepoint/assets. */
  readonly name: string;
  readonly content: string;
}

/** The feature's `assets` block in config/package-solution.json. */
export interface IFeatureAssets {
  readonly elementManifests: string[];
  readonly elementFiles: string[];
  /** Present once the history has a step. */
  readonly upgradeActions?: string[];
}

export interface IProvisioningAssets {
  readonly files: readonly IAssetFile[];
  readonly featureAssets: IFeatureAssets;
  /** The feature's version in config/package-solution.json: the last step's, or the baseline's. */
  readonly featureVersion: string;
}

export interface IProvisioningOptions {
  /** Oldest first; none by default (the baseline, 1.0.0.0). */
  readonly steps?: readonly ISchemaStep[];
  /** The feature's id; upgrade actions locate element manifests by it. PROVISIONING_FEATURE_ID by default. */
  readonly featureId?: string;
  /** The lists' own views; src/schema/views by default. */
  readonly viewsOf?: ViewsOf;
}

/** Every file of the provisioning feature, and the package-solution block that lists them. */
export function provisioningAssets(lists: readonly IListDefinition[], options: IProvisioningOptions = {}): IProvisioningAssets {
  const steps = options.steps ?? [];
  const ownViews = options.viewsOf ?? viewsOf;
  assertHistory(steps, lists);
  const schemaFiles = lists.map((list) => ({ name: listSchemaFileName(list), content: listSchemaXml(list, ownViews) }));
  const stepFiles = steps.map((step, index) => ({ name: stepManifestName(step), content: stepManifestXml(step, lists, addedByHistory(steps.slice(index + 1))) }));
  const featureId = options.featureId ?? PROVISIONING_FEATURE_ID;
  const upgradeFiles: IAssetFile[] = steps.map((step) => ({ name: upgradeActionsFileName(step), content: upgradeActionsXml(step, lists, featureId) }));
  return {
    files: [{ name: ELEMENT_MANIFEST, content: elementsXml(lists, addedByHistory(steps)) }, ...stepFiles, ...schemaFiles, ...upgradeFiles],
    featureAssets: {
      elementManifests: [ELEMENT_MANIFEST, ...stepFiles.map((file) => file.name)],
      elementFiles: schemaFiles.map((file) => file.name),
      ...(upgradeFiles.length > 0 ? { upgradeActions: upgradeFiles.map((file) => file.name) } : {})
    },
    featureVersion: featureVersionOf(steps)
  };
}
