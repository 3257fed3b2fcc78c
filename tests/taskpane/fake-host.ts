import type { Locale } from "../../src/core/i18n/locale";
import type { ApplyResult, Host } from "../../src/hosts/host";
import type { WritePlan } from "../../src/recognition/plans/plan";
import { applyPlanToSnapshot } from "../../src/recognition/snapshot/apply-plan";
import type { WorkbookSnapshot } from "../../src/recognition/snapshot/workbook";
import type { BindingMap } from "../../src/recognition/workbook/binding-map";

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** An in-memory workbook behind the Host port, recording what the pane asked of it. */
export class FakeHost implements Host {
  readonly kind = "demo" as const;
  readonly applied: WritePlan[] = [];
  readonly selected: string[] = [];
  readonly saved: BindingMap[] = [];
  reads = 0;
  /** What `selection()` answers: the cell the teacher clicked in the sheet. */
  selectedCell: string | null = null;
  /** When set, applyPlan refuses with these errors. */
  refuse: { fr: string; en: string }[] | null = null;

  constructor(
    public snapshot: WorkbookSnapshot,
    readonly locale: Locale = "fr",
  ) {}

  async readSnapshot(): Promise<WorkbookSnapshot> {
    this.reads++;
    return clone(this.snapshot);
  }

  async applyPlan(plan: WritePlan): Promise<ApplyResult> {
    this.applied.push(plan);
    if (this.refuse) return { ok: false, errors: this.refuse };
    this.snapshot = applyPlanToSnapshot(this.snapshot, plan);
    return { ok: true, written: plan.changes.length };
  }

  async select(location: string): Promise<void> {
    this.selected.push(location);
    this.selectedCell = location;
  }

  async selection(): Promise<string | null> {
    return this.selectedCell;
  }

  async saveBindingMap(map: BindingMap): Promise<void> {
    this.saved.push(map);
    this.snapshot = { ...this.snapshot, bindingMap: clone(map) };
  }
}
