import { readlinkSync } from "node:fs";
import { getPriority, setPriority } from "node:os";

/** The lowest scheduling priority a thread can have (the highest Linux nice value). */
const LOWEST = 19;

/**
 * Lowers the calling thread's scheduling priority by `steps` nice steps, so that when the cores are
 * busy it yields them to the process's other threads (a server's event loop). Linux only, where each
 * thread has a nice value of its own, named by its thread id under /proc/thread-self; elsewhere, or
 * if the system refuses, nothing changes. Returns whether the priority was lowered.
 */
export function lowerThreadPriority(steps: number): boolean {
  if (steps <= 0 || process.platform !== "linux") return false;
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (!Number.isSafeInteger(tid)) return false;
    setPriority(tid, Math.min(LOWEST, getPriority(tid) + steps));
    return true;
  } catch {
    return false;
  }
}
