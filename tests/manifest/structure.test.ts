// Route 1 of the offline manifest validation: structure checks on the real XML, and proof that
// they catch broken manifests.
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  attr,
  checkManifestXml,
  MAILAPP_CHILD_ORDER,
  NS,
  parseXml,
  type El,
} from "../../addin/manifest/validate-manifest.mjs";
import {
  LOCALHOST_ID,
  LOCALHOST_ORIGIN,
  PLACEHOLDER_ORIGIN,
  PRODUCTION_ID,
  REPO_ROOT,
  VARIANTS,
  renderManifest,
  normalizeOrigin,
} from "../../addin/manifest/make-manifest.mjs";

const read = (f: string) => readFileSync(join(REPO_ROOT, f), "utf8");
const production = read("manifest.xml");
const localhost = read("manifest.localhost.xml");

const all = (el: El, name: string): El[] => [
  ...el.children.filter((c) => c.name === name),
  ...el.children.flatMap((c) => all(c, name)),
];
const xsiType = (el: El) => attr(el, "type", NS.xsi);

describe("checked-in manifests", () => {
  it.each([
    ["manifest.xml", production],
    ["manifest.localhost.xml", localhost],
  ])("%s passes every structure check", (_name, xml) => {
    expect(checkManifestXml(xml)).toEqual([]);
  });

  it("are exactly what the template renders (no hand edits, no drift)", () => {
    expect(production).toBe(renderManifest(VARIANTS.production));
    expect(localhost).toBe(renderManifest(VARIANTS.localhost));
  });

  it("differ only in origin, Id and the display-name suffix", () => {
    const normalised = localhost
      .split(LOCALHOST_ORIGIN).join(PLACEHOLDER_ORIGIN)
      .replace(LOCALHOST_ID, PRODUCTION_ID)
      .split(" (localhost)").join("");
    expect(normalised).toBe(production);
    expect(PRODUCTION_ID).not.toBe(LOCALHOST_ID);
    expect(localhost).not.toContain("email-lint.invalid");
    expect(production).not.toContain("https://localhost");
  });

  it("declare what the issue asks for (read independently of the validator)", () => {
    const root = parseXml(production);
    expect(root.name).toBe("OfficeApp");
    expect(xsiType(root)).toBe("MailApp");
    const order = root.children.map((c) => MAILAPP_CHILD_ORDER.indexOf(c.name));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    expect(all(root, "Permissions").map((p) => p.text)).toEqual(["ReadWriteItem"]);
    const rule = root.children.find((c) => c.name === "Rule")!;
    expect([xsiType(rule), attr(rule, "ItemType"), attr(rule, "FormType")]).toEqual(["ItemIs", "Message", "Edit"]);

    const events = all(root, "LaunchEvent").filter((e) => e.parent?.name === "LaunchEvents");
    expect(events.map((e) => [attr(e, "Type"), attr(e, "FunctionName"), attr(e, "SendMode")])).toEqual([
      ["OnMessageSend", "onMessageSendHandler", "SoftBlock"],
    ]);
    // LaunchEvent lives in the V1_1 overrides nested in V1_0.
    const vo11 = events[0]!;
    let p: El | null = vo11;
    while (p && p.name !== "VersionOverrides") p = p.parent;
    expect(p && xsiType(p)).toBe("VersionOverridesV1_1");
    expect(p?.parent && xsiType(p.parent)).toBe("VersionOverridesV1_0");

    const buttons = all(root, "Control").filter((c) => attr(c, "id") === "msgComposeOpenPaneButton");
    expect(buttons.length).toBe(2); // V1_0 fallback and V1_1
    for (const b of buttons) expect(xsiType(b.children.find((c) => c.name === "Action")!)).toBe("ShowTaskpane");
    expect(all(root, "SupportsPinning").map((s) => s.text)).toEqual(["true"]);

    const overrides = all(root, "Override").filter((o) => o.parent?.name === "DisplayName" || o.parent?.name === "Description");
    expect(overrides.map((o) => attr(o, "Locale")).sort()).toEqual(["lt-LT", "lt-LT", "lv-LV", "lv-LV"]);
    expect(all(root, "Override").some((o) => attr(o, "type") === "javascript")).toBe(true);

    // No AppDomains: everything is on the add-in's own origin.
    expect(all(root, "AppDomain")).toEqual([]);
    const urls = [...production.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u.startsWith(`${PLACEHOLDER_ORIGIN}/`)).toBe(true);
    for (const page of ["taskpane.html", "commands.html", "launchevent.js", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png", "assets/icon-128.png"]) {
      expect(urls).toContain(`${PLACEHOLDER_ORIGIN}/${page}`);
    }
  });
});

/** A manifest broken in one way and the problem the validator must report. */
const breakages: Array<[string, (xml: string) => string, RegExp]> = [
  ["permission widened", (x) => x.replace("<Permissions>ReadWriteItem<", "<Permissions>ReadWriteMailbox<"), /Permissions> must be exactly ReadWriteItem/],
  ["permission removed", (x) => x.replace(/\s*<Permissions>[^<]*<\/Permissions>/, ""), /<Permissions> is missing/],
  ["SendMode Block", (x) => x.replace('SendMode="SoftBlock"', 'SendMode="Block"'), /SendMode must be SoftBlock, found Block/],
  ["SendMode PromptUser", (x) => x.replace('SendMode="SoftBlock"', 'SendMode="PromptUser"'), /SendMode must be SoftBlock, found PromptUser/],
  ["SendMode missing", (x) => x.replace(' SendMode="SoftBlock"', ""), /SendMode must be SoftBlock, found none/],
  ["wrong handler name", (x) => x.replace('FunctionName="onMessageSendHandler"', 'FunctionName="onSend"'), /FunctionName must be onMessageSendHandler/],
  ["second OnMessageSend", (x) => x.replace(/(<LaunchEvent Type="OnMessageSend"[^>]*\/>)/, "$1$1"), /exactly one <LaunchEvent Type="OnMessageSend">/],
  ["children out of order", (x) => x.replace(/(\s*<Description[\s\S]*?<\/Description>)(\s*<IconUrl[^>]*\/>)/, "$2$1").replace(/(\s*<DisplayName[\s\S]*?<\/DisplayName>)(\s*<IconUrl[^>]*\/>)/, "$2$1"), /out of order/],
  ["unknown child", (x) => x.replace("<Hosts>", "<Colour>blue</Colour>\n  <Hosts>"), /<Colour> is not a valid child/],
  ["undefined resid", (x) => x.replace('<SourceLocation resid="Taskpane.Url"/>\n                      <SupportsPinning>', '<SourceLocation resid="Taskpane.Gone"/>\n                      <SupportsPinning>'), /resid "Taskpane.Gone" on <SourceLocation> is not defined/],
  ["resid in the wrong group", (x) => x.replace('<Label resid="GroupLabel"/>', '<Label resid="TaskpaneButton.Tooltip"/>'), /points at LongStrings, expected ShortStrings/],
  ["plain http URL", (x) => x.replace(`${PLACEHOLDER_ORIGIN}/taskpane.html"/>\n        </bt:Urls>`, `http://addin.email-lint.invalid/taskpane.html"/>\n        </bt:Urls>`), /must use https/],
  ["URL on a foreign origin", (x) => x.replace(`${PLACEHOLDER_ORIGIN}/commands.html`, "https://cdn.example.com/commands.html"), /not under the add-in origin/],
  ["icon file missing", (x) => x.replace("assets/icon-80.png", "assets/icon-48.png"), /icon-48\.png has no file/],
  ["icon of the wrong size", (x) => x.replace(/(id="Icon.16x16" DefaultValue="[^"]*)icon-16\.png/, "$1icon-32.png"), /is 32×32, expected 16×16/],
  ["IconUrl of the wrong size", (x) => x.replace("assets/icon-64.png", "assets/icon-80.png"), /<IconUrl>.*80×80, expected 64×64/],
  ["lv-LV display name missing", (x) => x.replace(/\s*<Override Locale="lv-LV" Value="E-pasta[^"]*"\/>/, ""), /<DisplayName> has no lv-LV override/],
  ["lt-LT button label missing", (x) => x.replace('<bt:Override Locale="lt-LT" Value="Tikrinti laišką"/>', ""), /ShortStrings "TaskpaneButton.Label" has no lt-LT override/],
  ["event requirement too low", (x) => x.replace('DefaultMinVersion="1.12"', 'DefaultMinVersion="1.10"'), /OnMessageSend needs at least 1.12/],
  ["no javascript override", (x) => x.replace(/\s*<Override type="javascript"[^>]*\/>/, ""), /needs <Override type="javascript">/],
  ["launch event not bound to the runtime", (x) => x.replace(/(<\/LaunchEvents>[\s\S]*?<SourceLocation resid=")Commands\.Url/, "$1Taskpane.Url"), /LaunchEvent SourceLocation must name the runtime's resid/],
  ["read-mode rule", (x) => x.replace('FormType="Edit"', 'FormType="Read"'), /<Rule> must be/],
  ["no V1_1 overrides", (x) => x.replace(/\s*<VersionOverrides xmlns="[^"]*\/1\.1"[\s\S]*?<\/VersionOverrides>(\s*<\/VersionOverrides>)/, "$1"), /VersionOverridesV1_1"> is missing/],
  ["not well-formed", (x) => x.replace("</Permissions>", "</Permission>"), /not well-formed XML/],
  ["task pane page renamed", (x) => x.split("/taskpane.html").join("/pane.html"), /must load taskpane.html/],
];

describe("broken manifests are caught", () => {
  it.each(breakages)("%s", (_name, mutate, message) => {
    const broken = mutate(production);
    expect(broken, "the mutation must change the manifest").not.toBe(production);
    const problems = checkManifestXml(broken);
    expect(problems.join("\n")).toMatch(message);
  });
});

describe("make-manifest", () => {
  it("renders a valid manifest for an administrator's host with a path", () => {
    const xml = renderManifest({ origin: "https://mail-tools.example.lt/email-lint/", id: PRODUCTION_ID });
    expect(xml).toContain('DefaultValue="https://mail-tools.example.lt/email-lint/taskpane.html"');
    expect(xml).not.toContain("{{");
    expect(checkManifestXml(xml)).toEqual([]);
  });

  it("rejects origins Outlook cannot load", () => {
    expect(() => normalizeOrigin("http://example.lt")).toThrow(/https/);
    expect(() => normalizeOrigin("https://example.lt/?x=1")).toThrow(/query/);
    expect(() => normalizeOrigin("not a url")).toThrow(/not a URL/);
    expect(() => renderManifest({ origin: "https://example.lt", id: "nope" })).toThrow(/GUID/);
  });

  it("escapes XML in the origin so a hostile path cannot inject markup", () => {
    const xml = renderManifest({ origin: 'https://example.lt/a"b<c>&d', id: PRODUCTION_ID });
    expect(() => parseXml(xml)).not.toThrow();
    expect(xml).not.toContain('a"b');
  });

  it("the CLI writes a file that validates", async () => {
    const { execFileSync } = await import("node:child_process");
    const dir = mkdtempSync(join(tmpdir(), "email-lint-mm-"));
    const out = join(dir, "manifest.xml");
    execFileSync(process.execPath, [join(REPO_ROOT, "addin/manifest/make-manifest.mjs"), "--origin", "https://addin.rpp.example.lv", "--out", out, "--support-url", "https://rpp.example.lv/help"]);
    const xml = readFileSync(out, "utf8");
    expect(xml).toContain('<SupportUrl DefaultValue="https://rpp.example.lv/help"/>');
    expect(checkManifestXml(xml)).toEqual([]);
    writeFileSync(out, xml.replace("<Permissions>ReadWriteItem<", "<Permissions>ReadItem<"));
    expect(checkManifestXml(readFileSync(out, "utf8")).join()).toMatch(/ReadWriteItem/);
  });
});

describe("build output check (--dist)", () => {
  it("reports each file the manifest needs that the build did not produce", async () => {
    const { mkdirSync, copyFileSync, rmSync } = await import("node:fs");
    const dist = mkdtempSync(join(tmpdir(), "email-lint-dist-"));
    mkdirSync(join(dist, "assets"));
    for (const f of ["taskpane.html", "commands.html", "launchevent.js", "support.html"]) writeFileSync(join(dist, f), "x");
    for (const size of [16, 32, 64, 80, 128]) copyFileSync(join(REPO_ROOT, "assets", `icon-${size}.png`), join(dist, "assets", `icon-${size}.png`));
    expect(checkManifestXml(production, { distDir: dist })).toEqual([]);

    rmSync(join(dist, "launchevent.js"));
    rmSync(join(dist, "assets", "icon-80.png"));
    const problems = checkManifestXml(production, { distDir: dist }).join("\n");
    expect(problems).toMatch(/launchevent\.js is not in the build output/);
    expect(problems).toMatch(/assets\/icon-80\.png is not in the build output/);
    expect(problems).not.toMatch(/taskpane\.html is not in/);
  });
});
