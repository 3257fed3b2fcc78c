/**
 * Number formats as both hosts see them (Excel's invariant English codes, ExcelJS's numFmt): only
 * percentages and dates change what a value means, so only they are kept in a snapshot.
 */

/** A number format that makes the value a date or a time: d, m, y, h or s outside quotes and brackets. */
export function isDateFormat(numberFormat: string): boolean {
  const bare = numberFormat
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

export const formatMatters = (numberFormat: string | undefined): numberFormat is string =>
  !!numberFormat && (numberFormat.includes("%") || isDateFormat(numberFormat));
