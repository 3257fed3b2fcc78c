/** The little of fast-formula-parser (MIT, no types of its own) that the formula tests use. */
declare module "fast-formula-parser" {
  export interface CellRef {
    sheet?: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet?: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export interface ParserConfig {
    /** 1-based row and column. */
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
    onVariable?: (name: string, sheet: string) => CellRef | RangeRef | null;
    functions?: Record<string, (...args: unknown[]) => unknown>;
  }
  export default class FormulaParser {
    constructor(config?: ParserConfig);
    /** The formula without « = »; errors come back as FormulaError values (`{ _error: "#VALUE!" }`). */
    parse(formula: string, position: { row: number; col: number; sheet: string }, allowReturnArray?: boolean): unknown;
  }
}
