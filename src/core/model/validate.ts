import type { GridFile } from "./grid";
import { walkNodes } from "./referential";
import { levelsOf } from "./scale";

/** A problem in a grid file, with the JSON path it concerns. */
export interface SchemaProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Checks what the shape alone cannot: unique ids and codes, references between the referential and the
 * grid, points and weights that name existing levels and items, a marking that fits the scale.
 */
export function validateGridFile(file: GridFile): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const { referential, grid } = file;

  const nodeIds = new Set<string>();
  for (const node of walkNodes(referential.nodes)) {
    if (nodeIds.has(node.id)) problems.push({ path: ["referential", "nodes"], message: `identifiant de nœud en double : « ${node.id} »` });
    nodeIds.add(node.id);
  }

  const levels = levelsOf(grid.scale);
  const levelCodes = new Set<string>();
  levels.forEach((level, i) => {
    if (levelCodes.has(level.code)) problems.push({ path: ["grid", "scale", "levels", i, "code"], message: `code de niveau en double : « ${level.code} »` });
    levelCodes.add(level.code);
  });
  const withPoints = levels.filter((l) => l.points !== undefined).length;
  if (withPoints !== 0 && withPoints !== levels.length) {
    problems.push({ path: ["grid", "scale", "levels"], message: "les points doivent être donnés pour tous les niveaux ou pour aucun" });
  }

  for (const node of walkNodes(referential.nodes)) {
    for (const code of Object.keys(node.descriptors ?? {})) {
      if (!levelCodes.has(code)) problems.push({ path: ["referential", "nodes"], message: `le nœud « ${node.id} » décrit un niveau inexistant : « ${code} »` });
    }
  }

  const itemIds = new Set<string>();
  grid.items.forEach((item, i) => {
    if (itemIds.has(item.id)) problems.push({ path: ["grid", "items", i, "id"], message: `item en double : « ${item.id} »` });
    itemIds.add(item.id);
    if (!nodeIds.has(item.node)) problems.push({ path: ["grid", "items", i, "node"], message: `nœud inconnu du référentiel : « ${item.node} »` });
  });

  const fieldIds = new Set<string>();
  grid.fields.forEach((field, i) => {
    if (fieldIds.has(field.id)) problems.push({ path: ["grid", "fields", i, "id"], message: `champ en double : « ${field.id} »` });
    fieldIds.add(field.id);
  });
  if (grid.fields.filter((f) => f.kind === "mark").length > 1) {
    problems.push({ path: ["grid", "fields"], message: "une grille n'a qu'un seul champ de note" });
  }

  const flags = new Set<string>();
  grid.rules.forEach((rule, i) => {
    if (flags.has(rule.id)) problems.push({ path: ["grid", "rules", i, "id"], message: `règle en double : « ${rule.id} »` });
    flags.add(rule.id);
  });

  const marking = grid.marking;
  if (marking) {
    const groups = marking.kind === "coverage" || marking.kind === "points-sum" ? [] : marking.groups;
    const groupIds = new Set<string>();
    groups.forEach((group, i) => {
      if (groupIds.has(group.id)) problems.push({ path: ["grid", "marking", "groups", i, "id"], message: `groupe en double : « ${group.id} »` });
      groupIds.add(group.id);
    });
    grid.items.forEach((item, i) => {
      if (groups.length === 0) return;
      if (item.group === undefined) problems.push({ path: ["grid", "items", i, "group"], message: `l'item « ${item.id} » doit appartenir à un groupe du barème` });
      else if (!groupIds.has(item.group)) problems.push({ path: ["grid", "items", i, "group"], message: `groupe inconnu : « ${item.group} »` });
    });
    for (const group of groups) {
      if (!grid.items.some((item) => item.group === group.id)) {
        problems.push({ path: ["grid", "marking", "groups"], message: `le groupe « ${group.id} » ne contient aucun item` });
      }
    }
    if (marking.kind === "weighted-mean") {
      for (const key of Object.keys(marking.weights)) {
        if (!itemIds.has(key)) problems.push({ path: ["grid", "marking", "weights", key], message: `pondération d'un item inexistant : « ${key} »` });
      }
      if (grid.scale.kind === "periods") problems.push({ path: ["grid", "marking", "kind"], message: "une échelle de périodes ne se note pas par moyenne pondérée" });
      if (marking.override && marking.override.min > marking.override.max) {
        problems.push({ path: ["grid", "marking", "override"], message: "le minimum dépasse le maximum" });
      }
    }
    if (marking.kind === "points-sum") {
      for (const key of Object.keys(marking.maxima)) {
        if (!itemIds.has(key)) problems.push({ path: ["grid", "marking", "maxima", key], message: `maximum d'un item inexistant : « ${key} »` });
      }
      grid.items.forEach((item, i) => {
        if (marking.maxima[item.id] === undefined) problems.push({ path: ["grid", "items", i], message: `l'item « ${item.id} » n'a pas de maximum de points` });
      });
    }
    if (marking.kind === "coverage" && grid.scale.kind !== "periods") {
      problems.push({ path: ["grid", "marking", "kind"], message: "la couverture demande une échelle de périodes" });
    }
    if (marking.kind === "domain-percent" && grid.scale.kind !== "percent") {
      problems.push({ path: ["grid", "marking", "kind"], message: "les pourcentages par domaine demandent une échelle en pourcentage" });
    }
  }
  if (grid.scale.kind === "percent" && grid.scale.min >= grid.scale.max) {
    problems.push({ path: ["grid", "scale", "max"], message: "le maximum doit dépasser le minimum" });
  }
  return problems;
}
