// Types for make-manifest.mjs.
export interface ManifestVariant {
  file?: string;
  origin: string;
  id: string;
  nameSuffix?: string;
  supportUrl?: string;
}
export declare const REPO_ROOT: string;
export declare const TEMPLATE_PATH: string;
export declare const PRODUCTION_ID: string;
export declare const LOCALHOST_ID: string;
export declare const PLACEHOLDER_ORIGIN: string;
export declare const LOCALHOST_ORIGIN: string;
export declare const VARIANTS: { production: Required<Omit<ManifestVariant, "supportUrl">>; localhost: Required<Omit<ManifestVariant, "supportUrl">> };
export declare function normalizeOrigin(input: string): string;
export declare function renderManifest(variant: ManifestVariant, template?: string): string;
