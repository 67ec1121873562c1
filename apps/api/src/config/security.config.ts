import { parseInt10 } from './parse';

/** Request throttling per client address, and how to find that address behind reverse proxies. */
export interface ThrottleConfig {
  /**
   * Requests per minute one client address may make to each of signIn, signUp, requestPasswordReset, resetPassword
   * and the evidence upload route; beyond, RATE_LIMITED for the rest of the minute.
   */
  perMinute: number;
  /** Reverse proxies in front of the app (Express's `trust proxy` hop count): 0 reads the socket's address. */
  trustProxy: number;
}

type Env = Record<string, string | undefined>;

export function loadThrottleConfig(env: Env, problems: string[]): ThrottleConfig {
  return {
    perMinute: parseInt10(env, 'THROTTLE_PER_MINUTE', 20, 1, 1_000_000, problems),
    trustProxy: parseInt10(env, 'TRUST_PROXY', 0, 0, 10, problems),
  };
}
