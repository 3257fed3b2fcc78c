import { Badge, Body1, Button, Caption1, Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, DismissRegular, DocumentArrowUpRegular, SaveRegular } from "@fluentui/react-icons";
import { useDeferredValue, useEffect, useId, useRef, useState } from "react";
import type { GridFile } from "../../core/model/grid";
import { parseGridFile, parseGridJson } from "../../core/model/parse";
import { learnGrid, type LearnNote } from "../../recognition/learn";
import { qualified } from "../../recognition/snapshot/cells";
import type { WorkbookSnapshot } from "../../recognition/snapshot/workbook";
import { BusyButton } from "../components/BusyButton";
import { Data } from "../components/Data";
import { JsonFileInput, RejectedFile } from "../components/JsonFile";
import { Loading } from "../components/Loading";
import { placeText } from "../components/place";
import { useShared } from "../components/styles";
import { bilingual, useT } from "../i18n";
import { readText, type Pane } from "../state/usePaneState";
import { levelsFromSelection, parseSelection, selectedTexts, updateTitle, type Draft } from "./draft";
import { FieldsPart, ItemsPart, LevelsPart, MarkingPart, type PartProps } from "./GridParts";
import { LiveMarks } from "./LiveMarks";

/** What the editor opens on: a grid learned from the document, or a built-in grid whose marking the teacher adapts. */
export type EditorMode = { kind: "learn" } | { kind: "variant"; file: GridFile };

export interface GridEditorProps {
  pane: Pane;
  snapshot: WorkbookSnapshot;
  mode: EditorMode;
  onClose: () => void;
}

const useStyles = makeStyles({
  editor: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorBrandStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    // Fluent's inputs keep the width of 20 characters: in a 320 px pane they take their column's width instead.
    "& .fui-Input": { minWidth: 0, width: "100%", boxSizing: "border-box" },
    "& .fui-Input__input": { minWidth: 0, width: "100%" },
    "& .fui-Dropdown, & .fui-Textarea": { minWidth: 0, width: "100%" },
  },
  heading: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
});

const NOTE_COLOR = { high: "success", medium: "warning", low: "danger" } as const;

type Proposal = { kind: "loading" } | { kind: "nothing"; notes: LearnNote[] } | { kind: "ready"; draft: Draft; notes: LearnNote[]; sheet: string | null };

