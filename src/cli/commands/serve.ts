import { defineCommand, engineOption, fixturesOption, rulesOption } from "../command.ts";

export const serveCommand = defineCommand({
  name: "serve",
  description: "Serve the HTTP API: classify, batch, taxonomy, health and OpenAPI.",
  details:
    "POST /v1/classify, POST /v1/classify/batch, GET /v1/taxonomy, /healthz, /readyz, /openapi.json. JSON logs go to stderr (level from $LOG_LEVEL). SIGTERM or Ctrl-C stops accepting, finishes the requests in flight and exits 0.\n\n" +
    "With --fixtures, GET /v1/fixtures/review gives validate's figures, the failing fixtures and report's suspected mislabels. With --allow-edit as well, PUT /v1/fixtures/label relabels a fixture in its file (that line's \"expect\" only, written atomically; a file changed on disk since it was shown is refused, never overwritten). Editing on an address other than loopback needs an edit token, sent as Authorization: Bearer TOKEN (see docs/review.md).",
  options: {
    port: { type: "string", valueName: "N", defaultText: "$PORT, else 3000", description: "the port to listen on, 0 to 65535" },
    host: { type: "string", valueName: "HOST", defaultText: "$HOST, else 127.0.0.1", description: "the interface to listen on; 0.0.0.0 for every interface" },
    rules: rulesOption,
    watch: { type: "boolean", description: "reload the rules when a file under the rules directory changes; a broken file is logged and the last good rule set keeps serving" },
    engine: engineOption,
    fixtures: { ...fixturesOption, defaultText: undefined, description: "labelled fixtures to review: a .jsonl file, or a directory of them (*.jsonl directly in it)" },
    "allow-edit": { type: "boolean", description: "let reviewers relabel the fixtures (needs --fixtures; beyond loopback, needs --edit-token too)" },
    "edit-token": { type: "string", valueName: "TOKEN", defaultText: "$VALUECHAIN_EDIT_TOKEN", description: "the secret an edit must send (Authorization: Bearer TOKEN); required to edit on any address but loopback" },
  },
  examples: [
    { command: "serve --port 8080", description: "serve on http://127.0.0.1:8080" },
    { command: "serve --host 0.0.0.0 --rules my-rules --watch", description: "serve your rules on every interface, reloading them as you edit" },
    { command: "serve --fixtures fixtures --allow-edit", description: "review the fixtures and relabel them from http://127.0.0.1:3000/v1/fixtures/review" },
  ],
  exitCodes: "0 stopped by a signal; 1 cannot listen (port in use) or the rules are invalid; 2 usage error.",
  run: async (args): Promise<number> => (await import("../serve.ts")).runServe(args),
});
