export type PaneTheme = "light" | "dark";

/** Dark when Office's body background is dark (#RRGGBB with a relative luminance under one half). */
export function themeOfBackground(color: string | undefined | null): PaneTheme {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!match) return "light";
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}
