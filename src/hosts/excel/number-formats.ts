/**
 * Number formats, as Excel's `Range.numberFormat` gives them (the invariant, English codes), and the
 * serial numbers Excel stores dates as. The rules are the .xlsx adapter's, so that both hosts give the
 * same snapshot for the same workbook.
 */

/** A number format that makes the value a date or a time: d, m, y, h or s outside quotes and brackets. */
export function isDateFormat(numberFormat: string): boolean {
  const bare = numberFormat
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Only percentages and dates change what a value means; other formats are not kept in a snapshot. */
export const formatMatters = (numberFormat: string): boolean => numberFormat.includes("%") || isDateFormat(numberFormat);

const DAY_MS = 86_400_000;
/** The serial number of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A date serial → "yyyy-mm-dd", as ExcelJS converts it (so the .xlsx and Excel hosts agree), or null when
 * it is not a date. The 1904 date system (old Mac workbooks) is not handled: such dates read 4 years early.
 */
export function serialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS));
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}
