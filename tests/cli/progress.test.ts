import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/cli/progress.ts";

/** A stream that records what is written to it, claiming to be a terminal or not. */
function recorder(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { isTTY?: boolean; columns?: number };
  stream.isTTY = isTTY;
  stream.columns = 120;
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => chunks.join("") };
}

describe("createProgress", () => {
  it("on a terminal draws a bar with rows, rows/s and the ETA, and clears it at the end", () => {
    const { stream, text } = recorder(true);
    const progress = createProgress(stream, 1000);
    progress.read(500);
    progress.update(2000, 0.5);
    progress.stop();
    expect(text()).toContain("50% | 2000 rows | 4000 rows/s | ETA");
    expect(text()).toContain("0 rows | 0 rows/s"); // drawn at the start
  });

  it("reading stdin (size unknown) counts rows only", () => {
    const { stream, text } = recorder(true);
    const progress = createProgress(stream, undefined);
    progress.update(300, 2);
    progress.stop();
    expect(text()).toContain("300 rows | 150 rows/s");
    expect(text()).not.toContain("ETA");
  });

  it("piped or redirected, it writes nothing at all", () => {
    const { stream, text } = recorder(false);
    const progress = createProgress(stream, 1000);
    progress.read(1000);
    progress.update(10, 1);
    progress.clear();
    progress.stop();
    expect(text()).toBe("");
  });
});
