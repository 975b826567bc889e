import { IListDefinition } from '../types';
import { elementsXml, listSchemaFileName } from './elementsXml';
import { listSchemaXml } from './listSchemaXml';

export const ELEMENT_MANIFEST = 'elements.xml';

export interface IAssetFile {
  /** File name inside sharepoint/assets. */
  readonly name: string;
  readonly content: string;
}

/** The feature's `assets` block in config/package-solution.json. */
export interface IFeatureAssets {
  readonly elementManifests: string[];
  readonly elementFiles: string[];
}

export interface IProvisioningAssets {
  readonly files: readonly IAssetFile[];
  readonly featureAssets: IFeatureAssets;
}

/** Every file of the provisioning feature, and the package-solution block that lists them. */
export function provisioningAssets(lists: readonly IListDefinition[]): IProvisioningAssets {
  const schemaFiles = lists.map((list) => ({ name: listSchemaFileName(list), content: listSchemaXml(list) }));
  return {
    files: [{ name: ELEMENT_MANIFEST, content: elementsXml(lists) }, ...schemaFiles],
    featureAssets: {
      elementManifests: [ELEMENT_MANIFEST],
      elementFiles: schemaFiles.map((file) => file.name)
    }
  };
}
