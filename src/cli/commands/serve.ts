import { defineCommand, engineOption, rulesOption } from "../command.ts";

export const serveCommand = defineCommand({
  name: "serve",
  description: "Serve the HTTP API: classify, batch, taxonomy, health and OpenAPI.",
  details:
    "POST /v1/classify, POST /v1/classify/batch, GET /v1/taxonomy, /healthz, /readyz, /openapi.json. JSON logs go to stderr (level from $LOG_LEVEL). SIGTERM or Ctrl-C stops accepting, finishes the requests in flight and exits 0.",
  options: {
    port: { type: "string", valueName: "N", defaultText: "$PORT, else 3000", description: "the port to listen on, 0 to 65535" },
    host: { type: "string", valueName: "HOST", defaultText: "$HOST, else 127.0.0.1", description: "the interface to listen on; 0.0.0.0 for every interface" },
    rules: rulesOption,
    watch: { type: "boolean", description: "reload the rules when a file under the rules directory changes; a broken file is logged and the last good rule set keeps serving" },
    engine: engineOption,
  },
  examples: [
    { command: "serve --port 8080", description: "serve on http://127.0.0.1:8080" },
    { command: "serve --host 0.0.0.0 --rules my-rules --watch", description: "serve your rules on every interface, reloading them as you edit" },
  ],
  exitCodes: "0 stopped by a signal; 1 cannot listen (port in use) or the rules are invalid; 2 usage error.",
  run: async (args): Promise<number> => (await import("../serve.ts")).runServe(args),
});
