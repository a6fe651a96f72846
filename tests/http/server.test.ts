import { spawn } from "node:child_process";
import { once } from "node:events";
import { writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../src/http/server.ts";
import { copyRules, editJson } from "../helpers/rules-copy.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/tsx/dist/cli.mjs", import.meta.url));

async function post(url: string, body: unknown) {
  const res = await fetch(`${url}/v1/classify`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, version: res.headers.get("x-rules-version"), body: (await res.json()) as any };
}

/** Polls until `check` passes, for changes that arrive through a file watcher (a reload loads and checks the whole rule set, which takes seconds on a busy machine). */
async function eventually<T>(check: () => Promise<T>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

const running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

describe("startServer --watch", () => {
  it("swaps in a changed rule set and keeps the last good one when a file breaks", async () => {
    const dir = copyRules();
    const lines: any[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const server = await startServer({ port: 0, rulesDir: dir, watch: true, logger });
    running.push(server);
    const before = await post(server.url, { description: "vector db for llm apps" });
    expect(before.status).toBe(200);
    expect(before.body.primaryDomain).toBe("rag");
    const v1 = before.version;
    expect(before.body.rulesVersion).toBe(v1);

    editJson(dir, "domains/rag.json", (rules) => {
      rules.find((r: any) => r.name === "rag/vector-db").event.params.reason = "Sells a vector database";
    });
    const changed = await eventually(async () => {
      const r = await post(server.url, { description: "vector db for llm apps" });
      expect(r.version).not.toBe(v1);
      return r;
    });
    expect(changed.body.rulesVersion).toBe(changed.version);
    expect(changed.body.domains[0].reasons[0]).toEqual({ rule: "rag/vector-db", message: "Sells a vector database", evidence: ["vector db"] });
    expect(lines.some((l) => l.msg === "rules reloaded" && l.rulesVersion === changed.version)).toBe(true);

    editJson(dir, "domains/rag.json", (rules) => {
      rules[1].conditions.all[0].operator = "notAnOperator";
    });
    await eventually(async () => expect(lines.some((l) => l.msg?.startsWith("rules reload rejected"))).toBe(true));
    const rejected = lines.find((l) => l.msg.startsWith("rules reload rejected"));
    expect(rejected).toMatchObject({ level: 50, file: "domains/rag.json", path: "[1].conditions.all[0].operator" });
    expect(rejected.msg).toContain('Unknown operator "notAnOperator"');
    const after = await post(server.url, { description: "vector db for llm apps" });
    expect(after.version).toBe(changed.version);
    expect(after.body).toEqual(changed.body);
    // Serving a set the files no longer describe: not ready, saying why, until a reload succeeds
    // (once the worker threads are up: until then /readyz also says warmingUp, see app.test.ts).
    await eventually(async () => {
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: "not ready", rulesVersion: changed.version, reloadErrors: [expect.objectContaining({ file: "domains/rag.json", path: "[1].conditions.all[0].operator" })] });
    }, 20_000);
  });

  it("refuses to start on a broken rule set", async () => {
    const dir = copyRules();
    writeFileSync(join(dir, "stages.json"), "[{");
    await expect(startServer({ port: 0, rulesDir: dir, logger: pino({ level: "silent" }) })).rejects.toThrow(/^Invalid rule set \(1 problem\):\nstages\.json: \(root\): /);
  });

  it("finishes a request in flight on the rule set it started with, and finishes it before shutting down", async () => {
    const dir = copyRules();
    const server = await startServer({ port: 0, rulesDir: dir, logger: pino({ level: "silent" }) });
    const oldVersion = server.rules.current()!.rulesVersion;
    // Send the headers and half the body, so the request is in flight while the rules change.
    const body = JSON.stringify({ description: "vector db for llm apps" });
    const seen = once(server.server, "request");
    const req = httpRequest(`${server.url}/v1/classify`, { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } });
    const response = once(req, "response");
    req.write(body.slice(0, 10));
    await seen; // the server has the request (and its rule set) before the rules change

    editJson(dir, "domains/rag.json", (rules) => {
      rules[0].event.params.weight = 5;
    });
    const reloaded = server.rules.reload();
    expect(reloaded.ok).toBe(true);
    const closed = server.close();
    req.end(body.slice(10));

    const [res] = (await response) as [import("node:http").IncomingMessage];
    let text = "";
    for await (const chunk of res) text += chunk;
    expect(res.statusCode).toBe(200);
    expect(res.headers["x-rules-version"]).toBe(oldVersion);
    expect(JSON.parse(text)).toMatchObject({ primaryDomain: "rag", rulesVersion: oldVersion });
    await closed;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});

describe("valuechain serve", () => {
  it("serves on PORT, logs JSON to stderr and exits 0 on SIGTERM after finishing", async () => {
    const child = spawn(process.execPath, [TSX, "src/cli/main.ts", "serve", "--port", "0"], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: "info" } });
    let stderr = "";
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += d));
    const url = await new Promise<string>((resolve) => {
      child.stderr.on("data", (d) => {
        stderr += d;
        const m = /"url":"(http:\/\/[^"]+)"/.exec(stderr);
        if (m) resolve(m[1]!);
      });
    });
    const res = await post(url, { description: "GPU cloud rented by the hour" });
    expect(res.body.primaryDomain).toBe("ai-infrastructure");
    child.kill("SIGTERM");
    const [code] = await once(child, "close");
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const logs = stderr.trim().split("\n").map((l) => JSON.parse(l));
    expect(logs.map((l) => l.msg)).toEqual(["listening", "request completed", "stopped"]);
    expect(logs[1].req.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(logs[1].res.statusCode).toBe(200);
  });

  it("exits 2 on a bad port", async () => {
    const child = spawn(process.execPath, [TSX, "src/cli/main.ts", "serve", "--port", "http"], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const [code] = await once(child, "close");
    expect(code).toBe(2);
    expect(stderr).toBe('Port must be a whole number from 0 to 65535 (got "http")\nRun "valuechain serve --help" for usage.\n');
  });
});
