// Rewrites the output under each `$ command` of docs/http.md's console blocks with what the command
// prints against a server started here (tests/http/docs.test.ts fails when the page is out of date).
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { pino } from "pino";
import { startServer } from "../src/http/server.ts";

const file = new URL("../docs/http.md", import.meta.url);
const server = await startServer({ port: 0, logger: pino({ level: "silent" }) });
const run = async (command: string) => (await promisify(execFile)("sh", ["-c", command.replaceAll("http://127.0.0.1:3000", server.url)])).stdout;
const doc = readFileSync(file, "utf8");
let out = "";
let at = 0;
for (const block of doc.matchAll(/```console\n([\s\S]*?)```/g)) {
  const commands = block[1]!.split(/^\$ /m).filter(Boolean).map((chunk) => chunk.split("\n")[0]!);
  let body = "";
  for (const command of commands) body += `$ ${command}\n${await run(command)}`;
  out += `${doc.slice(at, block.index)}\`\`\`console\n${body}\`\`\``;
  at = block.index! + block[0].length;
}
writeFileSync(file, out + doc.slice(at));
await server.close();
