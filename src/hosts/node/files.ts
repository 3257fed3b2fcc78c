import { constants } from "node:fs";
import { access, chmod, chown, copyFile, open, readdir, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import type { Text } from "../../core/i18n/locale";
import { folderReadOnly, systemReason } from "./system-errors";

/**
 * The file plumbing the .xlsx and .docx adapters share: reading a teacher's file with a French reason
 * when it cannot be read (a pipe or a device is refused, never waited on), writing next to the
 * destination, flushed to disk, then renaming (a crash or a full disk never leaves a half-written file
 * where the teacher's was), and a backup that never replaces an earlier one before writing in place.
 * Paths in messages are as the teacher typed them (sub1/classe.xlsx and sub2/classe.xlsx differ).
 */

/** Why a file could not be read: missing, a folder, not a regular file (a pipe, a device), or another system error. */
export type FileReadFailure = { kind: "not-found" } | { kind: "directory" } | { kind: "not-a-file" } | { kind: "unreadable"; reason: Text };

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever (not on Windows).
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export async function readFileBytes(filePath: string): Promise<{ ok: true; bytes: Buffer } | { ok: false; failure: FileReadFailure }> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(filePath, READ_FLAGS);
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, failure: { kind: "directory" } };
    if (!info.isFile()) return { ok: false, failure: { kind: "not-a-file" } };
    return { ok: true, bytes: await handle.readFile() };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, failure: { kind: "not-found" } };
    if (code === "EISDIR") return { ok: false, failure: { kind: "directory" } };
    return { ok: false, failure: { kind: "unreadable", reason: systemReason(err) } };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** `backup`: where the original was saved, for a write in place. */
export type WriteResult = { ok: true; backup?: string } | { ok: false; error: string };

/** A temporary file this process writes beside `filePath`; a killed run's are removed by the next one. */
const tempName = (filePath: string, pid = process.pid) => `${filePath}.tmp-${pid}`;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Removes « <file>.tmp-<pid> » files left by runs that were killed mid-write (their process is gone). */
async function removeStaleTemps(filePath: string): Promise<void> {
  const base = path.basename(filePath);
  const names = await readdir(path.dirname(filePath)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(`${base}.tmp-`)) continue;
    const pid = Number(name.slice(base.length + 5));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid)) await unlink(path.join(path.dirname(filePath), name)).catch(() => undefined);
  }
}

/** What a replaced file keeps: its permissions, and its owner when we may set it (root). */
interface Keep {
  mode?: number;
  uid?: number;
  gid?: number;
}

async function keepOf(filePath: string): Promise<Keep> {
  try {
    const info = await stat(filePath);
    return { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid };
  } catch {
    return {};
  }
}

/** Writes the bytes to `target` (created, never replacing), flushed to disk, with the kept mode and owner. */
async function writeDurably(target: string, bytes: Uint8Array, keep: Keep): Promise<void> {
  const handle = await open(target, "wx", keep.mode ?? 0o666);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // The umask trimmed the mode at creation: set it as the original had it.
  if (keep.mode !== undefined) await chmod(target, keep.mode);
  if (keep.uid !== undefined && keep.gid !== undefined && process.getuid?.() === 0) await chown(target, keep.uid, keep.gid);
}

/** The rename is durable once the folder itself is flushed (not possible everywhere: best effort). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, "r").catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

/** Writes `bytes()` to a temporary file beside `filePath`, flushes it, then renames it into place. */
export async function writeAtomically(filePath: string, bytes: () => Promise<Uint8Array>, application: string): Promise<WriteResult> {
  const temp = tempName(filePath);
  try {
    await removeStaleTemps(filePath);
    await unlink(temp).catch(() => undefined);
    await writeDurably(temp, await bytes(), await keepOf(filePath));
    await rename(temp, filePath);
    await syncFolder(path.dirname(filePath));
    return { ok: true };
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    return { ok: false, error: `${filePath} : écriture impossible (${(await writeFailureReason(err, path.dirname(filePath), application)).fr}).` };
  }
}

/** Refused access in a folder Grille may not write to is said so; Excel or Word holding the file only otherwise. */
async function writeFailureReason(err: unknown, folder: string, application: string): Promise<Text> {
  const code = (err as NodeJS.ErrnoException).code;
  if (code !== "EACCES" && code !== "EPERM") return systemReason(err, application);
  const writable = await access(folder, constants.W_OK).then(
    () => true,
    () => false,
  );
  return writable ? systemReason(err, application) : folderReadOnly(folder);
}

/** « classe.xlsx.bak », else « classe.xlsx.bak-2 », « .bak-3 »…: an earlier backup is never replaced. */
async function freeBackupName(filePath: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${filePath}.bak` : `${filePath}.bak-${n}`;
    try {
      await stat(candidate);
    } catch {
      return candidate;
    }
  }
}

export interface InPlaceOptions {
  /** Write a read-only file all the same (its mode is kept). */
  force?: boolean;
}

/**
 * Saves the original under a free backup name (copied to a temporary file, flushed, then renamed: a
 * kill never leaves an empty backup), then writes in place keeping the file's mode and owner. A
 * read-only file is refused unless `force`. Nothing is written if the backup fails.
 */
export async function writeInPlace(filePath: string, bytes: () => Promise<Uint8Array>, application: string, options: InPlaceOptions = {}): Promise<WriteResult> {
  const keep = await keepOf(filePath);
  if (keep.mode !== undefined && (keep.mode & 0o222) === 0 && !options.force)
    return { ok: false, error: `${filePath} : fichier en lecture seule, Grille ne le modifie pas. Ajoutez --force pour l’écrire quand même (l’original est sauvegardé d’abord).` };
  let backup: string;
  const temp = `${filePath}.bak.tmp-${process.pid}`;
  try {
    await removeStaleTemps(`${filePath}.bak`);
    backup = await freeBackupName(filePath);
    await unlink(temp).catch(() => undefined);
    await copyFile(filePath, temp, constants.COPYFILE_EXCL);
    const handle = await open(temp, "r+");
    await handle.sync().finally(() => handle.close());
    if (keep.mode !== undefined) await chmod(temp, keep.mode);
    await rename(temp, backup);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    return { ok: false, error: `${filePath} : copie de sauvegarde impossible, le fichier n’a pas été modifié (${systemReason(err, application).fr}).` };
  }
  const written = await writeAtomically(filePath, bytes, application);
  return written.ok ? { ok: true, backup } : written;
}
