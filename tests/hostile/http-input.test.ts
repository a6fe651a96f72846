import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/http/server.ts";
import { postHead, quietServer, rawRequest } from "./http-raw.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await quietServer();
});
afterAll(() => server.close());

const send = (path: string, body: string | Uint8Array, type = "application/json") =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": type }, body: typeof body === "string" ? body : new Uint8Array(body) });

/** `{"answers":{"offerings":[[[…]]]}}` with `levels` nested lists. */
const deep = (levels: number) => `{"answers":{"offerings":${"[".repeat(levels)}${"]".repeat(levels)}}}`;
const DEEP_PATH = `answers.offerings${"[0]".repeat(6)}`;
const DEEP_MESSAGE = "Nested too deeply: an input has at most 8 levels of objects and lists";

describe("JSON is UTF-8, strictly (issue 17, item 9)", () => {
  it.each(["utf-7", "utf-16", "iso-8859-1", "utf8"])("charset=%s is 415", async (charset) => {
    const res = await send("/v1/classify", '{"description":"GPU cloud"}', `application/json; charset=${charset}`);
    expect(res.status).toBe(415);
    const body = (await res.json()) as { detail: string; errors: unknown };
    expect(body.detail).toBe(`JSON is read as UTF-8 only (got charset=${charset})`);
    expect(body.errors).toEqual([{ path: "(headers).content-type", message: `Expected charset=utf-8 or none, got ${charset}` }]);
  });

  it.each(["application/json; charset=UTF-8", 'application/json;charset="utf-8"', "application/json", "application/problem+json"])("%s is read", async (type) => {
    const res = await send("/v1/classify", '{"description":"GPU cloud rented by the hour"}', type);
    expect(res.status).toBe(200);
  });

  it("invalid UTF-8 bytes are a 400 naming the byte, never replaced with U+FFFD", async () => {
    const body = Buffer.concat([Buffer.from('{"description":"caf'), Buffer.from([0xe9]), Buffer.from(' GPU cloud"}')]);
    const res = await send("/v1/classify", body);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(await res.json()).toMatchObject({
      type: "/problems/invalid-utf8",
      detail: "The request body is not valid UTF-8: byte 19 starts no valid character",
      errors: [{ path: "(body)", message: "Invalid UTF-8 at byte 19" }],
    });
  });

  it.each([
    ["an overlong encoding", [0xc0, 0xaf]],
    ["a lone surrogate", [0xed, 0xa0, 0x80]],
    ["a truncated sequence", [0xe2, 0x82]],
  ])("%s in a batch body is a 400 too", async (_name, bytes) => {
    const body = Buffer.concat([Buffer.from('{"items":[{"description":"'), Buffer.from(bytes), Buffer.from('"}]}')]);
    const res = await send("/v1/classify/batch", body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: unknown }).errors).toEqual([{ path: "(body)", message: "Invalid UTF-8 at byte 26" }]);
  });

  it("a compressed body is 415, not inflated", async () => {
    const res = await rawRequest(server.url, postHead("/v1/classify", { "content-type": "application/json", "content-encoding": "gzip", "content-length": 2 }) + "{}");
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body).errors).toEqual([{ path: "(headers).content-encoding", message: "Expected identity, got gzip" }]);
  });
});

describe("deep nesting (issue 17, item 2)", () => {
  it("5,000 nested lists in /v1/classify are a 400 with the path, not a 500", async () => {
    const res = await send("/v1/classify", deep(5_000));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ type: "/problems/invalid-input", errors: [{ path: DEEP_PATH, message: DEEP_MESSAGE }] });
  });

  it("8 levels are read and judged by the schema; 9 are not", async () => {
    const res = await send("/v1/classify", deep(6));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { path: string; message: string }[] }).errors[0]).toMatchObject({ path: "answers.offerings[0]", message: expect.stringMatching(/^Unknown value \[\[\[/) });
    const over = await send("/v1/classify", deep(7));
    expect(((await over.json()) as { errors: unknown }).errors).toEqual([{ path: DEEP_PATH, message: DEEP_MESSAGE }]);
  });

  it("in /v1/classify/batch the deep item is an error row; its neighbours are classified", async () => {
    const res = await send("/v1/classify/batch", `{"items":[{"description":"vector db for llm apps"},${deep(5_000)},{"description":"GPU cloud rented by the hour"}]}`);
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: any[] };
    expect(results[0].result.primaryDomain).toBe("rag");
    expect(results[1]).toEqual({ id: "2", line: 2, error: { code: "invalid_input", message: `Invalid input: ${DEEP_PATH}: ${DEEP_MESSAGE}`, issues: [{ path: DEEP_PATH, message: DEEP_MESSAGE }] } });
    expect(results[2].result.primaryDomain).toBe("ai-infrastructure");
  });
});

describe("bodies that cost more to parse than their size says", () => {
  it.each([
    ["a megabyte of nested lists", `{"items":[${"[".repeat(400_000)}${"]".repeat(400_000)}]}`],
    ["300,000 empty lists", `{"items":[${Array.from({ length: 300_000 }, () => "[]").join(",")}]}`],
  ])("%s is a 400 before parsing", async (_name, body) => {
    const res = await send("/v1/classify/batch", body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ type: "/problems/too-complex", errors: [{ path: "(body)", message: "Too many objects and lists: at most 50000 in one body" }] });
  });

  it("brackets inside strings (escaped quotes and backslashes too) are text, not lists", async () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ name: "ends in a backslash \\", description: `GPU cloud ${i} ${'[{"'.repeat(6_000)}` }));
    const res = await send("/v1/classify/batch", JSON.stringify({ items }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { results: { result?: unknown }[] }).results.filter((r) => r.result)).toHaveLength(6);
  });
});

describe("a stream's charset is honoured or refused, never ignored (issue 17, item 9)", () => {
  const csv = (name: Buffer) => Buffer.concat([Buffer.from("name,description\n"), name, Buffer.from(",We rent GPU clusters by the hour.\n")]);
  const rowsOf = async (res: Response) => (await res.text()).trim().split("\n").map((l) => JSON.parse(l) as { name?: string; error?: { code: string }; summary?: unknown });

  it.each(["utf-7", "ebcdic", "utf-32"])("text/csv; charset=%s is 415", async (charset) => {
    const res = await send("/v1/classify/stream", csv(Buffer.from("Acme")), `text/csv; charset=${charset}`);
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({
      detail: `The body can be read as utf-8, utf-16le, utf-16be or windows-1252 (got charset=${charset})`,
      errors: [{ path: "(headers).content-type", message: `Expected charset utf-8, utf-16le, utf-16be, windows-1252 or none, got ${charset}` }],
    });
  });

  it("charset=windows-1252 is how the body is read, even when its bytes are also UTF-8", async () => {
    const res = await send("/v1/classify/stream", csv(Buffer.from("Café", "utf8")), "text/csv; charset=windows-1252");
    expect(res.status).toBe(200);
    expect((await rowsOf(res))[0]!.name).toBe("CafÃ©");
  });

  it('charset="UTF-8" is kept to: a Windows-1252 byte is an error row, not guessed', async () => {
    const latin = csv(Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    const declared = await rowsOf(await send("/v1/classify/stream", latin, 'text/csv; charset="UTF-8"'));
    expect(declared[0]!.error?.code).toBe("invalid_encoding");
    const undeclared = await rowsOf(await send("/v1/classify/stream", latin, "text/csv"));
    expect(undeclared[0]!.name).toBe("Café");
  });
});
