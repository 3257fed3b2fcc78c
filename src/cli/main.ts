import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { checkCommand, type CheckOptions } from "./commands/check";
import { learnCommand, type LearnOptions } from "./commands/learn";
import { listCommand, type ListOptions } from "./commands/list";
import { markCommand, type MarkOptions } from "./commands/mark";
import { newCommand, type NewOptions } from "./commands/new";
import { EXIT } from "./exit-codes";
import { learnMessages } from "./learn-messages";
import { frenchError, localiseCommander } from "./help";
import { messages } from "./messages";
import { cliLocale, Terminal, type CliIo } from "./terminal";

/** The version in package.json, found upwards from here (src/cli in development, dist/cli/cli once built). */
function packageVersion(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "grille") return pkg.version ?? "0.0.0";
    }
  }
  return "0.0.0";
}

/** `--lang` is needed before parsing (help is written in it): read it from the raw arguments. */
function langArgument(argv: readonly string[]): string | undefined {
  for (const [i, arg] of argv.entries()) {
    if (arg === "--") break;
    if (arg === "--lang") return argv[i + 1];
    if (arg.startsWith("--lang=")) return arg.slice("--lang=".length);
  }
  return undefined;
}

/** `--format`: xlsx or docx, checked here for a French message. */
const formatValue = (term: Terminal) => (value: string) => {
  const format = value.toLowerCase();
  if (format !== "xlsx" && format !== "docx") throw new InvalidArgumentError(term.t(messages.formatChoices));
  return format;
};

/** Commander's own « choices » would print English in the French help: the check is done here. */
const langValue = (term: Terminal) => (value: string) => {
  if (value !== "fr" && value !== "en") throw new InvalidArgumentError(term.t(messages.help.langChoices));
  return value;
};

function buildProgram(term: Terminal, done: (code: number) => void): Command {
  const h = messages.help;
  const t = (m: (typeof h)[keyof typeof h]) => term.t(m);
  const program = new Command("grille");
  localiseCommander(program, term.locale);
  program
    .description(t(h.program))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => term.io.stdout.write(s),
      writeErr: (s) => term.io.stderr.write(s),
      outputError: (s, write) => write(term.locale === "fr" ? frenchError(s) : s),
    })
    .showHelpAfterError(t(h.afterError))
    .helpOption("-h, --help", t(h.help))
    .helpCommand(`help [${t(h.commandArg)}]`, t(h.helpCommand))
    .version(packageVersion(), "-V, --version", t(h.version))
    .addOption(new Option(`--lang <${t(h.langArg)}>`, t(h.lang)).argParser(langValue(term)));

  program
    .command("check")
    .description(t(h.check))
    .argument(`<${t(h.filesArg)}...>`, t(h.checkInputs))
    .option(`--grid <${t(h.gridArg)}>`, t(h.grid))
    .option("--json", t(h.json))
    .addHelpText("after", t(h.checkAfter))
    .action(async (inputs: string[], options: CheckOptions) => done(await checkCommand(inputs, options, term)));

  program
    .command("mark")
    .description(t(h.mark))
    .argument(`<${t(h.fileArg)}>`, t(h.markInput))
    .option(`-o, --output <${t(h.outputArg)}>`, t(h.output))
    .option("--in-place", t(h.inPlace))
    .option(`--grid <${t(h.gridArg)}>`, t(h.grid))
    .option("--force", t(h.force))
    .addHelpText("after", t(h.markAfter))
    .action(async (input: string, options: MarkOptions) => done(await markCommand(input, options, term)));

  program
    .command("new")
    .description(t(h.new))
    .argument(`<${t(h.gridArg)}>`, t(h.newGrid))
    .option(`--candidates <${t(h.namesArg)}>`, t(h.candidates))
    .requiredOption(`-o, --output <${t(h.outputArg)}>`, t(h.output))
    .addOption(new Option(`--format <${t(h.formatArg)}>`, t(h.format)).argParser(formatValue(term)))
    .option("--force", t(h.force))
    .addHelpText("after", t(h.newAfter))
    .action(async (gridId: string, options: NewOptions) => done(await newCommand(gridId, options, term)));

  const lh = learnMessages.help;
  program
    .command("learn")
    .description(term.t(lh.learn))
    .argument(`<${t(h.fileArg)}>`, term.t(lh.input))
    .option(`--sheet <${term.t(lh.sheetArg)}>`, term.t(lh.sheet))
    .option(`-o, --output <${t(h.outputArg)}>`, term.t(lh.output))
    .option(`--embed <${term.t(lh.copyArg)}>`, term.t(lh.embed))
    .option("--json", term.t(lh.json))
    .option("--force", term.t(lh.force))
    .addHelpText("after", term.t(lh.after))
    .action(async (input: string, options: LearnOptions) => done(await learnCommand(input, options, term)));

  program
    .command("list")
    .description(t(h.list))
    .option("--json", t(h.listJson))
    .action((options: ListOptions) => done(listCommand(options, term)));

  return program;
}

/**
 * Runs the command line on `argv` (without « node » and the script) and returns the exit code:
 * 0 all complete, 1 findings, 2 an input could not be read (or the command line was wrong).
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const term = new Terminal(io, cliLocale(langArgument(argv), io.env));
  let code: number = EXIT.ok;
  const program = buildProgram(term, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    // Help and version exit with 0; a wrong command line is an input that could not be read.
    return err.exitCode === 0 ? EXIT.ok : EXIT.unreadable;
  }
  return code;
}

/** The process entry point: real streams and environment, exit code set, bugs reported plainly. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  try {
    process.exitCode = await run(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env });
  } catch (err) {
    process.stderr.write(`grille : erreur interne, merci de la signaler.\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 70;
  }
}

if (require.main === module) void main();
