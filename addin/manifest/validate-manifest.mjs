#!/usr/bin/env node
// Offline validation of the add-in's XML manifest. `office-addin-manifest validate` POSTs the file
// to a Microsoft service, so it cannot run here (no network) and is not used. Two offline routes:
//
//  1. structure: well-formedness (fast-xml-parser) and the rules the schema and Outlook impose on
//     this add-in — fixed child order, ReadWriteItem only, the compose rule, the V1_0 → V1_1
//     nesting, OnMessageSend/SoftBlock, the event runtime, every resid defined, https URLs on one
//     origin, icon files present with the right pixel size, lt-LT / lv-LV strings.
//  2. unified: office-addin-manifest-converter turns the XML into the unified JSON manifest (no
//     network without --image-download), which is validated with ajv against the JSON schemas
//     shipped in @microsoft/app-manifest (read from node_modules, never fetched).
//
// No XSD route: no npm package we found ships the MailApp 1.1 XSDs, and the public copies lack
// Runtimes and LaunchEvent anyway.
//
//   node addin/manifest/validate-manifest.mjs [manifest.xml …] [--assets assets] [--dist dist-addin] [--no-unified]
//   --dist also checks that the built add-in folder contains every file the manifest points at.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(here, "..", "..");

export const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  vo10: "http://schemas.microsoft.com/office/mailappversionoverrides",
  vo11: "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
};

/** What the add-in's build serves and the manifest must point at (agreed with the task pane). */
export const DEFAULT_EXPECT = {
  taskpane: "taskpane.html",
  commands: "commands.html",
  launchEventScript: "launchevent.js",
  handler: "onMessageSendHandler",
  buttonId: "msgComposeOpenPaneButton",
  sendMode: "SoftBlock",
  permission: "ReadWriteItem",
  defaultLocale: "en-US",
  locales: ["lt-LT", "lv-LV"],
  eventMinMailbox: "1.12",
};

/** Children of a MailApp OfficeApp, in the only order the schema accepts. */
export const MAILAPP_CHILD_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
  "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
  "FormSettings", "Permissions", "Rule", "DisableEntityHighlighting", "VersionOverrides",
];
const MAILAPP_REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "Hosts", "Requirements", "FormSettings", "Permissions", "Rule"];

// ---------------------------------------------------------------------------------------------
// A namespace-aware element tree on top of fast-xml-parser's ordered output.

/**
 * @typedef {{ name: string, ns: string, attrs: Record<string, string>, attrNs: Record<string, {ns: string, local: string, value: string}>,
 *   children: El[], text: string, path: string, parent: El | null }} El
 */

/** Parses XML into an element tree; throws Error("line:col message") when not well-formed. */
export function parseXml(xml) {
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new Error(`not well-formed XML at ${line}:${col}: ${msg}`);
  }
  const ordered = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    trimValues: true,
    processEntities: true,
  }).parse(xml);
  const roots = build(ordered, { "": "", xml: "http://www.w3.org/XML/1998/namespace" }, null, "");
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0];
}

function build(nodes, inherited, parent, parentPath) {
  const out = [];
  const counts = {};
  for (const node of nodes) {
    const tag = Object.keys(node).find((k) => k !== ":@");
    if (tag === undefined || tag === "#text" || tag.startsWith("?") || tag === "#comment") continue;
    const rawAttrs = node[":@"] ?? {};
    const scope = { ...inherited };
    for (const [k, v] of Object.entries(rawAttrs)) {
      if (k === "xmlns") scope[""] = v;
      else if (k.startsWith("xmlns:")) scope[k.slice(6)] = v;
    }
    const [prefix, local] = splitQName(tag);
    const ns = scope[prefix];
    if (ns === undefined) throw new Error(`undeclared namespace prefix "${prefix}" on <${tag}>`);
    counts[local] = (counts[local] ?? 0) + 1;
    const el = { name: local, ns, attrs: {}, attrNs: {}, children: [], text: "", parent, path: "" };
    el.path = `${parentPath}/${local}`;
    for (const [k, v] of Object.entries(rawAttrs)) {
      if (k === "xmlns" || k.startsWith("xmlns:")) continue;
      const [ap, al] = splitQName(k);
      el.attrs[k] = v;
      el.attrNs[k] = { ns: ap ? scope[ap] ?? "" : "", local: al, value: v };
    }
    const kids = node[tag];
    el.text = kids.filter((k) => "#text" in k).map((k) => String(k["#text"])).join("").trim();
    el.children = build(kids, scope, el, el.path);
    out.push(el);
  }
  return out;
}

