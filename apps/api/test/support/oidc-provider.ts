import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { createInterface } from 'node:readline';

export interface OidcStandIn {
  issuer: string;
  stop(): Promise<void>;
}

/** Starts the test OpenID Connect provider (oidc-provider.mjs) in a child process and waits for its issuer. */
export async function startOidcProvider(client: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri?: string;
}): Promise<OidcStandIn> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'oidc-provider.mjs')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      OIDC_TEST_CLIENT_ID: client.clientId,
      OIDC_TEST_CLIENT_SECRET: client.clientSecret,
      OIDC_TEST_REDIRECT_URI: client.redirectUri,
      OIDC_TEST_POST_LOGOUT_REDIRECT_URI: client.postLogoutRedirectUri ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the OIDC provider did not start:\n${stderr}`)), 15_000);
    child.once('exit', (code) => reject(new Error(`the OIDC provider exited with ${code}:\n${stderr}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { issuer: string }).issuer);
    });
  });
  return {
    issuer,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * A browser, as far as sign-in needs one: follows redirects by hand, keeps cookies per host, and fills the
 * provider's login and consent forms. `hosts` maps a public origin (PUBLIC_URL, behind which the API sits in
 * production) to the address where the test app really listens.
 */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  constructor(private readonly hosts: Record<string, string> = {}) {}

  /** The `name=value` of a cookie the browser holds for `origin`. */
  cookie(origin: string, name: string): string | undefined {
    const value = this.jar.get(this.route(new URL(origin)).origin)?.get(name);
    return value === undefined ? undefined : `${name}=${value}`;
  }

  setCookie(origin: string, name: string, value: string): void {
    const key = this.route(new URL(origin)).origin;
    if (!this.jar.has(key)) this.jar.set(key, new Map());
    this.jar.get(key)!.set(name, value);
  }

  private route(url: URL): URL {
    const target = this.hosts[url.origin];
    return target ? new URL(url.pathname + url.search, target) : url;
  }

  /** One request, no redirect followed; cookies sent and stored. */
  async request(url: string, init: { method?: string; body?: URLSearchParams } = {}): Promise<Response> {
    const target = this.route(new URL(url));
    const cookies = [...(this.jar.get(target.origin) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`);
    const response = await fetch(target, {
      method: init.method ?? 'GET',
      body: init.body,
      redirect: 'manual',
      headers: cookies.length ? { cookie: cookies.join('; ') } : {},
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (!this.jar.has(target.origin)) this.jar.set(target.origin, new Map());
      if (expired || value === '') this.jar.get(target.origin)!.delete(name);
      else this.jar.get(target.origin)!.set(name, value);
    }
    return response;
  }

  /**
   * Follows redirects from `url`, submitting the provider's login form (with `login`) and consent form on the way,
   * and stops at the first answer that is neither a redirect nor one of those forms, or at a URL `stopAt` accepts.
   * With `cancel`, it follows the login page's "Cancel" link instead, as a user who declines.
   */
  async signIn(
    url: string,
    login: string,
    stopAt: (url: URL) => boolean = () => false,
    { cancel = false } = {},
  ): Promise<Response> {
    let next: { url: string; method?: string; body?: URLSearchParams } = { url };
    for (let step = 0; step < 20; step += 1) {
      const response = await this.request(next.url, next);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        const target = new URL(location, next.url);
        if (stopAt(target)) return response;
        next = { url: target.href };
        continue;
      }
      const type = response.headers.get('content-type') ?? '';
      if (response.status === 200 && type.includes('text/html')) {
        const html = await response.text();
        const form = /<form[^>]*action="([^"]+)"[^>]*method="post"/i.exec(html);
        const abort = /<a href="([^"]+\/abort)"/.exec(html);
        if (cancel && abort) {
          next = { url: new URL(abort[1], next.url).href };
          continue;
        }
        if (form) {
          const body = new URLSearchParams();
          for (const input of html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/gi)) {
            body.set(input[1], input[2]);
          }
          if (body.get('prompt') === 'login') {
            body.set('login', login);
            body.set('password', 'any password');
          }
          next = { url: new URL(form[1], next.url).href, method: 'POST', body };
          continue;
        }
        throw new Error(`unexpected page at ${next.url}:\n${html.slice(0, 2000)}`);
      }
      return response;
    }
    throw new Error('too many redirects');
  }
}
