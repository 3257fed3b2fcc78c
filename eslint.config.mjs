import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

/**
 * Microsoft's Office.js rules (eslint-plugin-office-addins), from its recommended config, taken one by
 * one: that config also brings prettier formatting, a second copy of the TypeScript plugin and an
 * ES2015 parser setting, which do not fit this flat TypeScript config. All are errors: the hosts are kept clean.
 */
const OFFICE_RULES = Object.fromEntries(
  [
    "call-sync-after-load",
    "call-sync-before-read",
    "load-object-before-read",
    "no-context-sync-in-loop",
    "no-empty-load",
    "no-navigational-load",
    "no-office-initialize",
    "test-for-null-using-isNullObject",
  ].map((rule) => [`office-addins/${rule}`, "error"]),
);

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "tests/artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.ts", "src/**/*.tsx", "tests/**/*.ts", "tests/**/*.tsx", "bench/**/*.ts", "scripts/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  {
    // The core and recognition layers are host-neutral: no Node, no DOM, no Office.
    files: ["src/core/**/*.ts", "src/recognition/**/*.ts", "src/referentials/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "Word", "process", "require"],
    },
  },
  {
    // The Office.js hosts: load before read, sync outside loops, null objects tested with isNullObject.
    files: ["src/hosts/excel/**/*.ts", "src/hosts/word/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: OFFICE_RULES,
  },
);
