import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

/** Resident memory of a process in MB, read from /proc (0 once it has exited). */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Starts a server in a process of its own (`node ARGS` in `cwd`) and resolves with its URL, read from its log. */
export async function startProcess(cwd: string, args: string[], logLevel = "info"): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, LOG_LEVEL: logLevel }, stdio: ["ignore", "ignore", "pipe"] });
  let seen = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}: ${seen}`)));
    child.stderr!.on("data", (d: Buffer) => {
      if (seen.length < 10_000) seen += d;
      const m = /"url":"(http:\/\/[^"]+)"/.exec(seen);
      if (m) resolve(m[1]!);
    });
  });
  child.stderr!.resume();
  return { child, url };
}