function splitQName(q) {
  const i = q.indexOf(":");
  return i < 0 ? ["", q] : [q.slice(0, i), q.slice(i + 1)];
}

/** The value of an attribute by namespace and local name (unprefixed attributes have ns ""). */
export function attr(el, local, ns = "") {
  for (const a of Object.values(el.attrNs)) if (a.local === local && a.ns === ns) return a.value;
  return undefined;
}
const xsiType = (el) => attr(el, "type", NS.xsi);
const kids = (el, name, ns) => el.children.filter((c) => c.name === name && (ns === undefined || c.ns === ns));
const kid = (el, name, ns) => kids(el, name, ns)[0];
function descendants(el, pred, acc = []) {
  for (const c of el.children) {
    if (pred(c)) acc.push(c);
    descendants(c, pred, acc);
  }
  return acc;
}

// ---------------------------------------------------------------------------------------------
// PNG header

/** Width and height from a PNG's IHDR chunk, or an error message. */
export function pngSize(bytes) {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return { error: "not a PNG file" };
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return { error: "PNG without IHDR first" };
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// ---------------------------------------------------------------------------------------------
// Route 1: structure

const compareVersions = (a, b) => {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
};

/**
 * Checks the manifest's structure. Returns a list of problems, empty when the manifest is fine.
 * @param {string} xml
 * @param {{ assetsDir?: string, distDir?: string, expect?: Partial<typeof DEFAULT_EXPECT> }} [options]
 */
export function checkManifestXml(xml, options = {}) {
  const expect = { ...DEFAULT_EXPECT, ...options.expect };
  const assetsDir = options.assetsDir ?? join(REPO_ROOT, "assets");
  const problems = [];
  const fail = (msg) => problems.push(msg);

  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  if (root.name !== "OfficeApp" || root.ns !== NS.officeApp) return [`root must be <OfficeApp xmlns="${NS.officeApp}">, found <${root.name}> in ${root.ns || "no namespace"}`];
  if (xsiType(root) !== "MailApp") fail(`OfficeApp xsi:type must be MailApp, found ${xsiType(root) ?? "none"}`);

  // Child order and presence.
  let last = -1;
  const seen = new Set();
  for (const c of root.children) {
    const i = MAILAPP_CHILD_ORDER.indexOf(c.name);
    if (c.ns !== NS.officeApp && c.name !== "VersionOverrides") fail(`<${c.name}> is not in the OfficeApp namespace`);
    if (i < 0) fail(`<${c.name}> is not a valid child of a MailApp OfficeApp`);
    else if (i < last) fail(`<${c.name}> is out of order: it must come before <${MAILAPP_CHILD_ORDER[last]}>`);
    else if (i === last) fail(`<${c.name}> appears more than once`);
    else last = i;
    seen.add(c.name);
  }
  for (const name of MAILAPP_REQUIRED) if (!seen.has(name)) fail(`<${name}> is missing`);

  const text = (name) => kid(root, name)?.text ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id"))) fail(`<Id> must be a GUID, found "${text("Id")}"`);
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version"))) fail(`<Version> must be n.n.n.n, found "${text("Version")}"`);
  if (text("DefaultLocale") !== expect.defaultLocale) fail(`<DefaultLocale> must be ${expect.defaultLocale}, found "${text("DefaultLocale")}"`);

  // Localised display strings.
  for (const [name, max] of [["DisplayName", 125], ["Description", 250]]) {
    const el = kid(root, name);
    if (!el) continue;
    checkLocalised(el, `<${name}>`, max, "Override", NS.officeApp, expect.locales, fail);
  }

  // Permissions and activation rule.
  const permissions = kids(root, "Permissions");
  if (permissions.length === 1 && permissions[0].text !== expect.permission) fail(`<Permissions> must be exactly ${expect.permission}, found "${permissions[0].text}"`);
  const rule = kid(root, "Rule");
  if (rule) {
    const ok = xsiType(rule) === "ItemIs" && attr(rule, "ItemType") === "Message" && attr(rule, "FormType") === "Edit" && rule.children.length === 0;
    if (!ok) fail(`<Rule> must be xsi:type="ItemIs" ItemType="Message" FormType="Edit" (compose only), found ${describe(rule)}`);
  }

  // Hosts and requirements of the base manifest.
  const hosts = kid(root, "Hosts");
  if (hosts && !kids(hosts, "Host").some((h) => attr(h, "Name") === "Mailbox")) fail(`<Hosts> must contain <Host Name="Mailbox"/>`);

  // The add-in's origin is where the task pane page lives; every other add-in URL must share it.
  const formEdit = kid(root, "FormSettings") && kids(kid(root, "FormSettings"), "Form").find((f) => xsiType(f) === "ItemEdit");
  const paneUrl = formEdit && attr(kid(kid(formEdit, "DesktopSettings") ?? formEdit, "SourceLocation") ?? formEdit, "DefaultValue");
  if (!formEdit) fail(`<FormSettings> needs a <Form xsi:type="ItemEdit"> for compose`);
  let origin;
  if (paneUrl) {
    if (!paneUrl.endsWith(`/${expect.taskpane}`)) fail(`the ItemEdit form must load ${expect.taskpane}, found ${paneUrl}`);
    origin = paneUrl.slice(0, paneUrl.lastIndexOf("/"));
  } else if (formEdit) fail(`the ItemEdit form has no DesktopSettings/SourceLocation DefaultValue`);

  /** Paths under the origin that the web server must serve, for the optional distDir check. */
  const served = new Map();
  const checkUrl = (url, where, { sameOrigin = true } = {}) => {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      fail(`${where}: "${url}" is not a URL`);
      return false;
    }
    if (parsed.protocol !== "https:") fail(`${where}: ${url} must use https`);
    if (sameOrigin && origin && !url.startsWith(`${origin}/`)) fail(`${where}: ${url} is not under the add-in origin ${origin}/`);
    if (origin && url.startsWith(`${origin}/`)) served.set(url.slice(origin.length + 1), where);
    return true;
  };
  const checkIcon = (url, size, where) => {
    if (!checkUrl(url, where) || !origin || !url.startsWith(`${origin}/`)) return;
    const rel = url.slice(origin.length + 1);
    if (!rel.startsWith("assets/")) return fail(`${where}: ${url} is not in assets/`);
    const file = join(assetsDir, rel.slice("assets/".length));
    if (!existsSync(file)) return fail(`${where}: ${url} has no file ${file}`);
    const dims = pngSize(readFileSync(file));
    if (dims.error) return fail(`${where}: ${file} is ${dims.error}`);
    if (dims.width !== size || dims.height !== size) fail(`${where}: ${file} is ${dims.width}×${dims.height}, expected ${size}×${size}`);
  };
  if (paneUrl) checkUrl(paneUrl, "<FormSettings> SourceLocation");
  const iconUrl = kid(root, "IconUrl") && attr(kid(root, "IconUrl"), "DefaultValue");
  const hiResUrl = kid(root, "HighResolutionIconUrl") && attr(kid(root, "HighResolutionIconUrl"), "DefaultValue");
  if (iconUrl) checkIcon(iconUrl, 64, "<IconUrl>");
  else fail(`<IconUrl> needs a DefaultValue`);
  if (hiResUrl) checkIcon(hiResUrl, 128, "<HighResolutionIconUrl>");
  const supportUrl = kid(root, "SupportUrl") && attr(kid(root, "SupportUrl"), "DefaultValue");
  if (supportUrl) checkUrl(supportUrl, "<SupportUrl>", { sameOrigin: false });
  const appDomains = kid(root, "AppDomains");
  for (const d of appDomains ? kids(appDomains, "AppDomain") : []) {
    if (checkUrl(d.text, "<AppDomain>", { sameOrigin: false }) && origin && new URL(d.text).origin === new URL(origin).origin) {
      fail(`<AppDomain> ${d.text} repeats the add-in's own origin; it is not needed`);
    }
  }

  // VersionOverrides: V1_0 wrapping V1_1.
  const vo10 = kid(root, "VersionOverrides");
  if (!vo10) {
    fail(`<VersionOverrides> is missing: no compose button and no send-time check`);
    return problems;
  }
  if (vo10.ns !== NS.vo10 || xsiType(vo10) !== "VersionOverridesV1_0") fail(`outer <VersionOverrides> must be xsi:type="VersionOverridesV1_0" in ${NS.vo10}`);
  const vo11 = kid(vo10, "VersionOverrides");
  if (!vo11) {
    fail(`<VersionOverrides xsi:type="VersionOverridesV1_1"> is missing inside V1_0: LaunchEvent exists only in V1_1`);
  } else {
    if (vo11.ns !== NS.vo11 || xsiType(vo11) !== "VersionOverridesV1_1") fail(`inner <VersionOverrides> must be xsi:type="VersionOverridesV1_1" in ${NS.vo11}`);
    if (vo10.children.at(-1) !== vo11) fail(`the V1_1 <VersionOverrides> must be the last child of the V1_0 one`);
  }
  const VO_ORDER = ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides"];
  for (const vo of [vo10, vo11].filter(Boolean)) {
    const label = vo === vo10 ? "V1_0" : "V1_1";
    let at = -1;
    for (const c of vo.children) {
      const i = VO_ORDER.indexOf(c.name);
      if (i < 0) fail(`${label}: <${c.name}> is not a valid child of <VersionOverrides>`);
      else if (i <= at) fail(`${label}: <${c.name}> is out of order or repeated`);
      else at = i;
    }
    checkVersionOverrides(vo, label, expect, { fail, checkUrl, checkIcon, origin });
  }

  if (vo11) {
    // Mailbox 1.12 is the minimum for OnMessageSend.
    const sets = kid(kid(vo11, "Requirements") ?? vo11, "Sets", NS.bt);
    const mailbox = sets && kids(sets, "Set", NS.bt).find((s) => attr(s, "Name") === "Mailbox");
    const min = mailbox && (attr(mailbox, "MinVersion") ?? attr(sets, "DefaultMinVersion"));
    if (!min) fail(`V1_1: <Requirements><bt:Sets> must require the Mailbox set`);
    else if (compareVersions(min, expect.eventMinMailbox) < 0) fail(`V1_1: Mailbox ${min} is required, but OnMessageSend needs at least ${expect.eventMinMailbox}`);

    const host = kids(kid(vo11, "Hosts") ?? vo11, "Host").find((h) => xsiType(h) === "MailHost");
    const launchEvents = descendants(vo11, (e) => e.name === "LaunchEvent" && e.ns === NS.vo11 && e.parent?.name === "LaunchEvents");
    const sends = launchEvents.filter((e) => attr(e, "Type") === "OnMessageSend");
    if (sends.length !== 1) fail(`V1_1: exactly one <LaunchEvent Type="OnMessageSend"> is allowed and needed, found ${sends.length}`);
    for (const e of sends) {
      if (attr(e, "FunctionName") !== expect.handler) fail(`V1_1: OnMessageSend FunctionName must be ${expect.handler}, found ${attr(e, "FunctionName") ?? "none"}`);
      if (attr(e, "SendMode") !== expect.sendMode) fail(`V1_1: OnMessageSend SendMode must be ${expect.sendMode}, found ${attr(e, "SendMode") ?? "none (defaults to SoftBlock, say it)"}`);
    }
    const runtimes = host && kid(host, "Runtimes");
    const runtime = runtimes && kid(runtimes, "Runtime");
    if (!runtime) fail(`V1_1: <Runtimes><Runtime> is missing: the event handler has nowhere to run`);
    if (host && runtimes && host.children.indexOf(runtimes) > host.children.indexOf(kid(host, "DesktopFormFactor"))) fail(`V1_1: <Runtimes> must come before <DesktopFormFactor>`);
    const resources = resourcesOf(vo11);
    if (runtime) {
      const page = resources.urls.get(attr(runtime, "resid"));
      if (page && !page.endsWith(`/${expect.commands}`)) fail(`V1_1: the event runtime page must be ${expect.commands}, found ${page}`);
      const jsOverride = kids(runtime, "Override").find((o) => attr(o, "type") === "javascript");
      if (!jsOverride) fail(`V1_1: <Runtime> needs <Override type="javascript"> for classic Outlook on Windows`);
      else {
        const js = resources.urls.get(attr(jsOverride, "resid"));
        if (js && !js.endsWith(`/${expect.launchEventScript}`)) fail(`V1_1: the javascript override must be ${expect.launchEventScript}, found ${js}`);
      }
      const launchPoint = descendants(vo11, (e) => e.name === "ExtensionPoint" && xsiType(e) === "LaunchEvent")[0];
      const src = launchPoint && kid(launchPoint, "SourceLocation");
      if (!launchPoint) fail(`V1_1: <ExtensionPoint xsi:type="LaunchEvent"> is missing`);
      else if (!src || attr(src, "resid") !== attr(runtime, "resid")) fail(`V1_1: the LaunchEvent SourceLocation must name the runtime's resid (${attr(runtime, "resid")})`);
    }
    const pinning = descendants(vo11, (e) => e.name === "Action" && xsiType(e) === "ShowTaskpane").map((a) => kid(a, "SupportsPinning")?.text);
    if (!pinning.includes("true")) fail(`V1_1: the task pane action should have <SupportsPinning>true</SupportsPinning>`);
  }
  if (options.distDir) {
    // The built add-in must contain every file the manifest points at.
    for (const [rel, where] of served) {
      const path = decodeURIComponent(rel.split(/[?#]/)[0]);
      if (!existsSync(join(options.distDir, path))) fail(`${where}: ${rel} is not in the build output ${options.distDir}`);
    }
  }
  return problems;
}

function describe(el) {
  return `<${el.name}${Object.entries(el.attrs).map(([k, v]) => ` ${k}="${v}"`).join("")}${el.children.length ? ">…" : "/>"}`;
}

/** DefaultValue plus one non-empty Override per required locale, each within `max` characters. */
function checkLocalised(el, where, max, overrideName, overrideNs, locales, fail) {
  const def = attr(el, "DefaultValue");
  if (!def?.trim()) fail(`${where} has no DefaultValue`);
  else if (def.length > max) fail(`${where} DefaultValue is ${def.length} characters, at most ${max}`);
  const overrides = kids(el, overrideName, overrideNs);
  for (const locale of locales) {
    const o = overrides.find((x) => attr(x, "Locale") === locale);
    const v = o && attr(o, "Value");
    if (!v?.trim()) fail(`${where} has no ${locale} override`);
    else if (v.length > max) fail(`${where} ${locale} override is ${v.length} characters, at most ${max}`);
  }
}

function resourcesOf(vo) {
  const res = kid(vo, "Resources");
  const all = new Map();
  const urls = new Map();
  const images = new Map();
  const strings = [];
  const dupes = [];
  if (!res) return { all, urls, images, strings, dupes, present: false };
  for (const group of res.children) {
    for (const item of group.children) {
      const id = attr(item, "id");
      if (id === undefined) continue;
      if (all.has(id)) dupes.push(id);
      all.set(id, { group: group.name, el: item });
      if (group.name === "Urls") urls.set(id, attr(item, "DefaultValue"));
      if (group.name === "Images") images.set(id, attr(item, "DefaultValue"));
      if (group.name === "ShortStrings" || group.name === "LongStrings") strings.push({ id, group: group.name, el: item });
    }
  }
  return { all, urls, images, strings, dupes, present: true };
}

const RESID_GROUP = {
  Label: ["ShortStrings"], Title: ["ShortStrings"], Description: ["LongStrings"],
  SourceLocation: ["Urls"], FunctionFile: ["Urls"], Runtime: ["Urls"], Override: ["Urls"], Image: ["Images"],
};

function checkVersionOverrides(vo, label, expect, { fail, checkUrl, checkIcon }) {
  const res = resourcesOf(vo);
  if (!res.present) return fail(`${label}: <Resources> is missing`);
  for (const id of res.dupes) fail(`${label}: resource id "${id}" is defined twice`);
  for (const [id] of res.all) if (id.length > 32) fail(`${label}: resource id "${id}" is longer than 32 characters`);

  // Every resid used in this VersionOverrides (not counting a nested one) is defined here, in the right group.
  const own = (e) => {
    for (let p = e.parent; p; p = p.parent) if (p.name === "VersionOverrides") return p === vo;
    return false;
  };
  const used = new Set();
  for (const e of descendants(vo, (x) => own(x) && attr(x, "resid") !== undefined && x.parent?.name !== "Resources")) {
    const id = attr(e, "resid");
    used.add(id);
    const def = res.all.get(id);
    if (!def) fail(`${label}: resid "${id}" on <${e.name}> is not defined in <Resources>`);
    else if (RESID_GROUP[e.name] && !RESID_GROUP[e.name].includes(def.group)) fail(`${label}: resid "${id}" on <${e.name}> points at ${def.group}, expected ${RESID_GROUP[e.name].join(" or ")}`);
  }
  for (const [id] of res.all) if (!used.has(id)) fail(`${label}: resource "${id}" is defined but never used`);

  for (const [id, url] of res.urls) checkUrl(url ?? "", `${label} bt:Url ${id}`);
  // Icon sizes come from the <bt:Image size> that references each image.
  for (const img of descendants(vo, (x) => own(x) && x.name === "Image" && x.parent?.name === "Icon")) {
    const url = res.images.get(attr(img, "resid"));
    const size = Number(attr(img, "size"));
    if (url) checkIcon(url, size, `${label} icon ${attr(img, "resid")}`);
  }
  for (const { id, group, el } of res.strings) {
    checkLocalised(el, `${label} ${group} "${id}"`, group === "ShortStrings" ? 125 : 250, "Override", NS.bt, expect.locales, fail);
  }

  // The compose button opens the task pane.
  const hosts = kid(vo, "Hosts");
  const host = hosts && kids(hosts, "Host").find((h) => xsiType(h) === "MailHost");
  if (!host) return fail(`${label}: <Host xsi:type="MailHost"> is missing`);
  const dff = kid(host, "DesktopFormFactor");
  if (!dff) return fail(`${label}: <DesktopFormFactor> is missing`);
  if (!kid(dff, "FunctionFile")) fail(`${label}: <DesktopFormFactor> needs a <FunctionFile>`);
  else if (dff.children[0]?.name !== "FunctionFile") fail(`${label}: <FunctionFile> must be the first child of <DesktopFormFactor>`);
  const surface = kids(dff, "ExtensionPoint").find((e) => xsiType(e) === "MessageComposeCommandSurface");
  if (!surface) return fail(`${label}: <ExtensionPoint xsi:type="MessageComposeCommandSurface"> is missing`);
  const button = descendants(surface, (e) => e.name === "Control" && attr(e, "id") === expect.buttonId)[0];
  if (!button) return fail(`${label}: the compose surface has no control with id "${expect.buttonId}"`);
  if (xsiType(button) !== "Button") fail(`${label}: ${expect.buttonId} must be xsi:type="Button"`);
  const action = kid(button, "Action");
  if (!action || xsiType(action) !== "ShowTaskpane") return fail(`${label}: ${expect.buttonId} must have <Action xsi:type="ShowTaskpane">`);
  const src = kid(action, "SourceLocation");
  const url = src && res.urls.get(attr(src, "resid"));
  if (url && !url.endsWith(`/${expect.taskpane}`)) fail(`${label}: the button opens ${url}, expected ${expect.taskpane}`);
  const sizes = descendants(button, (e) => e.name === "Image" && e.parent?.name === "Icon").map((e) => attr(e, "size"));
  for (const s of ["16", "32", "80"]) if (!sizes.includes(s)) fail(`${label}: ${expect.buttonId} has no ${s} px icon`);
}

// ---------------------------------------------------------------------------------------------
// Route 2: unified manifest (converter + JSON schema)

const converterRequire = createRequire(require.resolve("office-addin-manifest-converter"));
const appManifestDir = dirname(createRequire(require.resolve("office-addin-manifest")).resolve("@microsoft/app-manifest/package.json"));
const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/json-schemas\/(.+?\.json)#?$/;

/** Maps a schema URL to the copy shipped in @microsoft/app-manifest; never fetches. */
export function localSchemaPath(url) {
  const m = SCHEMA_URL.exec(url ?? "");
  if (!m) throw new Error(`no local copy for schema ${url}: only developer.microsoft.com/json-schemas/… URLs are shipped`);
  const file = join(appManifestDir, "build", "json-schemas", m[1]);
  if (!existsSync(file)) throw new Error(`schema ${url} is not shipped in @microsoft/app-manifest (looked for ${file})`);
  return file;
}

/**
 * Converts an XML manifest to the unified JSON manifest in a temporary folder (no image download,
 * so no network) and returns the manifest and its locale files.
 */
export async function convertToUnified(xmlPath) {
  const { convert } = converterRequire("office-addin-manifest-converter");
  const out = mkdtempSync(join(tmpdir(), "email-lint-manifest-"));
  try {
    // convert(input, output, imageDownload, schemaOverride, schemaVersionOverride, verbose)
    await convert(resolve(xmlPath), out, false, null, null, false);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    const locales = {};
    for (const f of readdirSync(out)) if (f !== "manifest.json" && f.endsWith(".json")) locales[f] = JSON.parse(readFileSync(join(out, f), "utf8"));
    return { manifest, locales };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const validators = new Map();
function schemaValidator(url) {
  const file = localSchemaPath(url);
  if (!validators.has(file)) {
    const schema = JSON.parse(readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }) // the localization schema has patterns that are invalid with the u flag;
    addFormats(ajv, ["uri", "email", "regex"]);
    validators.set(file, ajv.compile(schema));
  }
  return validators.get(file);
}

/**
 * Validates a converted unified manifest against its JSON schema (and locale files against the
 * localization schema), then checks that the converter saw the send-time check the way we meant it.
 */
export function checkUnified({ manifest, locales }, options = {}) {
  const expect = { ...DEFAULT_EXPECT, ...options.expect };
  const problems = [];
  const run = (json, where) => {
    let validate;
    try {
      validate = schemaValidator(json.$schema);
    } catch (error) {
      problems.push(`${where}: ${error.message}`);
      return;
    }
    if (!validate(json)) for (const e of validate.errors ?? []) problems.push(`${where}${e.instancePath || "/"} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`);
  };
  run(manifest, "manifest.json");
  for (const [file, json] of Object.entries(locales)) run(json, file);

  const wantLocales = expect.locales.map((l) => l.toLowerCase());
  const have = (manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.languageTag);
  for (const l of wantLocales) if (!have.includes(l)) problems.push(`manifest.json: localizationInfo lacks ${l}`);

  const perms = manifest.authorization?.permissions?.resourceSpecific?.map((p) => p.name) ?? [];
  if (perms.join() !== "MailboxItem.ReadWrite.User") problems.push(`manifest.json: permissions must be exactly MailboxItem.ReadWrite.User, found ${perms.join(", ") || "none"}`);
  const ext = manifest.extensions?.[0] ?? {};
  const events = (ext.autoRunEvents ?? []).flatMap((a) => a.events ?? []);
  const sending = events.filter((e) => e.type === "messageSending");
  const unifiedMode = expect.sendMode[0].toLowerCase() + expect.sendMode.slice(1);
  if (sending.length !== 1) problems.push(`manifest.json: expected one messageSending event, found ${sending.length}`);
  for (const e of sending) {
    if (e.actionId !== expect.handler) problems.push(`manifest.json: messageSending runs ${e.actionId}, expected ${expect.handler}`);
    if (e.options?.sendMode !== unifiedMode) problems.push(`manifest.json: messageSending sendMode is ${e.options?.sendMode}, expected ${unifiedMode}`);
    const rt = (ext.runtimes ?? []).find((r) => (r.actions ?? []).some((a) => a.id === e.actionId));
    if (!rt) problems.push(`manifest.json: no runtime defines the action ${e.actionId}`);
    else {
      if (!rt.code?.page?.endsWith(`/${expect.commands}`)) problems.push(`manifest.json: event runtime page is ${rt.code?.page}, expected …/${expect.commands}`);
      if (!rt.code?.script?.endsWith(`/${expect.launchEventScript}`)) problems.push(`manifest.json: event runtime script is ${rt.code?.script}, expected …/${expect.launchEventScript}`);
    }
  }
  const controls = (ext.ribbons ?? []).filter((r) => r.contexts?.includes("mailCompose")).flatMap((r) => r.tabs.flatMap((t) => (t.groups ?? []).flatMap((g) => g.controls ?? [])));
  if (!controls.some((c) => c.id === expect.buttonId)) problems.push(`manifest.json: no mailCompose ribbon control ${expect.buttonId}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------

/** Runs both routes on one file. */
export async function validateManifestFile(xmlPath, options = {}) {
  const xml = readFileSync(xmlPath, "utf8");
  const structure = checkManifestXml(xml, options);
  let unified = [];
  if (options.unified !== false) {
    try {
      unified = checkUnified(await convertToUnified(xmlPath), options);
    } catch (error) {
      unified = [`conversion failed: ${error instanceof Error ? error.message : String(error)}`];
    }
  }
  return { structure, unified, ok: structure.length === 0 && unified.length === 0 };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { assets: { type: "string" }, dist: { type: "string" }, "no-unified": { type: "boolean" } },
  });
  const files = positionals.length ? positionals : ["manifest.xml", "manifest.localhost.xml"].map((f) => join(REPO_ROOT, f));
  let failed = 0;
  for (const file of files) {
    const result = await validateManifestFile(file, { assetsDir: values.assets && resolve(values.assets), distDir: values.dist && resolve(values.dist), unified: !values["no-unified"] });
    const label = file.startsWith(REPO_ROOT) ? file.slice(REPO_ROOT.length + 1) : file;
    if (result.ok) {
      console.log(`✓ ${label}: structure OK; unified JSON ${values["no-unified"] ? "skipped" : "OK against the shipped schema"}`);
    } else {
      failed++;
      console.log(`✗ ${label}`);
      for (const p of result.structure) console.log(`  structure: ${p}`);
      for (const p of result.unified) console.log(`  unified:   ${p}`);
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`validate-manifest: ${error instanceof Error ? error.stack : error}`);
      process.exitCode = 2;
    },
  );
}
