import { watch as chokidar } from "chokidar";
import { RuleSetError } from "../errors.ts";
import { fingerprint } from "./fingerprint.ts";
import { readRulesDir, type RulesFiles } from "./files.ts";

export interface WatchOptions {
  /** How long the directory must stay unchanged before it is read: a burst of writes is one reload. */
  quietMs?: number;
  /** How often the files are stat-ed, to catch what file events miss (a re-created directory, a link swapped). */
  pollMs?: number;
}

/** Defaults of WatchOptions. */
export const WATCH_QUIET_MS = 500;
export const WATCH_POLL_MS = 1000;

export interface RulesWatcher {
  close(): Promise<void>;
}

/**
 * Watches a rules directory (chokidar's events, and a poll of the files' fingerprint as a safety net)
 * and, once it has been quiet for `quietMs` after a change, reads it and hands over the read: the
 * files as one consistent whole (unchanged from before the read to after it; otherwise it waits for
 * quiet again), or the RuleSetError of a directory that cannot be read.
 */
export function watchRulesDir(dir: string, onSettled: (read: RulesFiles | RuleSetError) => void, options: WatchOptions = {}): RulesWatcher {
  const quietMs = options.quietMs ?? WATCH_QUIET_MS;
  let seen = fingerprint(dir);
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const schedule = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(settle, quietMs);
  };
  const settle = () => {
    const before = fingerprint(dir);
    let read: RulesFiles | RuleSetError;
    try {
      read = readRulesDir(dir);
    } catch (err) {
      // In a timer nothing may throw: any failure is a rejected reload.
      read = err instanceof RuleSetError ? err : new RuleSetError([{ file: dir, path: "(root)", message: `Cannot read rules directory: ${(err as Error).message}` }]);
    }
    if (fingerprint(dir) !== before) return schedule(); // written to while being read
    seen = before;
    onSettled(read);
  };
  const events = chokidar(dir, { ignoreInitial: true, followSymlinks: true, ignorePermissionErrors: true }).on("all", schedule).on("error", schedule);
  const poll = setInterval(() => {
    const now = fingerprint(dir);
    if (now !== seen) {
      seen = now;
      schedule();
    }
  }, options.pollMs ?? WATCH_POLL_MS);
  poll.unref();
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(poll);
      await events.close();
    },
  };
}
