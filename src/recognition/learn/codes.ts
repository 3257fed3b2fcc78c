/**
 * An item code at the start of a label, in the forms grids print: 1.1, 1.2.3, A1-02, C3.2, C01, Q4,
 * D1-3/1. Recognition's own `leadingCode` knows the numeric forms only; learning needs the others to
 * tell items from sections (a code that prefixes the next codes heads them).
 */
const CODE = /^\s*((?:[A-Za-z]{1,3}\d{1,3}|\d{1,3})(?:[.\-/]\d{1,3})*)[a-z]?(?=[\s.:)–-]|$)[\s.:)–-]*(.*)$/s;

export function itemCode(raw: string): { code: string; rest: string } | null {
  const match = CODE.exec(raw);
  if (!match) return null;
  const code = match[1]!;
  // A lone small number followed by a word is more likely « 2 points » than a code.
  if (/^\d+$/.test(code) && /^(?:points?|pts?|h|heures?|min|%)\b/i.test(match[2]!)) return null;
  return { code, rest: match[2]!.trim() };
}

/** `parent` heads `child`: « 1 » heads « 1.2 », « C3 » heads « C3.2 », « A1 » heads « A1-02 ». */
export const heads = (parent: string, child: string): boolean => child.length > parent.length && child.startsWith(parent) && /^[.\-/]/.test(child.slice(parent.length));
