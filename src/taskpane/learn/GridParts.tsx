import { Button, Dropdown, Field, Input, Option, Subtitle2, Switch, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular, SelectObjectRegular } from "@fluentui/react-icons";
import { useId, type ReactNode } from "react";
import type { Rounding } from "../../core/model/grid";
import { Data } from "../components/Data";
import { useShared } from "../components/styles";
import { useT } from "../i18n";
import {
  addItem,
  addGroup,
  addLevel,
  addRule,
  itemRows,
  levelsOfDraft,
  markingMax,
  markingRounding,
  removeField,
  removeGroup,
  removeItem,
  removeLevel,
  splitCode,
  updateField,
  updateGroup,
  updateItem,
  updateLevel,
  updateMarking,
  updatePanel,
  updateRule,
  type Draft,
} from "./draft";
import { NumberInput } from "./NumberInput";

const useStyles = makeStyles({
  part: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS },
  narrow: { display: "grid", gridTemplateColumns: "minmax(0, 5em) minmax(0, 1fr) minmax(0, 5em)", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
});

/** What every part gets: the draft, how to change it, and « Utiliser la sélection » (the selected cells' texts, row by row). */
export interface PartProps {
  draft: Draft;
  onChange: (next: Draft) => void;
  /** Reads the selection; null when there is none or it cannot be read (the editor says why). */
  selection: () => Promise<string[][] | null>;
  /** A built-in grid's variant: only the marking may change. */
  variant: boolean;
}

export function Part({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.part} aria-labelledby={id} data-testid={testId}>
      <Subtitle2 as="h4" id={id}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

function Card({ legend, children, testId }: { legend: ReactNode; children: ReactNode; testId?: string }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.card} data-testid={testId}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
    </fieldset>
  );
}

const SelectionButton = ({ label, onClick }: { label: string; onClick: () => void }) => (
  <Button size="small" appearance="subtle" icon={<SelectObjectRegular />} onClick={onClick}>
    {label}
  </Button>
);

/** Items: code, label, section and weight; « Utiliser la sélection » takes an item's code and label from the selected cell. */
export function ItemsPart({ draft, onChange, selection, variant }: PartProps) {
  const { t } = useT();
  const styles = useStyles();
  const shared = useShared();
  const groups = draft.grid.marking?.kind === "weighted-mean" ? draft.grid.marking.groups : [];
  const weighted = draft.grid.marking?.kind === "weighted-mean";
  const rows = itemRows(draft);

  const fromSelection = async (id: string) => {
    const cell = (await selection())?.flat()[0];
    if (cell) onChange(updateItem(draft, id, splitCode(cell)));
  };
  const addSelected = async () => {
    const texts = (await selection())?.map((row) => row[0]).filter((v): v is string => v !== undefined) ?? [];
    onChange(texts.reduce((d, cell) => { const { code, label } = splitCode(cell); return addItem(d, code, label); }, draft));
  };

  return (
    <Part title={t("learn.items")} testId="learn-items">
      <ol className={shared.list}>
        {rows.map((row, i) => (
          <li key={row.id}>
            <Card legend={variant ? <Data>{`${row.code} ${row.label}`}</Data> : t("learn.item", { index: i + 1 })} testId="learn-item">
              {!variant && (
                <>
                  <div className={styles.pair}>
                    <Field label={t("learn.code")} size="small">
                      <Input size="small" value={row.code} onChange={(_, d) => onChange(updateItem(draft, row.id, { code: d.value }))} />
                    </Field>
                    {weighted && <WeightField draft={draft} onChange={onChange} id={row.id} weight={row.weight} />}
                  </div>
                  <Field label={t("learn.label")} size="small">
                    <Textarea size="small" resize="vertical" value={row.label} onChange={(_, d) => onChange(updateItem(draft, row.id, { label: d.value }))} />
                  </Field>
                  {weighted && (
                    <Field label={t("learn.section")} size="small">
                      <Dropdown
                        size="small"
                        value={groups.find((g) => g.id === row.group)?.label ?? t("learn.noSection")}
                        selectedOptions={[row.group ?? ""]}
                        onOptionSelect={(_, d) => onChange(updateItem(draft, row.id, { group: d.optionValue ? d.optionValue : null }))}
                      >
                        <Option value="">{t("learn.noSection")}</Option>
                        {groups.map((g) => (
                          <Option key={g.id} value={g.id} text={g.label}>
                            <Data>{g.label}</Data>
                          </Option>
                        ))}
                      </Dropdown>
                    </Field>
                  )}
                  <div className={styles.actions}>
                    <SelectionButton label={t("learn.useSelection")} onClick={() => void fromSelection(row.id)} />
                    <Button size="small" appearance="subtle" icon={<DeleteRegular />} disabled={rows.length <= 1} onClick={() => onChange(removeItem(draft, row.id))}>
                      {t("learn.removeItem", { index: i + 1 })}
                    </Button>
                  </div>
                </>
              )}
              {variant && weighted && <WeightField draft={draft} onChange={onChange} id={row.id} weight={row.weight} />}
            </Card>
          </li>
        ))}
      </ol>
      {!variant && (
        <div className={styles.actions}>
          <Button size="small" icon={<AddRegular />} onClick={() => onChange(addItem(draft, "", t("learn.item", { index: rows.length + 1 })))}>
            {t("learn.addItem")}
          </Button>
          <SelectionButton label={t("learn.addSelected")} onClick={() => void addSelected()} />
        </div>
      )}
      {variant && groups.length > 1 && (
        <div className={styles.pair}>
          {groups.map((g) => (
            <Field key={g.id} label={t("learn.sectionWeight", { section: g.label })} size="small">
              <NumberInput value={g.weight} min={0.01} onCommit={(w) => w > 0 && onChange(updateGroup(draft, g.id, { weight: w }))} />
            </Field>
          ))}
        </div>
      )}
      {!variant && weighted && <SectionsPart draft={draft} onChange={onChange} />}
    </Part>
  );
}

