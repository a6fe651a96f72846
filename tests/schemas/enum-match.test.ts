import { describe, expect, it } from "vitest";
import { didYouMean, enumKey, matchEnum } from "../../src/schemas/enum-match.ts";
import { CAPABILITIES, OFFERINGS } from "../../src/schemas/ids.ts";

describe("matchEnum", () => {
  it.each([
    ["SaaS", OFFERINGS, "saas"],
    [" NLP ", CAPABILITIES, "nlp"],
    ["Consumer App", OFFERINGS, "consumer-app"],
    ["consumer_app", OFFERINGS, "consumer-app"],
    ["OPEN--source", OFFERINGS, "open-source"],
  ])("%j is %s's %j", (value, ids, id) => {
    expect(matchEnum(value, ids)).toEqual({ ok: true, value: id });
  });

  it.each([
    ["sass", OFFERINGS, 'Unknown value "sass": did you mean "saas"?'],
    ["vison", CAPABILITIES, 'Unknown value "vison": did you mean "computer-vision"?'],
    ["marketplce", OFFERINGS, 'Unknown value "marketplce": did you mean "marketplace"?'],
    ["crypto", OFFERINGS, `Unknown value "crypto": expected one of ${OFFERINGS.join(", ")}`],
  ])("%j is unknown: %s", (value, ids, message) => {
    expect(matchEnum(value, ids)).toEqual({ ok: false, message });
  });

  it("keys and suggestions", () => {
    expect(enumKey(" Short_Description ")).toBe("short-description");
    expect(didYouMean("descripton", ["id", "name", "description"])).toBe("description");
    expect(didYouMean("xyz", ["id", "name", "description"])).toBeUndefined();
  });
});
