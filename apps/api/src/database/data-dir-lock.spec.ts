import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { acquireDataDirLock, DataDirInUseError, LOCK_FILE_NAME } from './data-dir-lock';

describe('acquireDataDirLock', () => {
  let dir: string;
  let lockPath: string;
  let child: ChildProcess | undefined;

  beforeEach(() => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'data-dir-lock-')), 'data');
    lockPath = path.join(dir, LOCK_FILE_NAME);
  });

  afterEach(() => {
    child?.kill('SIGKILL');
    child = undefined;
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('creates the folder and a lock file holding our pid, removed on release', async () => {
    const lock = await acquireDataDirLock(dir);
    expect(fs.readFileSync(lockPath, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    lock.release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('refuses a folder locked by another live process, naming it', async () => {
    child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    fs.mkdirSync(dir);
    fs.writeFileSync(lockPath, `${child.pid}\n`);
    const attempt = acquireDataDirLock(dir);
    await expect(attempt).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(attempt).rejects.toThrow(`data folder ${dir} is in use by process ${child.pid}`);
    expect(fs.readFileSync(lockPath, 'utf8').trim()).toBe(String(child.pid));
  });

  it('refuses a folder this process already holds', async () => {
    const lock = await acquireDataDirLock(dir);
    await expect(acquireDataDirLock(dir)).rejects.toThrow(`is in use by process ${process.pid}`);
    lock.release();
  });

  it('takes over a lock left with our own pid by an earlier process (a restarted container)', async () => {
    fs.mkdirSync(dir);
    fs.writeFileSync(lockPath, `${process.pid}\n`);
    const lock = await acquireDataDirLock(dir);
    expect(fs.readFileSync(lockPath, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('takes over an old unreadable lock file', async () => {
    fs.mkdirSync(dir);
    fs.writeFileSync(lockPath, '');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockPath, old, old);
    const messages: string[] = [];
    const lock = await acquireDataDirLock(dir, (msg) => messages.push(msg));
    expect(messages).toEqual([`taking over the unreadable lock file ${lockPath}`]);
    lock.release();
  });

  it('leaves alone a lock file that another process took after ours', async () => {
    const lock = await acquireDataDirLock(dir);
    fs.writeFileSync(lockPath, '999999999\n');
    lock.release();
    expect(fs.readFileSync(lockPath, 'utf8')).toBe('999999999\n');
  });

  it('is released when its process exits, and taken over when its process was killed', async () => {
    // Run the lock module in real child processes: compile it with swc, the compiler jest uses.
    const { transformFileSync } = await import('@swc/core');
    const compiled = path.join(path.dirname(dir), 'data-dir-lock.js');
    const source = transformFileSync(path.join(__dirname, 'data-dir-lock.ts'), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    fs.writeFileSync(compiled, source.code);
    const holdThenExit = (afterLock: string) =>
      spawn(
        process.execPath,
        [
          '-e',
          `require(${JSON.stringify(compiled)}).acquireDataDirLock(${JSON.stringify(dir)})` +
            `.then(() => { process.stdout.write('locked\\n'); ${afterLock} })`,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
    const locked = (proc: ChildProcess) => new Promise<void>((resolve) => proc.stdout!.once('data', () => resolve()));
    const exited = (proc: ChildProcess) => new Promise<void>((resolve) => proc.once('exit', () => resolve()));

    child = holdThenExit('process.exit(0);');
    await Promise.all([locked(child), exited(child)]);
    expect(fs.existsSync(lockPath)).toBe(false);

    child = holdThenExit('setInterval(() => {}, 1000);');
    await locked(child);
    expect(fs.readFileSync(lockPath, 'utf8').trim()).toBe(String(child.pid));
    const killed = exited(child);
    child.kill('SIGKILL');
    await killed;
    expect(fs.existsSync(lockPath)).toBe(true);
    const lock = await acquireDataDirLock(dir);
    expect(fs.readFileSync(lockPath, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  }, 20_000);
});
