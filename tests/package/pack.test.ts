import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const GPU = "A GPU cloud with on-demand H100 clusters, pay as you go per GPU hour.";

let tmp: string;
let app: string;
let packed: string[];

/**
 * Packs the project as npm would publish it and installs the tarball into a plain Node project with
 * no TypeScript. The packing happens in a copy of the sources, so the build it runs (prepare) never
 * touches this checkout's dist/.
 */
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "valuechain-pack-"));
  const copy = join(tmp, "project");
  for (const entry of ["src", "bin", "rules", "fixtures", "scripts", "package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json", "README.md"]) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", tmp], { cwd: copy });
  const [info] = JSON.parse(stdout.slice(stdout.indexOf("["))) as { filename: string; files: { path: string }[] }[];
  packed = info!.files.map((f) => f.path).sort();
  app = join(tmp, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", join(tmp, info!.filename)], { cwd: app });
}, 600_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs a module in plain Node, no loader, in the installed project. */
async function node(source: string): Promise<string> {
  const file = join(app, `check-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  const { stdout } = await run(process.execPath, [file], { cwd: app });
  return stdout;
}

describe("the packed package", () => {
  it("ships the compiled library, the CLI bundle, the rules and the labelled fixtures, and no sources, tests or scripts", () => {
    expect(packed).toContain("package.json");
    expect(packed).toContain("bin/valuechain.mjs");
    expect(packed).toContain("dist/index.js");
    expect(packed).toContain("dist/index.d.ts");
    expect(packed).toContain("dist/http/index.js");
    expect(packed).toContain("dist/batch/index.d.ts");
    expect(packed).toContain("dist/cli/main.mjs");
    expect(packed).toContain("dist/rows/worker.mjs");
    expect(packed).toContain("rules/lexicon.json");
    const tops = [...new Set(packed.map((p) => p.split("/")[0]))].sort();
    expect(tops).toEqual(["README.md", "bin", "dist", "fixtures", "package.json", "rules"]);
    expect(packed.filter((p) => p.startsWith("fixtures/")).every((p) => p.endsWith(".jsonl") && p.split("/").length === 2)).toBe(true);
    expect(packed.filter((p) => p.endsWith(".ts") && !p.endsWith(".d.ts"))).toEqual([]);
  });

  it("installs without tsx or TypeScript", async () => {
    expect(existsSync(join(app, "node_modules/tsx"))).toBe(false);
    expect(existsSync(join(app, "node_modules/typescript"))).toBe(false);
    const { stdout } = await run("npm", ["ls", "--all", "--omit=dev", "--parseable"], { cwd: app });
    expect(stdout).not.toMatch(/node_modules\/(tsx|typescript)$/m);
  });

  it('classifies with `import { classify } from "valuechain"` in plain Node', async () => {
    const out = await node(`import { classify, createClassifier } from "valuechain";
const r = await classify({ description: ${JSON.stringify(GPU)} });
const c = createClassifier();
let error;
try { await c.classify({ description: 5 }); } catch (e) { error = e.name + ": " + e.issues.map((i) => i.path).join(","); }
console.log(JSON.stringify({ primary: r.primaryDomain, version: r.rulesVersion === c.rulesVersion, error }));`);
    expect(JSON.parse(out)).toEqual({ primary: "ai-infrastructure", version: true, error: "InputError: description" });
  });

  it('serves with createApp from "valuechain/http"', async () => {
    const out = await node(`import { createApp, createRulesHolder } from "valuechain/http";
const server = createApp({ rules: createRulesHolder({}) }).listen(0);
await new Promise((r) => server.once("listening", r));
const res = await fetch("http://127.0.0.1:" + server.address().port + "/v1/classify", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ description: ${JSON.stringify(GPU)} }) });
console.log(res.status, (await res.json()).primaryDomain);
server.close();`);
    expect(out.trim()).toBe("200 ai-infrastructure");
  });

  it('classifies many on worker threads with classifyMany from "valuechain/batch"', async () => {
    const out = await node(`import { classifyMany } from "valuechain/batch";
const rows = [];
for await (const row of classifyMany([{ id: "gpu", description: ${JSON.stringify(GPU)} }, { description: 5 }], { concurrency: 2 })) rows.push(row);
console.log(JSON.stringify(rows.map((r) => [r.id, r.result?.primaryDomain ?? r.error.code])));`);
    expect(JSON.parse(out)).toEqual([["gpu", "ai-infrastructure"], ["2", "invalid_input"]]);
  });

  it("runs `npx valuechain classify`", async () => {
    const { stdout } = await run("npx", ["--no-install", "valuechain", "classify", GPU], { cwd: app, env: { ...process.env, NO_COLOR: "1", VALUECHAIN_NO_CACHE: "1" } });
    expect(stdout.split("\n")[0]).toBe("Primary domain: AI Infrastructure (IaaS) [ai-infrastructure]  confidence 0.78");
  });
});
