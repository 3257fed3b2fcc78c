import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { CompiledGrid } from "../../core/model/compile";
import { useT } from "../i18n";
import { Data } from "./Data";
import { gridTitle } from "./gridTitle";

export interface GridDropdownProps {
  grids: readonly CompiledGrid[];
  /** The field's label, the dropdown's accessible name. */
  label: string;
  placeholder: string;
  /** The chosen grid's id, null for none. */
  chosen: string | null;
  onChoose: (id: string | null) => void;
  disabled?: boolean;
  "data-testid"?: string;
}

/** One of the built-in grids, by title (a clear button empties the choice). */
export function GridDropdown({ grids, label, placeholder, chosen, onChoose, disabled, "data-testid": testId }: GridDropdownProps) {
  const { t } = useT();
  const chosenGrid = grids.find((g) => g.grid.id === chosen);
  return (
    <Field label={label}>
      <Dropdown
        clearButton={{ "aria-label": t("common.clear") }}
        placeholder={placeholder}
        selectedOptions={chosen ? [chosen] : []}
        value={chosenGrid ? gridTitle(chosenGrid) : ""}
        onOptionSelect={(_, data) => onChoose(data.optionValue ?? null)}
        disabled={disabled}
        data-testid={testId}
        {...(chosenGrid ? { "data-i18n-exempt": "" } : {})}
      >
        {grids.map((g) => (
          <Option key={g.grid.id} value={g.grid.id} text={gridTitle(g)}>
            <Data>{gridTitle(g)}</Data>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
