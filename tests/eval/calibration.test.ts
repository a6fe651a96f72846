import { describe, expect, it } from "vitest";
import { fitCalibration, fitLogistic, reliability } from "../../src/eval/calibration.ts";

describe("reliability", () => {
  it("buckets named predictions by confidence and measures the gap to accuracy", () => {
    const r = reliability([
      { confidence: 0.9, correct: true },
      { confidence: 1, correct: false },
      { confidence: 0.3, correct: true },
    ]);
    expect(r.buckets.map((b) => [b.from, b.to, b.count, b.meanConfidence, b.accuracy])).toEqual([
      [0, 0.2, 0, null, null],
      [0.2, 0.4, 1, 0.3, 1],
      [0.4, 0.6, 0, null, null],
      [0.6, 0.8, 0, null, null],
      [0.8, 1, 2, 0.95, 0.5],
    ]);
    expect(r.ece).toBe(0.533); // (1 × 0.7 + 2 × 0.45) / 3
    expect(r.accuracyAtLeast80).toBe(0.5);
  });

  it("has no figures without predictions", () => {
    expect(reliability([])).toMatchObject({ ece: null, accuracyAtLeast80: null });
  });
});

describe("fitCalibration", () => {
  const many = (raw: number, right: number, wrong: number) => [
    ...Array.from({ length: right }, () => ({ raw, correct: true })),
    ...Array.from({ length: wrong }, () => ({ raw, correct: false })),
  ];

  it("rises, starts at raw 0 and ends at raw 1, and claims no more than the data supports", () => {
    const curve = fitCalibration([...many(0.3, 50, 50), ...many(0.6, 70, 30), ...many(0.9, 95, 5)]);
    expect(curve[0]).toEqual([0, 0]);
    expect(curve[curve.length - 1]![0]).toBe(1);
    for (let i = 1; i < curve.length; i++) {
      expect(curve[i]![0]).toBeGreaterThan(curve[i - 1]![0]);
      expect(curve[i]![1]).toBeGreaterThanOrEqual(curve[i - 1]![1]);
    }
    expect(curve).toEqual([[0, 0], [0.3, 0.404], [0.6, 0.604], [0.899, 0.799], [0.9, 0.888], [1, 0.888]]);
  });

  it("joins a block of fewer than 20 predictions to its closest neighbour", () => {
    const data = [...many(0.2, 0, 5), ...many(0.5, 50, 50), ...many(0.9, 95, 5)];
    expect(fitCalibration(data)).toEqual([[0, 0], [0.2, 0.383], [0.5, 0.383], [0.899, 0.799], [0.9, 0.888], [1, 0.888]]);
    expect(fitCalibration(data, 10, 1)).toEqual([[0, 0], [0.2, 0], [0.5, 0.404], [0.899, 0.799], [0.9, 0.888], [1, 0.888]]);
  });

  it("gives 0.8 or more only where the predictions from that raw value on are right at least 92% of the time", () => {
    // 87.5% right at raw 0.7 claims 0.839 by its Wilson bound, but 0.7 and above are right 88.9% of the time.
    expect(fitCalibration([...many(0.7, 350, 50), ...many(0.95, 50, 0)])).toEqual([[0, 0], [0.7, 0.799], [0.949, 0.799], [0.95, 0.929], [1, 0.929]]);
    // Right 93% of the time from raw 0.7 on: the fitted curve stands there, and only what leads up to it stays under 0.8.
    expect(fitCalibration([...many(0.7, 370, 30), ...many(0.95, 50, 0)])).toEqual([[0, 0], [0.699, 0.799], [0.7, 0.895], [0.95, 0.929], [1, 0.929]]);
    // Never right 92% of the time: nothing reaches 0.8.
    expect(fitCalibration(many(0.9, 90, 10))).toEqual([[0, 0], [0.9, 0.799], [1, 0.799]]);
  });

  it("pools a fall in accuracy into one step (isotonic)", () => {
    expect(fitCalibration([...many(0.4, 80, 20), ...many(0.7, 60, 40)])).toEqual([[0, 0], [0.4, 0.633], [0.7, 0.633], [1, 0.633]]);
  });
});

describe("fitLogistic", () => {
  it("finds a coefficient that separates right from wrong, and rounds to two decimals", () => {
    const rows = [
      ...Array.from({ length: 40 }, (_, i) => ({ inputs: [1, 4], correct: i < 36 })),
      ...Array.from({ length: 40 }, (_, i) => ({ inputs: [1, 0], correct: i < 16 })),
    ];
    const [bias, slope] = fitLogistic(rows, [0, 0]);
    expect(slope).toBeGreaterThan(0.4);
    expect(bias).toBeLessThan(0);
    expect([bias, slope].every((x) => Math.round(x! * 100) / 100 === x)).toBe(true);
  });
});