/** Sections (the marking's groups): label and weight; the first one added takes every item. */
function SectionsPart({ draft, onChange }: Pick<PartProps, "draft" | "onChange">) {
  const { t } = useT();
  const styles = useStyles();
  const shared = useShared();
  const groups = draft.grid.marking?.kind === "weighted-mean" ? draft.grid.marking.groups : [];
  return (
    <div className={styles.part} data-testid="learn-sections">
      <Subtitle2 as="h5">{t("learn.sections")}</Subtitle2>
      {groups.length === 0 && <span className={shared.muted}>{t("learn.noSections")}</span>}
      <ol className={shared.list}>
        {groups.map((g, i) => (
          <li key={g.id}>
            <Card legend={t("learn.sectionN", { index: i + 1 })} testId="learn-section">
              <div className={styles.pair}>
                <Field label={t("learn.sectionLabel")} size="small">
                  <Input size="small" value={g.label} onChange={(_, d) => onChange(updateGroup(draft, g.id, { label: d.value }))} />
                </Field>
                <Field label={t("learn.weight")} size="small">
                  <NumberInput value={g.weight} min={0.01} onCommit={(w) => w > 0 && onChange(updateGroup(draft, g.id, { weight: w }))} />
                </Field>
              </div>
              <div className={styles.actions}>
                <Button size="small" appearance="subtle" icon={<DeleteRegular />} onClick={() => onChange(removeGroup(draft, g.id))}>
                  {t("learn.removeSection", { index: i + 1 })}
                </Button>
              </div>
            </Card>
          </li>
        ))}
      </ol>
      <div className={styles.actions}>
        <Button size="small" icon={<AddRegular />} onClick={() => onChange(addGroup(draft, t("learn.sectionN", { index: groups.length + 1 })))}>
          {t("learn.addSection")}
        </Button>
      </div>
    </div>
  );
}

function WeightField({ draft, onChange, id, weight }: { draft: Draft; onChange: (d: Draft) => void; id: string; weight: number }) {
  const { t } = useT();
  return (
    <Field label={t("learn.weight")} size="small">
      <NumberInput value={weight} min={0.01} onCommit={(w) => w > 0 && onChange(updateItem(draft, id, { weight: w }))} />
    </Field>
  );
}

