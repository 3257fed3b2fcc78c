import { Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useT } from "../i18n";

/** « 0,5 », « 0.5 », « 2 » → a number; anything else → null. */
export function parseDecimal(value: string): number | null {
  const trimmed = value.trim().replace(/\s/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d*)?$|^-?\.\d+$/.test(trimmed)) return null;
  return Number(trimmed);
}

export interface NumberInputProps {
  value: number | null;
  onCommit: (value: number) => void;
  "aria-label"?: string;
  id?: string;
  min?: number;
  /** Shown while empty: the value that applies when none is given (a level's default points). */
  placeholder?: string;
  "data-testid"?: string;
}

/**
 * A decimal field that takes French and English writing (« 0,5 », « 0.5 »): the text stays as typed while
 * it is being typed, and each readable number is committed at once, so the marks follow every keystroke.
 */
export function NumberInput({ value, onCommit, min = 0, ...props }: NumberInputProps) {
  const { number } = useT();
  const shown = value === null ? "" : number(value, 4);
  const [textValue, setText] = useState(shown);
  useEffect(() => {
    setText((current) => (parseDecimal(current) === value ? current : shown));
  }, [shown, value]);
  const parsed = parseDecimal(textValue);
  return (
    <Input
      size="small"
      inputMode="decimal"
      value={textValue}
      aria-invalid={textValue.trim() !== "" && (parsed === null || parsed < min)}
      onChange={(_, data) => {
        setText(data.value);
        const next = parseDecimal(data.value);
        if (next !== null && next >= min) onCommit(next);
      }}
      {...props}
    />
  );
}
