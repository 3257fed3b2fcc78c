import type { Rounding } from "../model/grid";
import { text, type Text } from "../i18n/locale";

/** Below this, a difference is floating-point noise (0.1 + 0.2), not a mark. */
const NOISE = 1e-9;

/** Rounds a mark by the grid's rule. Idempotent: rounding a rounded mark changes nothing. */
export function roundMark(value: number, rounding: Rounding): number {
  switch (rounding) {
    case "up-half":
      // « + 0 »: a mark of 0 would come out as -0, which French number formatting prints « -0 ».
      return Math.ceil(value * 2 - NOISE) / 2 + 0;
    case "nearest-half":
      return Math.round(value * 2 + NOISE) / 2;
    case "nearest-tenth":
      return Math.round(value * 10 + NOISE) / 10;
    case "nearest-hundredth":
      return Math.round(value * 100 + NOISE) / 100;
    case "none":
      return value;
  }
}

export function describeRounding(rounding: Rounding): Text {
  switch (rounding) {
    case "up-half":
      return text("arrondi au ½ point supérieur", "rounded up to the next ½ point");
    case "nearest-half":
      return text("arrondi au ½ point le plus proche", "rounded to the nearest ½ point");
    case "nearest-tenth":
      return text("arrondi au dixième", "rounded to the nearest tenth");
    case "nearest-hundredth":
      return text("arrondi au centième", "rounded to the nearest hundredth");
    case "none":
      return text("sans arrondi", "not rounded");
  }
}
