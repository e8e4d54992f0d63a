// Route 2 of the offline manifest validation: office-addin-manifest-converter turns the XML into
// the unified JSON manifest and ajv validates it against the schema shipped in
// @microsoft/app-manifest. Nothing here touches the network.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkUnified, convertToUnified, localSchemaPath, validateManifestFile } from "../../addin/manifest/validate-manifest.mjs";
import { REPO_ROOT } from "../../addin/manifest/make-manifest.mjs";

const production = join(REPO_ROOT, "manifest.xml");
const tmp = mkdtempSync(join(tmpdir(), "email-lint-unified-"));
const writeBroken = (name: string, mutate: (xml: string) => string) => {
  const file = join(tmp, `${name}.xml`);
  const xml = readFileSync(production, "utf8");
  const broken = mutate(xml);
  expect(broken).not.toBe(xml);
  writeFileSync(file, broken);
  return file;
};

describe("unified manifest route", () => {
  it("uses the schema copies shipped in node_modules", () => {
    const path = localSchemaPath("https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json#");
    expect(path).toMatch(/@microsoft[\\/]app-manifest[\\/]build[\\/]json-schemas[\\/]teams[\\/]v1\.17[\\/]MicrosoftTeams\.schema\.json$/);
    expect(() => localSchemaPath("https://example.com/schema.json")).toThrow(/no local copy/);
  });

  it.each(["manifest.xml", "manifest.localhost.xml"])("%s converts and validates against the JSON schema", async (file) => {
    const unified = await convertToUnified(join(REPO_ROOT, file));
    expect(unified.manifest.$schema).toContain("/teams/v1.17/");
    expect(Object.keys(unified.locales).sort()).toEqual(["lt-lt.json", "lv-lv.json"]);
    expect(checkUnified(unified)).toEqual([]);

    // What the converter understood, read directly.
    const ext = unified.manifest.extensions[0];
    const events = ext.autoRunEvents.flatMap((a: { events: unknown[] }) => a.events);
    expect(events).toEqual([{ type: "messageSending", actionId: "onMessageSendHandler", options: { sendMode: "softBlock" } }]);
    expect(unified.manifest.authorization.permissions.resourceSpecific).toEqual([{ name: "MailboxItem.ReadWrite.User", type: "Delegated" }]);
    expect(unified.locales["lt-lt.json"]!["name.short"]).toMatch(/^Laiškų tikrinimas/);
    expect(unified.locales["lv-lv.json"]!["name.short"]).toMatch(/^E-pasta pārbaude/);
  });

  it("the JSON schema itself rejects what it should (not just our own checks)", async () => {
    const unified = await convertToUnified(production);
    const broken = structuredClone(unified);
    delete broken.manifest.id;
    broken.manifest.accentColor = "blue";
    const problems = checkUnified(broken).join("\n");
    expect(problems).toMatch(/must have required property 'id'/);
    expect(problems).toMatch(/manifest\.json\/accentColor must match pattern/);

    const longName = structuredClone(unified);
    longName.locales["lt-lt.json"]!["name.short"] = "Laiškų tikrinimas su labai ilgu pavadinimu";
    expect(checkUnified(longName).join("\n")).toMatch(/lt-lt\.json\/name\.short must NOT have more than 30 characters/);
  });

  it("an invalid SendMode fails the schema and a wider permission fails the checks", async () => {
    const badMode = await validateManifestFile(writeBroken("send-mode", (x) => x.replace('SendMode="SoftBlock"', 'SendMode="Sometimes"')));
    expect(badMode.ok).toBe(false);
    expect(badMode.unified.join("\n")).toMatch(/sendMode must be equal to one of the allowed values/);
    expect(badMode.structure.join("\n")).toMatch(/SendMode must be SoftBlock/);

    const badPermission = await validateManifestFile(writeBroken("permission", (x) => x.replace("<Permissions>ReadWriteItem<", "<Permissions>ReadWriteMailbox<")));
    expect(badPermission.ok).toBe(false);
    expect(badPermission.unified.join("\n")).toMatch(/permissions must be exactly MailboxItem\.ReadWrite\.User, found Mailbox\.ReadWrite\.User/);
  });

  it("the command-line validator exits 0 on the real manifests and 1 on a broken one", async () => {
    const { spawnSync } = await import("node:child_process");
    const script = join(REPO_ROOT, "addin/manifest/validate-manifest.mjs");
    const good = spawnSync(process.execPath, [script], { encoding: "utf8" });
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toMatch(/✓ manifest\.xml/);
    expect(good.stdout).toMatch(/✓ manifest\.localhost\.xml/);

    const bad = spawnSync(process.execPath, [script, writeBroken("cli", (x) => x.replace('SendMode="SoftBlock"', 'SendMode="Block"'))], { encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/structure: V1_1: OnMessageSend SendMode must be SoftBlock, found Block/);
    expect(bad.stdout).toMatch(/unified: {3}manifest\.json: messageSending sendMode is block, expected softBlock/);
  });
});
