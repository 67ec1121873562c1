import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * One process per data folder.
 *
 * PGlite has no lock of its own: two processes opening the same folder would both write to it and corrupt it. The
 * lock is a file `<dataDir>/.lock` holding the owner's pid, created with O_EXCL. A lock whose pid is no longer alive
 * (a process killed with `kill -9`, a crash, an OOM kill) is stale and is taken over.
 *
 * Limits: a pid can be reused by an unrelated process after a crash, in which case the folder is reported as in use
 * until that process ends or the lock file is deleted by hand. Our own pid in the file without this process holding
 * the lock means a previous incarnation with the same pid (the usual case in a container, where the app is always
 * pid 1): that lock is stale too.
 */

export const LOCK_FILE_NAME = '.lock';

/** How long a lock file without a readable pid is presumed to be in the middle of being written by its creator. */
const UNREADABLE_GRACE_MS = 2000;
const MAX_ATTEMPTS = 50;

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `data folder ${dataDir} is in use by process ${pid} ` +
        `(lock file ${path.join(dataDir, LOCK_FILE_NAME)}): stop that process or use another data folder`,
    );
    this.name = 'DataDirInUseError';
  }
}

export interface DataDirLock {
  readonly lockPath: string;
  /** Removes the lock file if it is still ours. Idempotent and synchronous, so that it can run on process exit. */
  release(): void;
}

/** Lock files held by this process, to tell "locked by me, now" from "locked by an earlier process with my pid". */
const heldByThisProcess = new Set<string>();

/** Creates `dataDir` if missing and takes its lock, or throws {@link DataDirInUseError}. */
export async function acquireDataDirLock(dataDir: string, logger?: (msg: string) => void): Promise<DataDirLock> {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, LOCK_FILE_NAME);

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (tryCreateLockFile(lockPath)) return holdLock(lockPath);

    const owner = readLockFile(lockPath);
    if (owner === null) continue; // released in the meantime: try again
    if (owner.pid === null) {
      // Empty or garbled: either its creator is between open() and write(), or it died there.
      if (Date.now() - owner.mtimeMs < UNREADABLE_GRACE_MS) {
        await sleep(100);
        continue;
      }
      logger?.(`taking over the unreadable lock file ${lockPath}`);
    } else if (isAlive(owner.pid) && !(owner.pid === process.pid && !heldByThisProcess.has(lockPath))) {
      throw new DataDirInUseError(dir, owner.pid);
    } else {
      logger?.(`taking over the stale lock of process ${owner.pid}, which is no longer running, on ${dir}`);
    }
    removeIfUnchanged(lockPath, owner.raw);
  }
  throw new Error(`could not take the lock ${lockPath}: other processes keep competing for it`);
}

function tryCreateLockFile(lockPath: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    fs.writeSync(fd, `${process.pid}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function holdLock(lockPath: string): DataDirLock {
  heldByThisProcess.add(lockPath);
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    heldByThisProcess.delete(lockPath);
    const owner = readLockFile(lockPath);
    if (owner?.pid === process.pid) removeIfUnchanged(lockPath, owner.raw);
  };
  process.on('exit', release);
  return { lockPath, release };
}

interface LockFileContent {
  raw: string;
  pid: number | null;
  mtimeMs: number;
}

/** Null when the file does not exist. */
function readLockFile(lockPath: string): LockFileContent | null {
  try {
    const raw = fs.readFileSync(lockPath, 'utf8');
    const { mtimeMs } = fs.statSync(lockPath);
    const trimmed = raw.trim();
    const pid = /^[1-9][0-9]*$/.test(trimmed) ? Number(trimmed) : null;
    return { raw, pid, mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Deletes the lock file unless someone replaced it since we read it. Two processes taking over the same stale lock
 * at the same instant leave a window of a few microseconds between this check and the unlink; that is accepted.
 */
function removeIfUnchanged(lockPath: string, raw: string): void {
  const now = readLockFile(lockPath);
  if (now === null || now.raw !== raw) return;
  try {
    fs.unlinkSync(lockPath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
