#!/usr/bin/env node
// Writes the add-in manifests from the one template (addin/manifest/manifest.template.xml), so the
// production and localhost manifests never drift apart.
//
//   node addin/manifest/make-manifest.mjs
//       rewrites manifest.xml (placeholder origin) and manifest.localhost.xml (https://localhost:3000)
//   node addin/manifest/make-manifest.mjs --check
//       exits 1 if either checked-in manifest differs from what the template gives
//   node addin/manifest/make-manifest.mjs --origin https://mail-tools.example.lt/email-lint \
//       [--out manifest.mine.xml] [--support-url https://…] [--id <GUID>]
//       writes a manifest for an administrator's own HTTPS host (stdout without --out)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, "..", "..");
export const TEMPLATE_PATH = join(here, "manifest.template.xml");

/** Stable add-in ids. Changing one makes Outlook treat the add-in as a new one. */
export const PRODUCTION_ID = "62264801-0f19-4989-9274-ebd9d12016db";
export const LOCALHOST_ID = "3e82181b-aeb7-4ede-a809-d0040ea96cbd";

/** `.invalid` is reserved (RFC 2606): this origin can never resolve, so it must be replaced. */
export const PLACEHOLDER_ORIGIN = "https://addin.email-lint.invalid";
export const LOCALHOST_ORIGIN = "https://localhost:3000";

/** The two checked-in manifests. They differ only in origin, Id and the display-name suffix. */
export const VARIANTS = {
  production: { file: "manifest.xml", origin: PLACEHOLDER_ORIGIN, id: PRODUCTION_ID, nameSuffix: "" },
  localhost: { file: "manifest.localhost.xml", origin: LOCALHOST_ORIGIN, id: LOCALHOST_ID, nameSuffix: " (localhost)" },
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks and normalises the origin the add-in's files are served from: https, no query or
 * fragment, no trailing slash ("https://host/path"). Throws with a readable message otherwise.
 */
export function normalizeOrigin(input) {
  let url;
  try {
    url = new URL(String(input));
  } catch {
    throw new Error(`--origin is not a URL: ${JSON.stringify(input)}`);
  }
  if (url.protocol !== "https:") throw new Error(`--origin must use https (Outlook loads add-ins over HTTPS only): ${input}`);
  if (url.search || url.hash) throw new Error(`--origin must not have a query or fragment: ${input}`);
  if (url.username || url.password) throw new Error(`--origin must not contain credentials: ${input}`);
  return (url.origin + url.pathname).replace(/\/+$/, "");
}

const escapeXml = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** Fills the template. Every token must be replaced; a leftover `{{…}}` is an error. */
export function renderManifest({ origin, id, nameSuffix = "", supportUrl }, template = readFileSync(TEMPLATE_PATH, "utf8")) {
  const base = normalizeOrigin(origin);
  if (!GUID.test(id)) throw new Error(`--id must be a GUID: ${id}`);
  const support = supportUrl === undefined ? `${base}/support.html` : normalizeOrigin(supportUrl);
  const values = { ORIGIN: base, ID: id.toLowerCase(), NAME_SUFFIX: nameSuffix, SUPPORT_URL: support };
  const xml = template.replace(/\{\{([A-Z_]+)\}\}/g, (token, name) => {
    if (!(name in values)) throw new Error(`unknown template token ${token}`);
    return escapeXml(values[name]);
  });
  return xml;
}

function main() {
  const { values } = parseArgs({
    options: {
      origin: { type: "string" },
      out: { type: "string", short: "o" },
      id: { type: "string" },
      "support-url": { type: "string" },
      check: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1, 12).join("\n").replace(/^\/\/ ?/gm, ""));
    return 0;
  }
  if (values.origin !== undefined) {
    const xml = renderManifest({
      origin: values.origin,
      id: values.id ?? PRODUCTION_ID,
      supportUrl: values["support-url"],
    });
    if (values.out) {
      writeFileSync(values.out, xml);
      console.error(`wrote ${values.out} for ${normalizeOrigin(values.origin)}/`);
    } else {
      process.stdout.write(xml);
    }
    return 0;
  }
  let stale = 0;
  for (const variant of Object.values(VARIANTS)) {
    const file = join(REPO_ROOT, variant.file);
    const xml = renderManifest(variant);
    if (values.check) {
      let current = "";
      try {
        current = readFileSync(file, "utf8");
      } catch {}
      if (current !== xml) {
        console.error(`${variant.file} is out of date: run node addin/manifest/make-manifest.mjs`);
        stale++;
      }
    } else {
      writeFileSync(file, xml);
      console.log(`wrote ${variant.file}`);
    }
  }
  return stale ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(`make-manifest: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 2;
  }
}
