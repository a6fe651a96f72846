import { statSync } from "node:fs";
import { join } from "node:path";
import { listJsonFiles } from "./files.ts";

/**
 * What the rules files look like on disk without reading them: each file's name, size, modification
 * time and inode (through symbolic links). Any save, rename over, link swap, deletion or re-created
 * directory changes it; a few stat calls, cheap enough to poll.
 */
export function fingerprint(dir: string): string {
  try {
    return listJsonFiles(dir)
      .map((name) => {
        const s = statSync(join(dir, name), { bigint: true });
        return `${name}\0${s.size}\0${s.mtimeNs}\0${s.ino}`;
      })
      .join("\n");
  } catch (err) {
    return `unreadable: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
  }
}
