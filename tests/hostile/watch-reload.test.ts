import { cpSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/http/server.ts";
import { loadRuleSet } from "../../src/rules/load.ts";
import { copyRules, mountLikeConfigMap } from "../helpers/rules-copy.ts";

const silent = pino({ level: "silent" });
let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** A server watching `dir`, once ready (its worker threads started): as a load balancer would see it. */
async function serve(dir: string): Promise<RunningServer> {
  const server = (running = await startServer({ port: 0, rulesDir: dir, watch: true, logger: silent }));
  await until("ready", () => get(server, "/readyz"), (r) => r.status === 200);
  return server;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const get = async (server: RunningServer, path: string) => {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: (await res.json()) as { rulesVersion: string | null; reloadErrors?: unknown[] } };
};
/** Whether a fetch failed because the server closed an idle keep-alive connection as the probe reused it: a client retries that. */
const resetIdle = (err: unknown) => err instanceof TypeError && (err.cause as { code?: string } | undefined)?.code === "ECONNRESET";
async function until<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe().catch((err: unknown) => {
      if (resetIdle(err) && Date.now() < deadline) return undefined;
      throw err;
    });
    if (v !== undefined && ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: last ${JSON.stringify(v)}`);
    await sleep(50);
  }
}
/** A rules file's JSON with a change, as text. */
function edited(dir: string, file: string, edit: (json: any) => void): string {
  const json = JSON.parse(readFileSync(join(dir, file), "utf8"));
  edit(json);
  return JSON.stringify(json, null, 2);
}
const versionOf = (dir: string) => loadRuleSet(dir).version;
const reweight = (w: number) => (rules: any) => (rules[0].event.params.weight = w);

describe("serve --watch", () => {
  it("keeps seeing changes after atomic saves (write aside, rename over)", async () => {
    const dir = copyRules();
    const server = await serve(dir);
    for (const weight of [1.25, 1.5]) {
      const text = edited(dir, "domains/rag.json", reweight(weight));
      writeFileSync(join(dir, "domains/rag.json.tmp~"), text);
      renameSync(join(dir, "domains/rag.json.tmp~"), join(dir, "domains/rag.json"));
      const want = versionOf(dir);
      await until(`version ${want}`, () => get(server, "/healthz"), (r) => r.body.rulesVersion === want);
    }
    expect((await get(server, "/readyz")).status).toBe(200);
  }, 40_000);

  it("follows the directory when it is deleted and re-created", async () => {
    const dir = copyRules();
    const next = copyRules();
    writeFileSync(join(next, "domains/rag.json"), edited(next, "domains/rag.json", reweight(1.75)));
    const server = await serve(dir);
    rmSync(dir, { recursive: true });
    await sleep(1_200);
    cpSync(next, dir, { recursive: true });
    const want = versionOf(next);
    await until(`version ${want}`, () => get(server, "/readyz"), (r) => r.status === 200 && r.body.rulesVersion === want);
    // and the re-created directory is watched in turn
    writeFileSync(join(dir, "domains/rag.json"), edited(dir, "domains/rag.json", reweight(2)));
    const again = versionOf(dir);
    await until(`version ${again}`, () => get(server, "/healthz"), (r) => r.body.rulesVersion === again);
  }, 40_000);

  it("serves the old set or the new one, never a mix, while two files are written 300 ms apart", async () => {
    const dir = copyRules();
    const server = await serve(dir);
    const before = versionOf(dir);
    const rag = edited(dir, "domains/rag.json", reweight(1.1));
    const lexicon = edited(dir, "lexicon.json", (l) => l.features[Object.keys(l.features)[0]!].phrases.push("quantum llama"));
    const seen = new Set<string | null>();
    let writing = true;
    const client = (async () => {
      while (writing) {
        const res = await fetch(`${server.url}/v1/classify`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ description: "A vector database for RAG." }) });
        seen.add(((await res.json()) as { rulesVersion: string }).rulesVersion);
      }
    })();
    writeFileSync(join(dir, "domains/rag.json"), rag);
    await sleep(300);
    writeFileSync(join(dir, "lexicon.json"), lexicon);
    const after = versionOf(dir);
    await until(`version ${after}`, () => get(server, "/healthz"), (r) => r.body.rulesVersion === after);
    await sleep(200);
    writing = false;
    await client;
    expect([...seen].every((v) => v === before || v === after)).toBe(true);
    expect(seen.has(after)).toBe(true);
  }, 40_000);

  it("makes one reload of a burst of writes", async () => {
    const dir = copyRules();
    const lines: { msg: string; rulesVersion?: string }[] = [];
    running = await startServer({ port: 0, rulesDir: dir, watch: true, logger: pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) }) });
    for (const weight of [1.1, 1.2, 1.3, 1.4, 1.5]) {
      writeFileSync(join(dir, "domains/rag.json"), edited(dir, "domains/rag.json", reweight(weight)));
      await sleep(100);
    }
    const want = versionOf(dir);
    await until(`version ${want}`, () => get(running!, "/healthz"), (r) => r.body.rulesVersion === want);
    await sleep(1_500);
    expect(lines.filter((l) => l.msg === "rules reloaded").map((l) => l.rulesVersion)).toEqual([want]);
  }, 40_000);

  it("rejects a reload that loses a domain file, naming it, and is not ready until the file is back", async () => {
    const dir = copyRules();
    const server = await serve(dir);
    const before = versionOf(dir);
    const saved = readFileSync(join(dir, "domains/rag.json"));
    unlinkSync(join(dir, "domains/rag.json"));
    const stale = await until("a failed reload", () => get(server, "/readyz"), (r) => r.status === 503);
    expect(stale.body).toEqual({
      status: "not ready",
      rulesVersion: before,
      reloadErrors: [{ file: "domains/rag.json", path: "(root)", message: "File removed: the rule set being served has it, and a reload never drops a rules file (restart the server to remove one)" }],
    });
    const res = await fetch(`${server.url}/v1/classify`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ description: "A vector database for retrieval-augmented generation." }) });
    const served = (await res.json()) as { rulesVersion: string; primaryDomain: string };
    expect([res.status, served.rulesVersion, served.primaryDomain]).toEqual([200, before, "rag"]);
    writeFileSync(join(dir, "domains/rag.json"), saved);
    await until("ready again", () => get(server, "/readyz"), (r) => r.status === 200 && r.body.rulesVersion === before);
  }, 40_000);

  it("a broken file is a failed reload on /readyz, with its file and JSON path", async () => {
    const dir = copyRules();
    const server = await serve(dir);
    writeFileSync(join(dir, "domains/rag.json"), edited(dir, "domains/rag.json", (rules) => (rules[2].event.params.domain = "crypto")));
    const stale = await until("a failed reload", () => get(server, "/readyz"), (r) => r.status === 503);
    expect(stale.body.reloadErrors).toEqual([expect.objectContaining({ file: "domains/rag.json", path: "[2].event.params.domain" })]);
  }, 40_000);

  it("follows a ConfigMap-style mount when its ..data link is swapped", async () => {
    const dir = mountLikeConfigMap();
    const server = await serve(dir);
    expect((await get(server, "/healthz")).body.rulesVersion).toBe(versionOf(copyRules()));
    const next = join(dir, "..2026_b");
    cpSync(join(dir, "..2026_a"), next, { recursive: true });
    writeFileSync(join(next, "domains/rag.json"), edited(next, "domains/rag.json", reweight(1.3)));
    symlinkSync("..2026_b", join(dir, "..data_tmp"));
    renameSync(join(dir, "..data_tmp"), join(dir, "..data"));
    const want = versionOf(dir);
    expect(want).not.toBe(versionOf(copyRules()));
    await until(`version ${want}`, () => get(server, "/readyz"), (r) => r.status === 200 && r.body.rulesVersion === want);
  }, 40_000);
});
