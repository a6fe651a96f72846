import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { deserialize, serialize } from "node:v8";
import { contentHash, readRulesDir, rulesVersion, type RulesFiles } from "./files.ts";
import { DEFAULT_RULES_DIR, SCORING_FILE, TAXONOMY_FILE, validateRuleSet, type RuleSet } from "./load.ts";

/** Where validated rule sets are kept, and which code validated them. */
export interface RuleSetCache {
  dir: string;
  /** Identifies the build that validates: a rule set validated by other code is never used. */
  build: string;
}

/** Set by scripts/build.mjs in the bundle (a hash of the sources and the lockfile); absent under tsx. */
declare const __VALUECHAIN_BUILD__: string | undefined;
const BUILD = typeof __VALUECHAIN_BUILD__ === "string" ? __VALUECHAIN_BUILD__ : undefined;

/** Cached rule sets kept per cache directory; older ones are removed. */
const KEEP = 16;

/**
 * The CLI's cache: `$VALUECHAIN_CACHE_DIR`, else `$XDG_CACHE_HOME/valuechain`, else
 * `~/.cache/valuechain`. None when `VALUECHAIN_NO_CACHE` is set, or when running the TypeScript
 * itself (tests, development), where the code that validates may change between runs.
 */
export function defaultRuleSetCache(env: NodeJS.ProcessEnv = process.env, build: string | undefined = BUILD): RuleSetCache | undefined {
  if (build === undefined || env.VALUECHAIN_NO_CACHE) return undefined;
  if (env.VALUECHAIN_CACHE_DIR) return { dir: env.VALUECHAIN_CACHE_DIR, build };
  const cacheHome = env.XDG_CACHE_HOME || userCacheHome();
  return cacheHome === undefined ? undefined : { dir: join(cacheHome, "valuechain"), build };
}

/** ~/.cache, if the system can name a home directory (in some containers it cannot): else no cache. */
function userCacheHome(): string | undefined {
  try {
    const home = homedir();
    return home ? join(home, ".cache") : undefined;
  } catch {
    return undefined;
  }
}

/** The cache file for these very files (`content`: their contentHash), validated by this build. */
export function cacheFile(cache: RuleSetCache, read: RulesFiles, content: string = contentHash(read)): string {
  const key = createHash("sha256").update(cache.build).update("\0").update(read.dir).update("\0").update(content).digest("hex");
  return join(cache.dir, `rules-${key.slice(0, 32)}.bin`);
}

/**
 * loadRuleSet, remembering the validated set: a later run on the same files, by the same build,
 * reads it back (~5 ms) instead of validating again (~100–250 ms of every CLI start). A file is
 * used only when its name (a hash of the build, the directory and every file's bytes) and the set's
 * version both match the files read now, its checksum matches its bytes, and its rules, taxonomy and
 * scoring are the very JSON of the files (see matchesFiles); an unreadable, corrupt, tampered or
 * unwritable cache costs time only. Invalid rules are never cached: they throw the same RuleSetError
 * as loadRuleSet.
 */
export function loadRuleSetCached(dir: string = DEFAULT_RULES_DIR, cache: RuleSetCache | undefined = defaultRuleSetCache()): RuleSet {
  const read = readRulesDir(dir);
  if (cache === undefined || read.unread.length > 0) return validateRuleSet(read);
  const content = contentHash(read); // the files are hashed once, for both the file name and the version check
  const file = cacheFile(cache, read, content);
  const cached = readCached(file, read, rulesVersion(read, content));
  if (cached !== undefined) return cached;
  const ruleSet = validateRuleSet(read);
  writeCached(cache.dir, file, ruleSet);
  return ruleSet;
}

/** A cache file's bytes: the serialised rule set and its SHA-256, so a corrupted or edited file is noticed. */
export function encodeCacheEntry(ruleSet: RuleSet): Buffer {
  const payload = serialize(ruleSet);
  return serialize({ sha256: createHash("sha256").update(payload).digest("hex"), payload });
}

/** The rule set in a cache file's bytes, or undefined when they are not an intact entry. */
export function decodeCacheEntry(bytes: Buffer): RuleSet | undefined {
  const entry = deserialize(bytes) as { sha256?: unknown; payload?: unknown } | null;
  if (entry === null || typeof entry !== "object" || !(entry.payload instanceof Uint8Array) || typeof entry.sha256 !== "string") return undefined;
  if (createHash("sha256").update(entry.payload).digest("hex") !== entry.sha256) return undefined;
  return deserialize(entry.payload) as RuleSet;
}

/**
 * Whether a cached set's rules, taxonomy and scoring are exactly the JSON of the files read now (a
 * JSON.parse and a comparison, ~100x cheaper than validating): whatever a cache file holds, the rules
 * applied are the ones lint checks in the files.
 */
function matchesFiles(ruleSet: RuleSet, read: RulesFiles): boolean {
  const rules = ruleSet.rules;
  let k = 0;
  for (const { name, text } of read.files) {
    const json: unknown = JSON.parse(text);
    if (name === TAXONOMY_FILE || name === SCORING_FILE) {
      if (!isDeepStrictEqual(name === TAXONOMY_FILE ? ruleSet.taxonomy : ruleSet.scoring, json)) return false;
    } else if (Array.isArray(json)) {
      for (let index = 0; index < json.length; index++, k++) {
        const rule = rules[k];
        if (rule === undefined || rule.file !== name || rule.index !== index || rule.name !== rule.json.name || !isDeepStrictEqual(rule.json, json[index])) return false;
      }
    }
  }
  return k === rules.length;
}

function readCached(file: string, read: RulesFiles, version: string): RuleSet | undefined {
  try {
    const value = decodeCacheEntry(readFileSync(file));
    return value?.version === version && matchesFiles(value, read) ? value : undefined;
  } catch {
    return undefined; // not cached yet, or not a rule set
  }
}

function writeCached(dir: string, file: string, ruleSet: RuleSet): void {
  try {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed: a run reading it meanwhile sees the whole file or none.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, encodeCacheEntry(ruleSet));
    renameSync(partial, file);
    prune(dir);
  } catch {
    // A read-only home or a full disk: the next run validates again.
  }
}

/** Keeps the KEEP most recently written rule sets (an analyst tuning rules makes one per edit). */
function prune(dir: string): void {
  const files = readdirSync(dir)
    .filter((name) => name.startsWith("rules-") && name.endsWith(".bin"))
    .map((name) => ({ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of files.slice(KEEP)) rmSync(old.path, { force: true });
}
