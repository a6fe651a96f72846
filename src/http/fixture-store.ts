import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { realpathSync } from "node:fs";
import { basename } from "node:path";
import { didYouMean } from "../did-you-mean.ts";
import { fixtureFiles } from "../eval/fixtures.ts";
import { RelabelError, relabelText } from "../eval/relabel.ts";
import type { LabelRequest, LabelResponse } from "../schemas/review.ts";
import { openOutputFile } from "../sink.ts";
import { HttpProblem } from "./problem.ts";

/** One fixture file as read: its name (as requests give it), its text and the sha256 of its bytes. */
export interface FixtureFile {
  file: string;
  text: string;
  sha256: string;
}

/** The fixture files a server reviews, read and relabelled on disk. */
export interface FixtureStore {
  /** Every fixture file now at the path, read whole. */
  read(): Promise<FixtureFile[]>;
  /** Rewrites one fixture's labels in place (atomically), unless its file changed since `sha256`. */
  relabel(request: LabelRequest): Promise<LabelResponse>;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function badRequest(path: string, message: string): HttpProblem {
  return new HttpProblem(400, "invalid-input", "Invalid input", message, [{ path, message }]);
}

function changed(file: string, shown: string, now: string): HttpProblem {
  const detail = `${file} changed on disk since it was shown (sha256 ${shown.slice(0, 12)}…, now ${now.slice(0, 12)}…): nothing was written. Reload the review and make the edit again.`;
  return new HttpProblem(409, "file-changed", "File changed", detail, [{ path: "sha256", message: detail }]);
}

/** The text of a file's bytes, refused (409) when they are not UTF-8: such a file is edited by hand, not here. */
function textOf(file: string, bytes: Buffer): string {
  if (!isUtf8(bytes)) throw new HttpProblem(409, "not-utf8", "Not UTF-8", `${file} is not UTF-8 text: nothing was written`, [{ path: "file", message: "Not UTF-8" }]);
  return bytes.toString("utf8");
}

/**
 * The fixture files at `path` (a .jsonl file, or the *.jsonl directly in a directory), named by file
 * name. Edits to one file run one after another, each checking the file's sha256 before writing and
 * again just before renaming its temporary file over it, so an edit made from a stale view is refused
 * (409), never written over another.
 */
export function createFixtureStore(path: string): FixtureStore {
  const queues = new Map<string, Promise<void>>();
  const serialise = <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const run = (queues.get(key) ?? Promise.resolve()).then(work);
    const tail = run.then(() => undefined, () => undefined);
    queues.set(key, tail);
    void tail.then(() => queues.get(key) === tail && queues.delete(key));
    return run;
  };
  const files = () => new Map(fixtureFiles(path).map((full) => [basename(full), full]));

  return {
    async read() {
      const out: FixtureFile[] = [];
      for (const [file, full] of files()) {
        const bytes = await readFile(full);
        out.push({ file, text: bytes.toString("utf8"), sha256: sha256(bytes) });
      }
      return out;
    },
    async relabel(request) {
      const known = files();
      const full = known.get(request.file);
      if (full === undefined) {
        const names = [...known.keys()];
        throw badRequest("file", `Not a fixture file of this server: ${JSON.stringify(request.file)}${didYouMean(request.file, names)} (files are named as GET /v1/fixtures/review lists them)`);
      }
      return serialise(realpathSync(full), async () => {
        const before = await readFile(full);
        const shown = sha256(before);
        if (shown !== request.sha256) throw changed(request.file, request.sha256, shown);
        let edit;
        try {
          edit = relabelText(textOf(request.file, before), request.id, request.expect);
        } catch (err) {
          if (err instanceof RelabelError) throw badRequest(err.path, err.message);
          throw err;
        }
        const bytes = Buffer.from(edit.text, "utf8");
        const sink = await openOutputFile(full);
        try {
          await sink.write(bytes);
          const now = sha256(await readFile(full));
          if (now !== shown) throw changed(request.file, request.sha256, now);
          await sink.finish();
        } catch (err) {
          await sink.abandon();
          throw err;
        }
        return { file: request.file, id: request.id, line: edit.line, sha256: sha256(bytes), expect: edit.expect };
      });
    },
  };
}
