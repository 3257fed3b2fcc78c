import type { Panel, PanelMembers } from "../model/grid";
import type { PanelMember } from "../model/evaluation";
import { text } from "../i18n/locale";
import { foldedWords } from "../text/fold";
import type { Finding } from "./finding";

/** The roles a member's role (or name) text names: « Mme X (économie-gestion) » → teacher. */
function rolesOf(rule: PanelMembers, member: PanelMember): Set<string> {
  const words = new Set(foldedWords(`${member.role ?? ""} ${member.name ?? ""}`));
  return new Set(rule.roles.filter((role) => role.keywords.some((k) => foldedWords(k).every((w) => words.has(w)))).map((r) => r.id));
}

/** Whether the members can take the composition's roles one each (a small bipartite matching). */
function fits(composition: readonly string[], members: readonly Set<string>[]): boolean {
  if (composition.length !== members.length) return false;
  const place = (i: number, free: readonly string[]): boolean =>
    i === members.length || free.some((role, k) => members[i]!.has(role) && place(i + 1, [...free.slice(0, k), ...free.slice(k + 1)]));
  return place(0, composition);
}

function describe(rule: PanelMembers, locale: "fr" | "en"): string {
  const label = (id: string) => rule.roles.find((r) => r.id === id)?.label ?? id;
  return rule.accepted.map((c) => c.map(label).join(locale === "fr" ? " et " : " and ")).join(locale === "fr" ? ", ou " : ", or ");
}

/**
 * The panel against the official composition (E33: a teacher of économie-gestion and a professional,
 * or two teachers). Fewer members than any accepted composition is blocking; members whose roles do
 * not make an accepted composition is a warning, since a role is read from free text.
 */
export function checkComposition(spec: Panel, members: readonly PanelMember[], at: string | undefined): Finding[] {
  const rule = spec.members;
  if (!rule || members.length === 0) return [];
  const smallest = Math.min(...rule.accepted.map((c) => c.length));
  const base = { field: "panel", at };
  if (members.length < smallest) {
    return [
      {
        ...base,
        code: "panel-too-small",
        severity: "blocking",
        message: text(
          `Commission incomplète : ${members.length} membre${members.length > 1 ? "s" : ""} ; la grille officielle en demande ${smallest} (${describe(rule, "fr")})`,
          `Panel incomplete: ${members.length} member${members.length > 1 ? "s" : ""}; the official grid asks for ${smallest} (${describe(rule, "en")})`,
        ),
      },
    ];
  }
  const roles = members.map((m) => rolesOf(rule, m));
  if (rule.accepted.some((composition) => fits(composition, roles))) return [];
  return [
    {
      ...base,
      code: "panel-composition",
      severity: "warning",
      message: text(
        `Composition de la commission à vérifier : la grille officielle demande ${describe(rule, "fr")}`,
        `Check the panel's composition: the official grid asks for ${describe(rule, "en")}`,
      ),
    },
  ];
}