/** Levels: code, label, points; the header row can be read from the selection. */
export function LevelsPart({ draft, onChange, selection, variant, onLevelsFromSelection }: PartProps & { onLevelsFromSelection: (texts: string[]) => void }) {
  const { t, number } = useT();
  const styles = useStyles();
  const shared = useShared();
  const levels = levelsOfDraft(draft);
  if (draft.grid.scale.kind === "percent") return <Part title={t("learn.levels")}>{t("learn.percentScale")}</Part>;
  return (
    <Part title={t("learn.levels")} testId="learn-levels">
      <ol className={shared.list}>
        {levels.map((level, i) => (
          <li key={i}>
            <Card legend={variant ? <Data>{level.label}</Data> : t("learn.level", { index: i + 1 })} testId="learn-level">
              <div className={styles.narrow}>
                {!variant && (
                  <>
                    <Field label={t("learn.code")} size="small">
                      <Input size="small" value={level.code} onChange={(_, d) => onChange(updateLevel(draft, i, { code: d.value }))} />
                    </Field>
                    <Field label={t("learn.label")} size="small">
                      <Input size="small" value={level.label} onChange={(_, d) => onChange(updateLevel(draft, i, { label: d.value }))} />
                    </Field>
                  </>
                )}
                <Field label={t("learn.points")} size="small">
                  <NumberInput
                    value={level.points ?? null}
                    placeholder={number((i + 1) / levels.length)}
                    onCommit={(p) => onChange(updateLevel(draft, i, { points: p }))}
                    data-testid="learn-level-points"
                  />
                </Field>
              </div>
              {!variant && (
                <div className={styles.actions}>
                  <Button size="small" appearance="subtle" icon={<DeleteRegular />} disabled={levels.length <= 2} onClick={() => onChange(removeLevel(draft, i))}>
                    {t("learn.removeLevel", { index: i + 1 })}
                  </Button>
                </div>
              )}
            </Card>
          </li>
        ))}
      </ol>
      {!variant && (
        <div className={styles.actions}>
          <Button size="small" icon={<AddRegular />} onClick={() => onChange(addLevel(draft))}>
            {t("learn.addLevel")}
          </Button>
          <SelectionButton
            label={t("learn.levelsFromSelection")}
            onClick={() => void selection().then((rows) => rows && onLevelsFromSelection(rows.flat()))}
          />
        </div>
      )}
    </Part>
  );
}

const ROUNDINGS: readonly Rounding[] = ["up-half", "nearest-half", "nearest-tenth", "nearest-hundredth", "none"];

