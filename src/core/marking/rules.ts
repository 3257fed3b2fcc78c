import type { Rule } from "../model/grid";

/** The first rule whose flag is raised in the evaluation: it decides the result whatever the levels. */
export function applicableRule(rules: readonly Rule[], flags: Readonly<Record<string, boolean>>): Rule | undefined {
  return rules.find((rule) => flags[rule.flag] === true);
}
