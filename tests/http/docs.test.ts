import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/http/limits.ts";
import { startServer, type RunningServer } from "../../src/http/server.ts";

const doc = readFileSync(new URL("../../docs/http.md", import.meta.url), "utf8");

/** Each `$ command` of the page's `console` blocks, with the lines it prints. */
const examples = [...doc.matchAll(/```console\n([\s\S]*?)```/g)].flatMap((m) =>
  m[1]!.split(/^\$ /m).filter(Boolean).map((chunk) => {
    const [command, ...output] = chunk.split("\n");
    return { command: command!, output: output.join("\n") };
  }),
);

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, logger: pino({ level: "silent" }) });
});
afterAll(() => server.close());

describe("docs/http.md", () => {
  it("states every limit with the value the server uses", () => {
    const table = new Map([...doc.matchAll(/^\| `(\w+)` \| ([^|]+) \|/gm)].map((m) => [m[1]!, m[2]!.trim()]));
    expect([...table.keys()].sort()).toEqual(Object.keys(DEFAULT_LIMITS).sort());
    for (const [name, value] of Object.entries(DEFAULT_LIMITS)) {
      if (name === "workers") expect(table.get(name)).toBe("cores − 1, at least 1");
      else expect(table.get(name), name).toBe(String(value));
    }
  });

  it("has the curl examples of /v1/questions and /v1/classify/stream", () => {
    expect(examples.filter((e) => e.command.includes("/v1/questions"))).toHaveLength(2);
    expect(examples.filter((e) => e.command.includes("/v1/classify/stream"))).toHaveLength(4);
  });

  it.each(examples.map((e) => [e.command.slice(0, 90), e] as const))("prints what it shows: %s", async (_name, { command, output }) => {
    const { stdout } = await promisify(execFile)("sh", ["-c", command.replaceAll("http://127.0.0.1:3000", server.url)]);
    expect(stdout).toBe(output);
  });
});
