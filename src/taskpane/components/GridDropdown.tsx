import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { CompiledGrid } from "../../core/model/compile";
import { useT } from "../i18n";
import { FILE_GRID } from "../state/usePaneState";
import { Data } from "./Data";
import { gridTitle } from "./gridTitle";

export interface GridDropdownProps {
  grids: readonly CompiledGrid[];
  /** The grids stored in the file, after the built-in ones, by their title; chosen as `file:<id>`. */
  fileGrids?: readonly CompiledGrid[];
  /** The field's label, the dropdown's accessible name. */
  label: string;
  placeholder: string;
  /** The chosen grid's id, null for none. */
  chosen: string | null;
  onChoose: (id: string | null) => void;
  disabled?: boolean;
  "data-testid"?: string;
}

/** One of the built-in grids, by name, then the file's own grids, by title (a clear button empties the choice). */
export function GridDropdown({ grids, fileGrids = [], label, placeholder, chosen, onChoose, disabled, "data-testid": testId }: GridDropdownProps) {
  const { t } = useT();
  const options = [...grids.map((g) => ({ value: g.grid.id, name: gridTitle(g) })), ...fileGrids.map((g) => ({ value: `${FILE_GRID}${g.grid.id}`, name: g.grid.title }))];
  const chosenOption = options.find((o) => o.value === chosen);
  return (
    <Field label={label}>
      <Dropdown
        clearButton={{ "aria-label": t("common.clear") }}
        placeholder={placeholder}
        selectedOptions={chosen ? [chosen] : []}
        value={chosenOption?.name ?? ""}
        onOptionSelect={(_, data) => onChoose(data.optionValue ?? null)}
        disabled={disabled}
        data-testid={testId}
        {...(chosenOption ? { "data-i18n-exempt": "" } : {})}
      >
        {options.map((o) => (
          <Option key={o.value} value={o.value} text={o.name}>
            <Data>{o.name}</Data>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