/** Saves text as a file through a Blob link (where Office lets a pane download). */
function download(textValue: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([textValue], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The learner's notes, each with how sure it is. */
function Notes({ notes }: { notes: readonly LearnNote[] }) {
  const { t, text } = useT();
  const shared = useShared();
  if (notes.length === 0) return null;
  return (
    <details open data-testid="learn-notes">
      <summary>{t("learn.notes")}</summary>
      <ul className={shared.list}>
        {notes.map((note, i) => (
          <li key={i} className={shared.row}>
            <Badge appearance="tint" size="small" color={NOTE_COLOR[note.confidence]}>
              {t(`learn.confidence.${note.confidence}`)}
            </Badge>
            <Data className={shared.wrap}>
              {text(note)}
              {note.sheet ? ` (${note.address ? placeText(t, qualified(note.sheet, note.address)) : note.sheet})` : ""}
            </Data>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * The grid editor: a form over the grid file, never JSON. It opens on what the learner proposes from the
 * sheet the teacher is on (or on a built-in grid, to adapt its marking), shows the learner's notes with
 * their certainty, marks every filled copy with the grid as edited beside the file's own totals, and
 * keeps the confirmed grid in the document (export and import share it as a file).
 */
export function GridEditor({ pane, snapshot, mode, onClose }: GridEditorProps) {
  const { t } = useT();
  const styles = useStyles();
  const shared = useShared();
  const headingId = useId();
  const errorsId = useId();
  const file = useRef<HTMLInputElement>(null);
  const [proposal, setProposal] = useState<Proposal>(() => (mode.kind === "variant" ? { kind: "ready", draft: mode.file, notes: [], sheet: null } : { kind: "loading" }));
  const [problem, setProblem] = useState<string | null>(null);
  const [rejected, setRejected] = useState<{ fileName: string; errors: string[] } | null>(null);
  const variant = mode.kind === "variant";

  useEffect(() => {
    if (mode.kind !== "learn") return;
    let live = true;
    // « Cette feuille »: the sheet of the selection, when the host tells; else the most grid-like one.
    void pane.actions
      .readSelection()
      .catch(() => null)
      .then((selection) => {
        const sheet = selection ? parseSelection(selection)?.sheet : undefined;
        const result = learnGrid(snapshot, sheet && snapshot.sheets.some((s) => s.name === sheet) ? { sheet } : {});
        if (!live) return;
        setProposal(result.kind === "proposed" ? { kind: "ready", draft: result.file, notes: result.notes, sheet: result.sourceSheet } : { kind: "nothing", notes: result.notes });
      });
    return () => {
      live = false;
    };
  }, [mode.kind, pane.actions, snapshot]);

  const draft = proposal.kind === "ready" ? proposal.draft : null;
  const deferred = useDeferredValue(draft);
  const setDraft = (next: Draft) => setProposal((p) => (p.kind === "ready" ? { ...p, draft: next } : p));

  const selection: PartProps["selection"] = async () => {
    const reference = await pane.actions.readSelection().catch(() => null);
    if (reference === null) {
      setProblem(t("learn.noSelection"));
      return null;
    }
    const texts = selectedTexts(snapshot, reference);
    setProblem(texts ? null : t("learn.badSelection", { selection: reference }));
    return texts;
  };

  const variantName = draft?.grid.markingVariant ?? t("learn.variantDefault");
  /**
   * A variant names itself in the trace, and no longer claims to be Grille's proposal: the scheme's note
   * and its sources (which parts are Grille's) are the teacher's now.
   */
  const finished = (): GridFile | null => {
    if (!draft) return null;
    if (!variant || draft.grid.marking?.kind !== "weighted-mean") return draft;
    const { provenance: _grille, ...marking } = draft.grid.marking as typeof draft.grid.marking & { provenance?: unknown };
    return { ...draft, grid: { ...draft.grid, markingVariant: variantName, marking: { ...marking, note: bilingual("learn.variantNote").fr } } };
  };
  const valid = draft !== null && parseGridFile(draft).ok;
  const keep = async () => {
    const done = finished();
    if (!done) return;
    await pane.actions.keepGrid(done);
    onClose();
  };
  const importGrid = async (picked: Blob & { name: string }) => {
    const parsed = parseGridJson(await readText(picked));
    if (!parsed.ok) return setRejected({ fileName: picked.name, errors: parsed.errors });
    setRejected(null);
    setProposal((p) => ({ kind: "ready", draft: parsed.value, notes: [], sheet: p.kind === "ready" ? p.sheet : null }));
  };

  const parts: PartProps | null = draft && { draft, onChange: setDraft, selection, variant };
  const document = pane.hostKind === "word";

  return (
    <section className={styles.editor} aria-labelledby={headingId} data-testid="grid-editor">
      <div className={styles.heading}>
        <Subtitle2 as="h3" id={headingId}>
          {variant ? t("learn.variantTitle") : t("learn.editorTitle")}
        </Subtitle2>
        <Button appearance="subtle" size="small" icon={<DismissRegular />} aria-label={t("learn.close")} onClick={onClose} />
      </div>
      {proposal.kind === "loading" && <Loading />}
      {proposal.kind === "nothing" && (
        <>
          <Body1 role="status">{t("learn.nothing")}</Body1>
          <Notes notes={proposal.notes} />
        </>
      )}
      {variant && <Caption1>{t("learn.variantIntro")}</Caption1>}
      {proposal.kind === "ready" && proposal.sheet && <Body1>{t("learn.from", { sheet: proposal.sheet })}</Body1>}
      {proposal.kind === "ready" && <Notes notes={proposal.notes} />}
      {problem && (
        <Body1 role="alert" className={shared.wrap}>
          {problem}
        </Body1>
      )}
      {parts && (
        <>
          {variant && (
            <Field label={t("learn.variantName")} size="small">
              <Input size="small" value={variantName} onChange={(_, d) => setDraft({ ...parts.draft, grid: { ...parts.draft.grid, markingVariant: d.value.trim() === "" ? variantName : d.value } })} />
            </Field>
          )}
          {!variant && (
            <Field label={t("learn.title")} size="small">
              <Input size="small" value={parts.draft.grid.title} onChange={(_, d) => setDraft(updateTitle(parts.draft, d.value))} />
            </Field>
          )}
          <LevelsPart {...parts} onLevelsFromSelection={(texts) => setDraft(levelsFromSelection(parts.draft, texts))} />
          <MarkingPart draft={parts.draft} onChange={setDraft} />
          <ItemsPart {...parts} />
          {!variant && <FieldsPart {...parts} />}
          {deferred && <LiveMarks snapshot={snapshot} draft={deferred} />}
          <div className={shared.row}>
            <BusyButton appearance="primary" icon={<SaveRegular />} running={pane.state.busy === "keep-grid"} disabled={!valid || pane.state.busy !== null} onClick={() => void keep()}>
              {document ? t("learn.keepDocument") : t("learn.keepSheet")}
            </BusyButton>
            <Button icon={<ArrowDownloadRegular />} disabled={!valid} onClick={() => draft && download(`${JSON.stringify(finished(), null, 2)}\n`, `${draft.grid.id}.grille.json`)}>
              {t("learn.export")}
            </Button>
          </div>
        </>
      )}
      <JsonFileInput ref={file} label={t("learn.importFile")} onPick={(picked) => void importGrid(picked)} />
      <Button icon={<DocumentArrowUpRegular />} onClick={() => file.current?.click()} aria-describedby={rejected ? errorsId : undefined}>
        {t("learn.import")}
      </Button>
      {rejected && <RejectedFile id={errorsId} summary={t("learn.rejected", { name: rejected.fileName, count: rejected.errors.length })} errors={rejected.errors} />}
    </section>
  );
}
