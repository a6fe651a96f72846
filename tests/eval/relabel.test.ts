import { describe, expect, it } from "vitest";
import { findFixtureLine, RelabelError, relabelText } from "../../src/eval/relabel.ts";

const spaced = '{"id": "a", "input": {"description": "We sell GPUs, by the hour: cheap."}, "expect": {"domains": ["ai-infrastructure"], "stages": [], "revenueModels": ["pay-as-you-go"]}}';
const compact = '{"id":"b","expect":{"revenueModels":[],"domains":[]},"input":{"description":"x"}}';
const abstaining = '{"id": "c", "input": {"description": "A bakery."}, "expect": {"domains": [], "abstain": "no-ai-signal"}}';

describe("relabelText", () => {
  it.each([
    ["keeps the spaced style and the key order", spaced, "a", { domains: ["rag"] }, spaced.replace('"domains": ["ai-infrastructure"]', '"domains": ["rag"]')],
    ["keeps a compact line compact, in its own key order", compact, "b", { domains: ["rag", "mlops"], revenueModels: ["subscription"] }, compact.replace('"expect":{"revenueModels":[],"domains":[]}', '"expect":{"revenueModels":["subscription"],"domains":["rag","mlops"]}')],
    ["adds a key the line lacked only when it has something", compact, "b", { domains: ["rag"], stages: ["model"] }, compact.replace('"expect":{"revenueModels":[],"domains":[]}', '"expect":{"revenueModels":[],"domains":["rag"],"stages":["model"]}')],
    ["drops abstain once there are domains", abstaining, "c", { domains: ["ai-saas"] }, abstaining.replace('"expect": {"domains": [], "abstain": "no-ai-signal"}', '"expect": {"domains": ["ai-saas"]}')],
    ["keeps abstain while there are none, or takes the new reason", abstaining, "c", { domains: [], abstain: "ai-used-internally" }, abstaining.replace("no-ai-signal", "ai-used-internally")],
  ] as const)("%s", (_, line, id, expect_, written) => {
    expect(relabelText(line, id, expect_ as never).text).toBe(written);
  });

  it("changes one line of a file and leaves the others and their line endings as they were", () => {
    const text = `${abstaining}\r\n\r\n${spaced}\r\n${compact}`;
    const out = relabelText(text, "a", { domains: ["rag"] });
    expect(out.line).toBe(3);
    expect(out.text).toBe(`${abstaining}\r\n\r\n${spaced.replace('"domains": ["ai-infrastructure"]', '"domains": ["rag"]')}\r\n${compact}`);
    expect(out.expect).toEqual({ domains: ["rag"], stages: [], revenueModels: ["pay-as-you-go"] });
  });

  it.each([
    ["an unknown id", `${spaced}\n`, "z", 'No valid fixture with id "z" in this file'],
    ["an id on two lines", `${spaced}\n${spaced}\n`, "a", 'The id "a" is on lines 1 and 2: make it unique by hand first'],
    ["an id only on a line that is not a valid fixture", `${spaced.replace('"ai-infrastructure"', '"nope"')}\n`, "a", 'No valid fixture with id "a" in this file'],
  ])("refuses %s", (_, text, id, message) => {
    expect(() => findFixtureLine(text, id)).toThrow(new RelabelError("id", message));
  });
});
