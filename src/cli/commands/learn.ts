import path from "node:path";
import { parseGridFile } from "../../core/model/parse";
import type { GridFile } from "../../core/model/grid";
import { readDocx, storeDocxPayload, writeDocx } from "../../hosts/docx";
import { writeAtomically } from "../../hosts/node/files";
import { readXlsx, storeBindingMap, writeXlsx } from "../../hosts/xlsx";
import { documentPayloadWithGrid } from "../../recognition/document/stored-grids";
import { documentToSheet } from "../../recognition/document/to-sheet";
import { learnDocument, learnGrid, type LearnResult } from "../../recognition/learn";
import { mapWithGrid } from "../../recognition/workbook/stored-grids";
import { EXIT } from "../exit-codes";
import { isDocumentPath } from "../files";
import { learnMessages as m } from "../learn-messages";
import { learnJson, nothingLines, proposalLines } from "../learn-report";
import { messages, readErrorMessage } from "../messages";
import { outputAllowed, sameFile } from "../output";
import type { Terminal } from "../terminal";

export interface LearnOptions {
  sheet?: string;
  output?: string;
  embed?: string;
  json?: boolean;
  force?: boolean;
}

/** « classe.xlsx » → « classe.grille.json », beside it. */
export const defaultGridPath = (input: string): string => path.join(path.dirname(input), `${path.basename(input, path.extname(input))}.grille.json`);

/** The grid file's text: indented JSON, as a teacher or a colleague opens it. */
export const gridFileText = (file: GridFile): string => `${JSON.stringify(file, null, 2)}\n`;

/** Where to write is checked before anything is read: never the input, never an existing file without --force. */
function targetsAllowed(input: string, output: string, embed: string | undefined, options: LearnOptions, term: Terminal): boolean {
  if (sameFile(output, input)) {
    term.err(messages.outputIsInput(output));
    return false;
  }
  if (embed !== undefined) {
    if (sameFile(embed, input)) {
      term.err(m.embedIsInput(embed));
      return false;
    }
    if (path.extname(embed).toLowerCase() !== path.extname(input).toLowerCase()) {
      term.err(m.embedFormat(embed, path.extname(input)));
      return false;
    }
  }
  return outputAllowed(output, options.force, term) && (embed === undefined || outputAllowed(embed, options.force, term));
}

type Learned = { ok: true; result: LearnResult; embed: (file: GridFile, target: string) => Promise<{ ok: true } | { ok: false; error: string }> } | { ok: false };

/** Reads the file and learns from it; a file that cannot be read, or a --sheet it lacks, is said and is a failure. */
async function learnFrom(input: string, options: LearnOptions, term: Terminal): Promise<Learned> {
  if (isDocumentPath(input)) {
    if (options.sheet !== undefined) {
      term.err(m.sheetInDocument);
      return { ok: false };
    }
    const read = await readDocx(input);
    if (!read.ok) {
      term.err(readErrorMessage(read.error, input, term.locale));
      return { ok: false };
    }
    const embed = async (file: GridFile, target: string) => {
      await storeDocxPayload(read.document, documentPayloadWithGrid(documentToSheet(read.snapshot), read.snapshot.bindingMap, file));
      return writeDocx(read.document, target);
    };
    return { ok: true, result: learnDocument(read.snapshot), embed };
  }
  const read = await readXlsx(input);
  if (!read.ok) {
    term.err(readErrorMessage(read.error, input, term.locale));
    return { ok: false };
  }
  const sheets = read.snapshot.sheets.map((s) => s.name);
  if (options.sheet !== undefined && !sheets.includes(options.sheet)) {
    term.err(m.noSheet(input, options.sheet, sheets));
    return { ok: false };
  }
  const embed = (file: GridFile, target: string) => {
    storeBindingMap(read.workbook, mapWithGrid(read.snapshot.bindingMap, file));
    return writeXlsx(read.workbook, target);
  };
  return { ok: true, result: learnGrid(read.snapshot, options.sheet === undefined ? {} : { sheet: options.sheet }), embed };
}

/**
 * `grille learn <file> [--sheet NAME] [-o grille.json] [--embed copy] [--json]`: proposes the grid of a
 * file Grille does not know and writes it as a grid file (valid against the schema), for `check`, `mark`
 * and `new --grid` and for the pane. The input is only read.
 */
export async function learnCommand(input: string, options: LearnOptions, term: Terminal): Promise<number> {
  const output = options.output ?? defaultGridPath(input);
  if (!targetsAllowed(input, output, options.embed, options, term)) return EXIT.unreadable;
  const learned = await learnFrom(input, options, term);
  if (!learned.ok) return EXIT.unreadable;
  const { result } = learned;
  const name = path.basename(input);

  if (result.kind === "nothing") {
    if (options.json) term.out(JSON.stringify(learnJson(result, { input, output: null, embedded: null }, term.locale), null, 2));
    else {
      term.out(m.nothing(name));
      for (const line of nothingLines(result, term)) term.out(line);
    }
    return EXIT.findings;
  }

  // The learner promises a valid file; checked again here, for the file is meant to be used as it is.
  const valid = parseGridFile(result.file);
  if (!valid.ok) {
    term.err(m.invalid);
    for (const error of valid.errors) term.err(`  - ${error}`);
    return EXIT.findings;
  }
  const written = await writeAtomically(output, () => Promise.resolve(Buffer.from(gridFileText(result.file), "utf8")), "un éditeur");
  if (!written.ok) {
    term.err(written.error);
    return EXIT.unreadable;
  }
  if (options.embed !== undefined) {
    const embedded = await learned.embed(result.file, options.embed);
    if (!embedded.ok) {
      term.err(embedded.error);
      return EXIT.unreadable;
    }
  }

  if (options.json) {
    term.out(JSON.stringify(learnJson(result, { input, output, embedded: options.embed ?? null }, term.locale), null, 2));
    return EXIT.ok;
  }
  for (const line of proposalLines(result, { file: name, document: isDocumentPath(input) }, term)) term.out(line);
  term.out();
  term.out(m.wrote(output));
  if (options.embed !== undefined) term.out(m.embedded(options.embed));
  term.out(m.next(output, input));
  return EXIT.ok;
}
