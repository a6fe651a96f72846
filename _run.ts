// quick evaluation: node --import tsx /tmp/lang/run.ts FILE...
import { readFileSync } from "node:fs";
import { createClassifier } from "/work/wt/languages/src/classifier.ts";
const c = createClassifier();
let n = 0, ok = 0, top3 = 0, rev = 0, revOk = 0;
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const f = JSON.parse(line);
    const r = await c.classify(f.input);
    const exp: string[] = f.expect.domains;
    const good = exp.length === 0 ? r.primaryDomain === null : exp.includes(r.primaryDomain as string);
    const t3 = exp.length === 0 ? good : r.primaryDomain !== null && r.domains.slice(0, 3).some((d) => exp.includes(d.id));
    const stated = r.revenueModels.filter((m) => m.source === "stated").map((m) => m.id);
    const missing = (f.expect.revenueModels ?? []).filter((m: string) => !stated.includes(m as never));
    rev += (f.expect.revenueModels ?? []).length; revOk += (f.expect.revenueModels ?? []).length - missing.length;
    n++; if (good) ok++; if (t3) top3++;
    if (!good || missing.length || process.env.V) console.log(`${good ? "  " : "✖ "}${f.id} [${r.language}] exp ${exp.join("|") || "abstain"} got ${r.primaryDomain} (${r.domains.slice(0, 3).map((d) => `${d.id}:${d.score.toFixed(2)}`).join(" ")})${missing.length ? ` MISSING rev ${missing} (stated ${stated})` : ""}\n     kw: ${r.keywords.map((k) => `${k.term}=${k.feature}`).join(", ")}`);
  }
}
console.log(`n=${n} top1=${(ok / n).toFixed(3)} top3=${(top3 / n).toFixed(3)} rev=${revOk}/${rev}`);
