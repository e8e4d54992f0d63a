// Types for validate-manifest.mjs (plain ESM so it runs with `node` and needs no build step).
export declare const NS: Record<"officeApp" | "xsi" | "bt" | "vo10" | "vo11", string>;
export interface Expect {
  taskpane: string;
  commands: string;
  launchEventScript: string;
  handler: string;
  buttonId: string;
  sendMode: string;
  permission: string;
  defaultLocale: string;
  locales: string[];
  eventMinMailbox: string;
}
export declare const DEFAULT_EXPECT: Expect;
export declare const MAILAPP_CHILD_ORDER: string[];
export interface El {
  name: string;
  ns: string;
  attrs: Record<string, string>;
  attrNs: Record<string, { ns: string; local: string; value: string }>;
  children: El[];
  text: string;
  path: string;
  parent: El | null;
}
export interface CheckOptions {
  assetsDir?: string;
  /** Built add-in folder (dist-addin): every manifest URL under the origin must be a file there. */
  distDir?: string;
  expect?: Partial<Expect>;
  unified?: boolean;
}
export interface Unified {
  manifest: Record<string, any>; // any: untyped JSON written by the converter
  locales: Record<string, Record<string, unknown>>;
}
export declare function parseXml(xml: string): El;
export declare function attr(el: El, local: string, ns?: string): string | undefined;
export declare function pngSize(bytes: Buffer): { width: number; height: number; error?: undefined } | { error: string; width?: undefined; height?: undefined };
export declare function checkManifestXml(xml: string, options?: CheckOptions): string[];
export declare function localSchemaPath(url: string): string;
export declare function convertToUnified(xmlPath: string): Promise<Unified>;
export declare function checkUnified(unified: Unified, options?: CheckOptions): string[];
export declare function validateManifestFile(xmlPath: string, options?: CheckOptions): Promise<{ structure: string[]; unified: string[]; ok: boolean }>;
