import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';

export interface SpawnedApp {
  process: ChildProcess;
  url: string;
  output(): string;
  stop(): Promise<number | null>;
}

export const MAIN = path.resolve(__dirname, '../../dist/main.js');

/** Starts the built app as `npm start` does (node apps/api/dist/main.js) and waits until it serves. */
export function spawnApp(env: Record<string, string>, timeoutMs = 120_000): Promise<SpawnedApp> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  void _ignored;
  const child = spawn(process.execPath, [MAIN], {
    env: { ...inherited, NODE_ENV: 'production', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the app did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL API on (http:\/\/\S+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          process: child,
          url: match[1],
          output: () => output,
          stop: async () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the app exited with code ${code} before serving:\n${output}`));
    });
  });
}

/** Runs the built app expecting it to fail; returns its exit code and output. */
export function runToFailure(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  void _ignored;
  const child = spawn(process.execPath, [MAIN], {
    env: { ...inherited, NODE_ENV: 'production', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

export async function graphql(url: string, query: string, variables: object = {}): Promise<any> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** A GraphQL POST to one app, as the operator (token), as a signed-in user (cookie) or anonymously. */
export async function graphqlAs(
  app: SpawnedApp,
  query: string,
  variables: object = {},
  auth: { token?: string; cookie?: string } = {},
): Promise<{ data?: any; errors?: unknown[]; setCookie: string | null }> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await response.json()) as object), setCookie: response.headers.get('set-cookie') };
}
