import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/config';
import type { OidcConfig } from '../../../config/oidc.config';
import { OidcDisabledError, OidcSignInFailedError, OidcStateMismatchError } from './oidc.errors';
import type { PendingLogin } from './pending-login';

/** Who the provider says signed in, after every check of its answer. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  displayName: string | null;
  /** The ID token as received (a JWT), kept with the session to sign out at the provider. */
  idToken: string;
}

/**
 * The protocol side of OpenID Connect (authorization code flow with PKCE, state and nonce), with `openid-client`.
 * The provider's metadata is discovered on first use and kept; a failed discovery is retried on the next sign-in,
 * so the API starts even when the provider is down.
 */
@Injectable()
export class OidcClient {
  private readonly logger = new Logger(OidcClient.name);
  private discovered: Promise<oidc.Configuration> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private get settings(): OidcConfig {
    if (!this.config.oidc) throw new OidcDisabledError();
    return this.config.oidc;
  }

  private configuration(): Promise<oidc.Configuration> {
    if (!this.discovered) {
      const s = this.settings;
      const auth = s.clientSecret ? oidc.ClientSecretPost(s.clientSecret) : oidc.None();
      this.discovered = oidc
        .discovery(new URL(s.issuerUrl), s.clientId, undefined, auth, {
          execute: s.allowHttp ? [oidc.allowInsecureRequests] : [],
        })
        .catch((error: unknown) => {
          this.discovered = null;
          this.logger.warn(`OpenID Connect discovery at ${s.issuerUrl} failed: ${describe(error)}`);
          throw new OidcSignInFailedError('the identity provider cannot be reached');
        });
    }
    return this.discovered;
  }

  /** Where to send the browser, and what its pending-login cookie must remember. */
  async start(): Promise<{ url: URL; pending: PendingLogin }> {
    const configuration = await this.configuration();
    const pending: PendingLogin = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      startedAt: Date.now(),
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      response_type: 'code',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, pending };
  }

  /**
   * Where to send the browser to sign out at the provider too (RP-initiated logout: `id_token_hint`, and the
   * registered `post_logout_redirect_uri`), or null when the provider offers no `end_session_endpoint`.
   */
  async endSessionUrl(idToken: string): Promise<URL | null> {
    const configuration = await this.configuration();
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(configuration, {
      id_token_hint: idToken,
      post_logout_redirect_uri: this.settings.postLogoutRedirectUri,
      state: oidc.randomState(),
    });
  }

  /**
   * Checks the provider's answer (`search`: the callback's query string) against the pending login, exchanges the
   * code, validates the ID token (signature, issuer, audience, expiry, nonce), and reads the user info when the ID
   * token carries no e-mail (ProConnect, and providers that keep claims to the userinfo endpoint).
   */
  async finish(search: string, pending: PendingLogin): Promise<OidcIdentity> {
    const configuration = await this.configuration();
    const callback = new URL(this.settings.redirectUri);
    callback.search = search;
    if (callback.searchParams.get('state') !== pending.state) throw new OidcStateMismatchError();
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims()!;
      let claims: Record<string, unknown> = idToken;
      if (!idToken.email && configuration.serverMetadata().userinfo_endpoint) {
        claims = { ...(await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub)), ...idToken };
      }
      return {
        issuer: idToken.iss,
        subject: idToken.sub,
        email: typeof claims.email === 'string' && claims.email.includes('@') ? claims.email : null,
        emailVerified: claims.email_verified === true || claims.email_verified === 'true',
        displayName: displayNameOf(claims),
        idToken: tokens.id_token!,
      };
    } catch (error) {
      if (error instanceof OidcSignInFailedError) throw error;
      this.logger.warn(`OpenID Connect sign-in refused: ${describe(error)}`);
      throw new OidcSignInFailedError(reasonOf(error));
    }
  }
}

/** `name`, else given and family names (ProConnect: `given_name` and `usual_name`). */
function displayNameOf(claims: Record<string, unknown>): string | null {
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const name =
    text(claims.name) ||
    [text(claims.given_name), text(claims.family_name) || text(claims.usual_name)].filter(Boolean).join(' ');
  return name ? name.slice(0, 200) : null;
}

/** What the user may be told: the provider's error code (`access_denied`…), or that its answer did not validate. */
function reasonOf(error: unknown): string {
  if (error instanceof oidc.AuthorizationResponseError) return error.error;
  if (error instanceof oidc.ResponseBodyError) return error.error;
  return 'the answer of the identity provider did not validate';
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}`;
  }
  return String(error);
}
