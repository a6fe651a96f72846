import { createRequire } from "node:module";

// Loaded only when there is a terminal to draw on: a piped batch does not pay for it.
const require = createRequire(import.meta.url);

/** Progress on a terminal: a bar by bytes read when the size is known, else a row counter. */
export interface Progress {
  read(bytes: number): void;
  update(rows: number, seconds: number): void;
  clear(): void;
  stop(): void;
}

const silent: Progress = { read() {}, update() {}, clear() {}, stop() {} };

export function createProgress(stream: NodeJS.WriteStream, totalBytes: number | undefined): Progress {
  if (!stream.isTTY) return silent; // piped or redirected: data only, no bar
  const { Presets, SingleBar } = require("cli-progress") as typeof import("cli-progress");
  const sized = totalBytes !== undefined && totalBytes > 0;
  const bar = new SingleBar(
    {
      stream,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      format: sized ? "{bar} {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}" : "{rows} rows | {rate} rows/s",
    },
    Presets.shades_classic,
  );
  let bytes = 0;
  bar.start(sized ? totalBytes : 1, 0, { rows: 0, rate: 0 });
  return {
    read(n) {
      bytes += n;
    },
    update(rows, seconds) {
      bar.update(sized ? Math.min(bytes, totalBytes) : 0, { rows, rate: seconds > 0 ? Math.round(rows / seconds) : 0 });
    },
    clear() {
      stream.write("\r\u001b[K");
    },
    stop() {
      bar.stop();
    },
  };
}
