import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { ByteWriter } from "../../src/rows/bytes.ts";

const text = (b: Uint8Array) => Buffer.from(b).toString("utf8");

describe("ByteWriter.take", () => {
  it("hands over what was written; later writes never touch it", () => {
    const w = new ByteWriter(16);
    w.ascii('{"a":');
    w.jsonString("é\n");
    w.ascii("}");
    const first = w.take();
    w.ascii("overwritten?");
    w.uint(12345);
    const second = w.take();
    expect(text(first)).toBe('{"a":"é\\n"}');
    expect(text(second)).toBe("overwritten?12345");
  });

  it("grows past its first size, keeping every byte", () => {
    const w = new ByteWriter(8);
    const words = Array.from({ length: 1000 }, (_, i) => `word${i}`);
    for (const word of words) w.jsonString(word);
    expect(text(w.take())).toBe(words.map((x) => JSON.stringify(x)).join(""));
  });

  it("gives each take a buffer of its own, so each can be transferred to another thread, even when empty", () => {
    const w = new ByteWriter();
    const { port1 } = new MessageChannel();
    const empties = [w.take(), w.take()];
    w.ascii("x");
    const full = w.take();
    for (const b of [...empties, full]) port1.postMessage(b, [b.buffer as ArrayBuffer]);
    expect(full.byteLength).toBe(0); // moved away, not copied
    port1.close();
  });
});
