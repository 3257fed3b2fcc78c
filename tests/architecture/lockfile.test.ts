import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * `npm ci` refuses a lock file in which an optional dependency has no entry. The registry this project
 * installs from serves only the Linux builds of some native packages (@unrs/resolver-binding-*), and a
 * plain `npm install` then drops the other platforms from the lock: CI would fail on a clean clone.
 */
describe("package-lock.json", () => {
  const lock = JSON.parse(readFileSync(path.resolve(__dirname, "../../package-lock.json"), "utf8")) as {
    packages: Record<string, { optionalDependencies?: Record<string, string> }>;
  };

  it("has an entry for every optional dependency, so that npm ci accepts it", () => {
    const missing: string[] = [];
    for (const [at, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        // npm resolves a dependency in the nearest node_modules up the tree.
        const candidates: string[] = [];
        for (let base = at; ; base = base.slice(0, Math.max(0, base.lastIndexOf("/node_modules/")))) {
          candidates.push(`${base ? `${base}/` : ""}node_modules/${name}`);
          if (!base.includes("/node_modules/")) {
            candidates.push(`node_modules/${name}`);
            break;
          }
        }
        if (!candidates.some((c) => c in lock.packages)) missing.push(`${at || "(root)"} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
