import { pino } from "pino";
import { expect, it } from "vitest";
import { languageDetectorLoaded } from "../../src/language/eld.ts";
import { startServer } from "../../src/http/server.ts";

it("the server loads the language detector before it listens, so no request pays for it on the event loop", async () => {
  expect(languageDetectorLoaded()).toBe(false);
  const server = await startServer({ port: 0, logger: pino({ level: "silent" }) });
  try {
    expect(languageDetectorLoaded()).toBe(true);
  } finally {
    await server.close();
  }
});
