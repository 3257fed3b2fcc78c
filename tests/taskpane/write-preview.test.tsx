/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { text } from "../../src/core/i18n/locale";
import type { MarkPlan } from "../../src/recognition/plans/marks";
import { WritePreview, type WritePreviewProps } from "../../src/taskpane/components/WritePreview";
import { I18nProvider, translator } from "../../src/taskpane/i18n";
import { initialPaneState } from "../../src/taskpane/state/reducer";
import type { Pane } from "../../src/taskpane/state/usePaneState";
import type { CandidateReport } from "../../src/recognition/workbook/report";
import { aReport } from "../recognition/plans/report";
import { findDialog } from "./render-pane";

// The machine is shared: Fluent's dialog can take long to open in jsdom when it is busy.
jest.setTimeout(30_000);

const { t } = translator("fr");
/** What the preview reads of a candidate: name, sheet, mark cell (no evaluation needed). */
const aCandidate = (name: string, markCell: string | null = "C34") =>
  ({ sheet: name, row: null, name, markCell: markCell === null ? null : { sheet: name, address: markCell }, sheets: [name], assessment: { complete: true, findings: [] } }) as unknown as CandidateReport;
const alice = aCandidate("Alice");
const bruno = aCandidate("Bruno");
const chloe = aCandidate("Chloé", null);
const report = aReport(null, [alice, bruno, chloe]);
const marks: MarkPlan = {
  plan: { changes: [{ kind: "cell", sheet: "Alice", address: "C34", value: 15, previous: null, reason: text("note", "mark") }] },
  differences: [{ candidate: bruno, typed: 13, proposed: 12 }],
  skipped: [{ candidate: chloe, reason: text("pas de case", "no cell") }],
};

function renderPreview(props: Partial<WritePreviewProps> = {}) {
  const writeMarks = jest.fn(() => Promise.resolve());
  const pane = { state: { ...initialPaneState, notice: { step: "write", message: { key: "write.done", params: { count: 1 } } } }, actions: { writeMarks } } as unknown as Pane;
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale="fr">
        <WritePreview
          pane={pane}
          report={report}
          marks={marks}
          step="write"
          title="Aperçu"
          empty="Rien"
          describe={(change, candidate) => `${candidate?.sheet ?? "?"}: ${change.address} → ${String(change.value)}`}
          confirmBody={(count) => `Remplacer ${count}`}
          {...props}
        />
      </I18nProvider>
    </FluentProvider>,
  );
  return { writeMarks, user: userEvent.setup() };
}

describe("WritePreview", () => {
  it("lists the changes by candidate, names the mark cell in a difference, writes at once when nothing is overwritten", async () => {
    const { writeMarks, user } = renderPreview();
    const preview = screen.getByRole("list", { name: "Aperçu" });
    expect(preview.textContent).toContain("Alice: C34 → 15");
    // The name once, then the cell: the sheet « Bruno » is the candidate's own.
    const difference = within(screen.getByRole("list", { name: t("write.differences") })).getByRole("checkbox").closest("li")?.textContent ?? "";
    expect(difference).toContain("cellule C34");
    expect(difference.match(/Bruno/g)).toHaveLength(1);
    expect(screen.getByRole("list", { name: t("write.skipped") }).textContent).toContain("pas de case");
    expect(screen.getByText(t("write.done", { count: 1 }))).toBeTruthy();
    await user.click(screen.getByRole("button", { name: t("write.button", { count: 1 }) }));
    expect(writeMarks).toHaveBeenCalledWith(marks.plan);
  });

  it("puts the host's place after each change and difference, and asks before a ticked difference is replaced", async () => {
    const { writeMarks, user } = renderPreview({ place: (at) => <span data-testid="place">{at}</span>, step: "write-mark", changeTestId: "change" });
    expect(screen.getAllByTestId("place").map((p) => p.textContent)).toEqual(["Alice!C34", "Bruno!C34"]);
    expect(screen.getByTestId("change").textContent).toBe("Alice: C34 → 15");
    expect(screen.getByRole("checkbox").closest("label")?.textContent ?? "").not.toContain("Bruno, cellule C34");
    expect(screen.queryByText(t("write.done", { count: 1 }))).toBeNull();
    await user.click(screen.getByRole("checkbox"));
    await user.click(screen.getByRole("button", { name: t("write.button", { count: 2 }) }));
    const dialog = await findDialog();
    expect(dialog.textContent).toContain("Remplacer 1");
    // The dialog names whose mark changes (its focus is for the browser tests: jsdom has no focus manager).
    expect(within(dialog).getByRole("list", { name: t("write.confirmWho"), hidden: true }).textContent).toBe("Bruno : 13 → 12");
    expect(writeMarks).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: t("write.confirm"), hidden: true }));
    expect(writeMarks).toHaveBeenCalledWith({ changes: [marks.plan.changes[0], expect.objectContaining({ sheet: "Bruno", address: "C34", value: 12 })] });
  });

  it("lists an incomplete candidate's mark apart, unticked, with the reason; writes it only when ticked, after naming it", async () => {
    const david = { ...aCandidate("David"), assessment: { complete: false, findings: [{ severity: "blocking", code: "x", message: text("Appréciation motivée obligatoire : absente de la feuille", "Missing") }] } } as unknown as CandidateReport;
    const withDavid: MarkPlan = { ...marks, plan: { changes: [...marks.plan.changes, { kind: "cell", sheet: "David", address: "C34", value: 14, previous: null, reason: text("note", "mark") }] } };
    const writeMarks = jest.fn(() => Promise.resolve());
    const pane = { state: initialPaneState, actions: { writeMarks } } as unknown as Pane;
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider locale="fr">
          <WritePreview pane={pane} report={aReport(null, [alice, bruno, chloe, david])} marks={withDavid} step="write" title="Aperçu" empty="Rien" describe={(c) => `${c.sheet} ${String(c.value)}`} confirmBody={(n) => `Remplacer ${n}`} />
        </I18nProvider>
      </FluentProvider>,
    );
    expect(screen.getByRole("list", { name: "Aperçu" }).textContent).not.toContain("David");
    const apart = screen.getByRole("list", { name: t("write.incomplete") });
    expect(apart.textContent).toContain("Appréciation motivée obligatoire : absente de la feuille");
    const box = within(apart).getByRole("checkbox") as HTMLInputElement;
    expect(box.checked).toBe(false);
    await user.click(screen.getByRole("button", { name: t("write.button", { count: 1 }) }));
    expect(writeMarks).toHaveBeenLastCalledWith(marks.plan);

    await user.click(box);
    await user.click(screen.getByRole("button", { name: t("write.button", { count: 2 }) }));
    const dialog = await findDialog();
    expect(dialog.textContent).toContain("David : (vide) → 14 (grille incomplète)");
    await user.click(within(dialog).getByRole("button", { name: t("write.confirm"), hidden: true }));
    expect(writeMarks).toHaveBeenLastCalledWith({ changes: [marks.plan.changes[0], expect.objectContaining({ sheet: "David", value: 14 })] });
  });
});
