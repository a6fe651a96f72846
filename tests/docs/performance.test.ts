import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { machineNow, renderSection, replaceSection, SECTIONS, type Run, type SectionId } from "../../bench/report.ts";

const DOC = readFileSync("docs/performance.md", "utf8");
const IDS = Object.keys(SECTIONS) as SectionId[];

const run = (name: string): Run => ({
  date: new Date("2026-12-03T02:40:00Z"),
  machine: { cpu: "Test CPU", cores: 2, memoryGb: 4, node: "v20.0.0", load: [1, 2, 3] },
  mode: "--quick",
  figures: [{ name, value: 12_345, unit: "rows/s", target: { op: "≥", value: 10_000 } }, { name: "p99", value: 25, unit: "ms", target: { op: "<", value: 50 } }],
});

describe("docs/performance.md, as the benches write it", () => {
  it.each(IDS)("has the %s section: its title and command, a date line, the machine table and the figures table", (id) => {
    const section = new RegExp(`<!-- bench:${id} -->([\\s\\S]*?)<!-- /bench:${id} -->`).exec(DOC)?.[1];
    expect(section, `section ${id}`).toBeDefined();
    expect(section).toContain(`## ${SECTIONS[id].title} (\`${SECTIONS[id].command}\`)`);
    expect(section).toMatch(/^Date: \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\. Run: .+\.$/m);
    expect(section).toContain("| CPU | cores | memory | Node | load average at start (1, 5, 15 min) |");
    expect(section).toContain("| figure | value | target | ratio |");
  });

  it("lists the sections in order, each once", () => {
    const order = [...DOC.matchAll(/<!-- bench:(\w+) -->/g)].map((m) => m[1]);
    expect(order).toEqual(IDS);
  });
});

describe("bench/report.ts", () => {
  it("renders a figure with its target and ratio, for 'at least' and 'below' targets", () => {
    const text = renderSection("batch", run("throughput"));
    expect(text).toContain("Date: 2026-12-03 02:40 UTC. Run: --quick.");
    expect(text).toContain("| Test CPU | 2 | 4.0 GB | v20.0.0 | 1.00, 2.00, 3.00 |");
    expect(text).toContain("| throughput | 12,345 rows/s | ≥ 10,000 rows/s | 1.23 |");
    expect(text).toContain("| p99 | 25 ms | < 50 ms | 2.00 |");
  });

  it("replaces only its own section, and puts a missing one in its place", () => {
    const withAll = IDS.reduce((doc, id) => replaceSection(doc, id, renderSection(id, run(`old ${id}`))), "");
    const updated = replaceSection(withAll, "http", renderSection("http", run("new http")));
    expect(updated).toContain("| new http |");
    expect(updated).not.toContain("| old http |");
    expect(updated).toContain("| old batch |");
    expect(updated).toContain("| old worst |");
    const withoutHttp = withAll.replace(/<!-- bench:http -->[\s\S]*?<!-- \/bench:http -->\n\n/, "");
    const restored = replaceSection(withoutHttp, "http", renderSection("http", run("back")));
    expect([...restored.matchAll(/<!-- bench:(\w+) -->/g)].map((m) => m[1])).toEqual(IDS);
  });

  it("describes the machine it runs on", () => {
    const m = machineNow();
    expect(m.cores).toBeGreaterThan(0);
    expect(m.node).toBe(process.version);
    expect(m.load).toHaveLength(3);
  });
});
