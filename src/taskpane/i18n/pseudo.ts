/**
 * The pseudo-locale « qps »: every catalogue string accented, bracketed and 40 % longer
 * (« Reconnaître la grille » → « [Ŗéçöññåîţŕé ļå ğŕîļļé·········] »). A text typed in a component
 * instead of the catalogue stays plain and stands out; a layout that breaks with longer text shows.
 */

const ACCENTED: Readonly<Record<string, string>> = {
  a: "å", b: "ƀ", c: "ç", d: "ð", e: "é", f: "ƒ", g: "ğ", h: "ĥ", i: "î", j: "ĵ", k: "ķ", l: "ļ", m: "ɱ",
  n: "ñ", o: "ö", p: "þ", q: "ǫ", r: "ŕ", s: "š", t: "ţ", u: "û", v: "ṽ", w: "ŵ", x: "ẋ", y: "ý", z: "ž",
  A: "Å", B: "Ɓ", C: "Ç", D: "Ð", E: "É", F: "Ƒ", G: "Ğ", H: "Ĥ", I: "Î", J: "Ĵ", K: "Ķ", L: "Ļ", M: "Ṁ",
  N: "Ñ", O: "Ö", P: "Þ", Q: "Ǫ", R: "Ŗ", S: "Š", T: "Ţ", U: "Û", V: "Ṽ", W: "Ŵ", X: "Ẋ", Y: "Ý", Z: "Ž",
};

const PADDING = "·";
const PLACEHOLDER = /(\{\w+\})/;

/** One plural form: placeholders kept as they are, letters accented, padded, bracketed. */
function pseudoForm(form: string): string {
  let visible = 0;
  const body = form
    .split(PLACEHOLDER)
    .map((part) => {
      if (PLACEHOLDER.test(part)) return part;
      visible += part.length;
      return part.replace(/[a-zA-Z]/g, (ch) => ACCENTED[ch] ?? ch);
    })
    .join("");
  return `[${body}${PADDING.repeat(Math.max(1, Math.ceil(visible * 0.4)))}]`;
}

/** A catalogue message in the pseudo-locale; each plural form (« a|b ») is bracketed on its own. */
export function pseudoLocalise(message: string): string {
  return message.split("|").map(pseudoForm).join("|");
}

/** Whether a rendered text is one pseudo-localised message (its parameters may hold any data). */
export function isPseudoLocalised(text: string): boolean {
  return /^\[[\s\S]*·\]$/.test(text.trim());
}
