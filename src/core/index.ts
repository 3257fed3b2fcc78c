/**
 * The core: what a grid is, how an evaluation is marked and checked. Pure, synchronous, host-neutral.
 */
export * from "./model/scale";
export * from "./model/referential";
export * from "./model/grid";
export * from "./model/provenance";
export * from "./model/evaluation";
export * from "./model/compile";
export * from "./model/parse";
export * from "./marking/result";
export * from "./marking/evaluate";
export * from "./marking/rounding";
export * from "./completeness/finding";
export * from "./completeness/check";
export * from "./i18n/locale";
export * from "./text/numbers";
export { assess, type Assessment } from "./assess";
