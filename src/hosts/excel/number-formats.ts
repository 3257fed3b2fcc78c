/**
 * The serial numbers Excel stores dates as. Which formats are dates is shared with the .xlsx adapter
 * (src/recognition/snapshot/formats.ts), so that both hosts give the same snapshot for the same workbook.
 */
export { formatMatters, isDateFormat } from "../../recognition/snapshot/formats";

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
