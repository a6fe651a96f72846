import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

describe("serve --fixtures, --allow-edit, --edit-token", () => {
  it.each([
    [["--host", "0.0.0.0", "--fixtures", "fixtures", "--allow-edit"], {}, "--allow-edit on 0.0.0.0, which is not loopback, needs --edit-token TOKEN (or $VALUECHAIN_EDIT_TOKEN): anyone who can reach the server could rewrite the fixtures"],
    [["--allow-edit"], {}, "--allow-edit needs --fixtures PATH: the fixtures to edit"],
    [["--fixtures", "fixtures", "--edit-token", "0123456789"], {}, "--edit-token needs --allow-edit: without it nothing can be edited"],
    [["--fixtures", "fixtures", "--allow-edit"], { VALUECHAIN_EDIT_TOKEN: "short" }, "The edit token is too short: use at least 8 characters (e.g. openssl rand -hex 16)"],
    [["--fixtures", "rules"], {}, "No fixture files (*.jsonl) in rules"],
  ])("serve %j is a usage error (exit 2) before anything listens", async (args, env, message) => {
    const run = await runCli(["serve", "--port", "41610", ...args], { env: env as Record<string, string> });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(message);
  });
});
