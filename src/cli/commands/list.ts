import type { CompiledGrid } from "../../core/model/compile";
import { formatNumber } from "../../core/text/numbers";
import { builtInGrids } from "../../referentials";
import { gridName } from "../../referentials/grid-name";
import { renderTable } from "../format/table";
import { messages } from "../messages";
import type { Terminal } from "../terminal";

/** A scale in a few characters: « N/F/M/E (Paliers de compétences) », « P1…P6 », « 0–100 % ». */
function scaleSummary(compiled: CompiledGrid, term: Terminal): string {
  const { scale } = compiled.grid;
  switch (scale.kind) {
    case "levels":
      return `${scale.levels.map((l) => l.code).join("/")} (${scale.label})`;
    case "periods": {
      const codes = scale.levels.map((l) => l.code);
      return codes.length > 2 ? `${codes[0]}…${codes[codes.length - 1]}` : codes.join(", ");
    }
    case "percent":
      return `${formatNumber(scale.min, term.locale)}–${formatNumber(scale.max, term.locale)} %`;
  }
}

export interface ListOptions {
  json?: boolean;
}

/** `grille list`: the built-in grids. */
export function listCommand(options: ListOptions, term: Terminal): number {
  const grids = [...builtInGrids().values()];
  const rows = grids.map((compiled) => {
    const { grid } = compiled;
    return {
      id: grid.id,
      name: gridName(grid),
      epreuve: grid.epreuve?.code ?? null,
      title: grid.epreuve?.title ?? grid.title,
      diploma: grid.diploma,
      items: grid.items.length,
      scale: scaleSummary(compiled, term),
    };
  });
  if (options.json) {
    term.out(JSON.stringify({ grids: rows }, null, 2));
    return 0;
  }
  const { list } = messages;
  const header = [list.id, list.name, list.epreuve, list.title, list.diploma, list.items, list.scale].map((h) => term.t(h));
  const body = rows.map((r) => [r.id, r.name, r.epreuve ?? "—", r.title, r.diploma, String(r.items), r.scale]);
  for (const line of renderTable(header, body, { paint: (t, tone) => term.paint(t, tone), right: [5], maxWidth: term.width, shrinkable: [3, 4] })) term.out(line);
  return 0;
}
