import fc from "fast-check";
import { roundMark } from "../../src/core";

/**
 * Every rounding mode pinned on concrete marks (the official E31 cases first), then checked against an
 * oracle in whole hundredths (integer arithmetic, no floating point) over the marks teachers give: 0 to
 * 20 in hundredths. The oracle is not the engine's formula, so a wrong mode cannot agree with it.
 */

describe("roundMark: up-half (E31 « arrondie au ½ point supérieur »)", () => {
  it.each([
    [11.6667, 12],
    [6.6667, 7],
    [15.0, 15],
    [15.01, 15.5],
    [0, 0],
    [20, 20],
    [12.25, 12.5],
    [12.5, 12.5],
    [12.51, 13],
    [0.01, 0.5],
  ])("%p → %p", (mark, rounded) => {
    expect(roundMark(mark, "up-half")).toBe(rounded);
  });

  it("does not let floating-point noise push a whole mark up: 0.1 × 3 × 10 → 3, (0.7 + 0.1) × 10 → 8", () => {
    expect(roundMark(0.1 * 3 * 10, "up-half")).toBe(3);
    expect(roundMark((0.7 + 0.1) * 10, "up-half")).toBe(8);
  });
});

describe("roundMark: the other modes", () => {
  it.each([
    [11.6667, 11.5],
    [6.6667, 6.5],
    [15.01, 15],
    [12.25, 12.5],
    [12.74, 12.5],
    [12.75, 13],
    [0.24, 0],
  ])("nearest-half: %p → %p", (mark, rounded) => {
    expect(roundMark(mark, "nearest-half")).toBe(rounded);
  });

  it.each([
    [11.6667, 11.7],
    [6.6667, 6.7],
    [15.01, 15],
    [12.25, 12.3],
    [12.34, 12.3],
    [12.35, 12.4],
  ])("nearest-tenth: %p → %p", (mark, rounded) => {
    expect(roundMark(mark, "nearest-tenth")).toBe(rounded);
  });

  it.each([
    [11.6667, 11.67],
    [6.6667, 6.67],
    [15.01, 15.01],
    [12.345, 12.35],
    [0.125, 0.13],
    [19.994, 19.99],
  ])("nearest-hundredth: %p → %p", (mark, rounded) => {
    expect(roundMark(mark, "nearest-hundredth")).toBe(rounded);
  });

  it.each([[11.6667], [15.01], [0], [20]])("none: %p stays as it is", (mark) => {
    expect(roundMark(mark, "none")).toBe(mark);
  });
});

/** A mark from 0 to 20 in hundredths, as a whole number of hundredths. */
const hundredths = fc.integer({ min: 0, max: 2000 });

/** What each mode gives for `n` hundredths, in integer arithmetic: whole halves, tenths or hundredths. */
const oracle = {
  "up-half": (n: number) => Math.floor((n + 49) / 50) / 2,
  "nearest-half": (n: number) => Math.floor((n + 25) / 50) / 2,
  "nearest-tenth": (n: number) => Math.floor((n + 5) / 10) / 10,
  "nearest-hundredth": (n: number) => n / 100,
} as const;

describe("roundMark against an integer oracle, marks 0 to 20 in hundredths", () => {
  it.each(Object.keys(oracle) as (keyof typeof oracle)[])("%s", (mode) => {
    fc.assert(fc.property(hundredths, (n) => roundMark(n / 100, mode) === oracle[mode](n)));
  });

  it("up-half: never below the mark, less than ½ above it, on a ½ point", () => {
    fc.assert(
      fc.property(hundredths, (n) => {
        const rounded = roundMark(n / 100, "up-half");
        return rounded * 100 >= n - 1e-6 && rounded * 100 - n < 50 && Number.isInteger(rounded * 2);
      }),
    );
  });
});
