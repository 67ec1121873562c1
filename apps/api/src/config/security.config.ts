import { z } from 'zod';
import { int } from './env';

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

export const throttleEnv = {
  THROTTLE_PER_MINUTE: int(1, 1_000_000),
  TRUST_PROXY: int(0, 10),
};

export function toThrottleConfig(env: z.infer<z.ZodObject<typeof throttleEnv>>): ThrottleConfig {
  return { perMinute: env.THROTTLE_PER_MINUTE ?? 20, trustProxy: env.TRUST_PROXY ?? 0 };
}