/** Maximum and rounding, where the marking has them. */
export function MarkingPart({ draft, onChange }: Pick<PartProps, "draft" | "onChange">) {
  const { t } = useT();
  const styles = useStyles();
  const max = markingMax(draft);
  const rounding = markingRounding(draft);
  if (!draft.grid.marking || (max === null && rounding === null)) return <Part title={t("learn.marking")}>{t("learn.noMarking")}</Part>;
  return (
    <Part title={t("learn.marking")} testId="learn-marking">
      <div className={styles.pair}>
        {max !== null && (
          <Field label={t("learn.max")} size="small">
            <NumberInput value={max} min={0.01} onCommit={(m) => m > 0 && onChange(updateMarking(draft, { max: m }))} />
          </Field>
        )}
        {rounding !== null && (
          <Field label={t("learn.rounding")} size="small">
            <Dropdown size="small" value={t(`learn.rounding.${rounding}`)} selectedOptions={[rounding]} onOptionSelect={(_, d) => d.optionValue && onChange(updateMarking(draft, { rounding: d.optionValue as Rounding }))}>
              {ROUNDINGS.map((r) => (
                <Option key={r} value={r}>
                  {t(`learn.rounding.${r}`)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
      </div>
    </Part>
  );
}

/** Fields (identity, date, appraisal, the mark cell) with « obligatoire », the panel and the rules. */
export function FieldsPart({ draft, onChange, selection }: PartProps) {
  const { t } = useT();
  const styles = useStyles();
  const shared = useShared();
  const { panel, rules } = draft.grid;
  const labelFromSelection = async (apply: (label: string) => void) => {
    const cell = (await selection())?.flat()[0];
    if (cell) apply(cell.replace(/\s*:\s*$/, "").trim());
  };
  return (
    <>
      <Part title={t("learn.fields")} testId="learn-fields">
        <ul className={shared.list}>
          {draft.grid.fields.map((field) => (
            <li key={field.id}>
              <Card legend={t(`learn.fieldKind.${field.kind}`)}>
                <Field label={t("learn.label")} size="small">
                  <Input size="small" value={field.label} onChange={(_, d) => onChange(updateField(draft, field.id, { label: d.value }))} />
                </Field>
                <div className={styles.actions}>
                  <Switch label={t("learn.required")} checked={field.required} onChange={(_, d) => onChange(updateField(draft, field.id, { required: d.checked }))} />
                  <SelectionButton label={t("learn.useSelection")} onClick={() => void labelFromSelection((label) => onChange(updateField(draft, field.id, { label })))} />
                  <Button size="small" appearance="subtle" icon={<DeleteRegular />} onClick={() => onChange(removeField(draft, field.id))}>
                    {t("learn.removeField", { field: field.label })}
                  </Button>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t("learn.panel")} testId="learn-panel">
        {panel ? (
          <div className={styles.card}>
            <Field label={t("learn.panelLabel")} size="small">
              <Input size="small" value={panel.label} onChange={(_, d) => onChange(updatePanel(draft, { label: d.value }))} />
            </Field>
            <div className={styles.actions}>
              <Switch label={t("learn.required")} checked={panel.required} onChange={(_, d) => onChange(updatePanel(draft, { required: d.checked }))} />
              <SelectionButton label={t("learn.useSelection")} onClick={() => void labelFromSelection((label) => onChange(updatePanel(draft, { label })))} />
              <Button size="small" appearance="subtle" icon={<DeleteRegular />} onClick={() => onChange(updatePanel(draft, null))}>
                {t("learn.removePanel")}
              </Button>
            </div>
          </div>
        ) : (
          <div className={styles.actions}>
            <span className={shared.muted}>{t("learn.noPanel")}</span>
            <Button size="small" icon={<AddRegular />} onClick={() => onChange(updatePanel(draft, {}))}>
              {t("learn.addPanel")}
            </Button>
          </div>
        )}
      </Part>
      <Part title={t("learn.rules")} testId="learn-rules">
        {rules.length === 0 && <span className={shared.muted}>{t("learn.noRules")}</span>}
        <ul className={shared.list}>
          {rules.map((rule, i) => (
            <li key={rule.id}>
              <Card legend={t("learn.rule", { index: i + 1 })} testId="learn-rule">
                <Field label={t("learn.label")} size="small">
                  <Input size="small" value={rule.label} onChange={(_, d) => onChange(updateRule(draft, rule.id, { label: d.value }))} />
                </Field>
                <Field label={t("learn.ruleAlias")} hint={t("learn.ruleAliasHint")} size="small">
                  <Input size="small" value={rule.aliases[0] ?? ""} onChange={(_, d) => onChange(updateRule(draft, rule.id, { alias: d.value }))} />
                </Field>
                <div className={styles.actions}>
                  <Switch label={t("learn.effect.absent")} checked={rule.effect === "absent"} onChange={(_, d) => onChange(updateRule(draft, rule.id, { effect: d.checked ? "absent" : "zero" }))} />
                  <Button size="small" appearance="subtle" icon={<DeleteRegular />} onClick={() => onChange(updateRule(draft, rule.id, null))}>
                    {t("learn.removeRule", { index: i + 1 })}
                  </Button>
                </div>
              </Card>
            </li>
          ))}
        </ul>
        <div className={styles.actions}>
          <Button size="small" icon={<AddRegular />} onClick={() => onChange(addRule(draft, t("learn.rule", { index: rules.length + 1 })))}>
            {t("learn.addRule")}
          </Button>
        </div>
      </Part>
    </>
  );
}
