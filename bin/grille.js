#!/usr/bin/env node
"use strict";
// The `grille` command: the compiled CLI (npm run build:cli → dist/cli) when present, else the
// TypeScript sources through ts-node (a development checkout).
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "dist", "cli", "cli", "main.js");

function load() {
  if (fs.existsSync(compiled)) return require(compiled);
  try {
    require("ts-node").register({ transpileOnly: true, project: path.join(root, "tsconfig.json") });
  } catch {
    process.stderr.write("grille : CLI non compilée et ts-node absent. Lancez « npm run build:cli ».\n");
    process.exit(70);
  }
  return require(path.join(root, "src", "cli", "main.ts"));
}

load().main();
