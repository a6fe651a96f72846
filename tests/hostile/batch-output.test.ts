import { spawn, spawnSync } from "node:child_process";
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { BatchRow } from "../../src/schemas/batch.ts";
import { runCli } from "../helpers/cli.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/tsx/dist/cli.mjs", import.meta.url));
const dir = () => mkdtempSync(join(tmpdir(), "vc-output-"));

/** A JSON Lines file of n companies, ids r1…rn. */
function manyRows(n: number): string {
  const descriptions = ["We rent GPUs by the hour.", "AI agents that resolve support tickets.", "A vector database for retrieval."];
  const file = join(dir(), "many.jsonl");
  writeFileSync(file, Array.from({ length: n }, (_, i) => JSON.stringify({ id: `r${i + 1}`, description: descriptions[i % 3] })).join("\n") + "\n");
  return file;
}

const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts) spawnSync("umount", [m]);
});

/**
 * A directory where writing fails: a 64 KiB tmpfs (a full disk) where mounting works (root), else a
 * read-only directory (which root could write).
 */
function unwritableDir(): { path: string; message: (file: string) => string } {
  const path = dir();
  if (spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", path]).status === 0) {
    mounts.push(path);
    return { path, message: (file) => `Cannot write ${file}: no space left on device (ENOSPC)\n` };
  }
  const ro = join(path, "ro");
  mkdirSync(ro);
  chmodSync(ro, 0o555);
  return { path: ro, message: (file) => `Cannot write ${file}: permission denied (EACCES)\n` };
}

describe("batch never loses data", () => {
  it.each([
    ["the same path", (input: string) => input],
    ["a symlink to the input", (input: string) => { const link = join(dir(), "link.jsonl"); symlinkSync(input, link); return link; }],
    ["a hard link to the input", (input: string) => { const link = join(dir(), "hard.jsonl"); linkSync(input, link); return link; }],
  ])("--output that is the input (%s) is refused before anything is opened; the input is untouched", async (_, outputOf) => {
    const input = join(dir(), "list.jsonl");
    const text = readFileSync("fixtures/batch/broken.jsonl");
    writeFileSync(input, text);
    const output = outputOf(input);
    const r = await runCli(["batch", input, "--output", output, "--concurrency", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`--output ${output} is the input file ${input} (the same file, a link to it, or a hard link): writing it would destroy the input; choose another path\nRun "valuechain batch --help" for usage.\n`);
    expect(readFileSync(input)).toEqual(text);
  }, 60_000);

  it("a full disk (or unwritable directory): one line naming the file and the cause, exit 1, the old file as it was, no temporary file left", async () => {
    const { path, message } = unwritableDir();
    const output = join(path, "out.jsonl");
    let before: Buffer | undefined;
    try {
      writeFileSync(output, "the previous results\n");
      before = readFileSync(output);
    } catch {
      before = undefined; // a read-only directory: there is no previous file
    }
    const r = await runCli(["batch", "fixtures/companies-sample.csv", "--output", output, "--concurrency", "0"]);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n").filter((l) => !l.startsWith("Columns:")).join("\n")).toBe(message(output));
    if (before) expect(readFileSync(output)).toEqual(before);
    expect(readdirSync(path).filter((f) => f.endsWith(".part"))).toEqual([]);
  }, 60_000);

  it("--output in a directory that does not exist: one line, exit 1", async () => {
    const r = await runCli(["batch", "fixtures/batch/broken.jsonl", "--output", "/no/such/dir/out.csv", "--concurrency", "0"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("Cannot write /no/such/dir/out.csv: no such file or directory (ENOENT)\n");
  }, 60_000);

  it("an input that cannot be read (a directory): one line naming it, exit 1", async () => {
    const input = join(dir(), "companies.csv");
    mkdirSync(input);
    const r = await runCli(["batch", input, "--concurrency", "0"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Cannot read ${input}: illegal operation on a directory (EISDIR)\n`);
  }, 60_000);

  it("an existing output file keeps its permissions; a symlinked output writes its target", async () => {
    const d = dir();
    const target = join(d, "results.jsonl");
    writeFileSync(target, "old\n");
    chmodSync(target, 0o640);
    const link = join(d, "latest.jsonl");
    symlinkSync(target, link);
    const r = await runCli(["batch", "fixtures/batch/broken.jsonl", "--output", link, "--concurrency", "0"]);
    expect(r.code).toBe(1); // the fixture has bad rows
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readFileSync(target, "utf8").trim().split("\n")).toHaveLength(6);
    expect(statSync(link).ino).toBe(statSync(target).ino);
  }, 60_000);

  it("`| head -1`: the run ends quietly, exit 0, after the rows written", () => {
    const input = manyRows(20_000);
    const run = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${TSX}" src/cli/main.ts batch "${input}" --concurrency 1 | head -1`], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: "r1", result: { primaryDomain: "ai-infrastructure" } });
  }, 60_000);

  it("Ctrl-C with --output: the file is put in place holding the complete rows so far, in order, and stderr says so", async () => {
    const input = manyRows(60_000);
    const d = dir();
    const output = join(d, "out.jsonl");
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "batch", input, "--output", output, "--concurrency", "2"], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    // As soon as rows reach the temporary file beside the target.
    const timer = setInterval(() => {
      const part = readdirSync(d).find((f) => f.endsWith(".part"));
      if (part && statSync(join(d, part)).size > 0) {
        clearInterval(timer);
        child.kill("SIGINT");
      }
    }, 20);
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    clearInterval(timer);
    expect(code).toBe(130);
    const rows = readFileSync(output, "utf8").split("\n").filter((l) => l !== "").map((l) => BatchRow.parse(JSON.parse(l)));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60_000);
    expect(rows.map((r) => r.id)).toEqual(rows.map((_, i) => `r${i + 1}`));
    expect(stderr).toContain(`Interrupted: ${output} holds the ${rows.length} complete rows classified so far.\n`);
    expect(readdirSync(d)).toEqual(["out.jsonl"]);
  }, 60_000);
});
