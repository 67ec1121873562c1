import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RateLimitedError } from './accounts.errors';
import { SignInAttemptEntity } from './session.entity';

/** The window in which failed sign-ins count. */
export const SIGN_IN_WINDOW_MINUTES = 15;
/** Failed sign-ins one client address may make on one account in the window; then that address waits the window. */
export const MAX_FAILED_SIGN_INS = 5;
/** Failed sign-ins one client address may make in the window, whatever the accounts (credential stuffing). */
export const MAX_FAILED_SIGN_INS_PER_ADDRESS = 30;
/** After this many failures on an account (from any address), each attempt waits a back-off after the last one. */
export const BACKOFF_AFTER_FAILURES = 5;
/** The longest back-off: the owner of an attacked account waits at most this long, never a lock-out. */
export const MAX_BACKOFF_SECONDS = 60;
/**
 * Attempts are kept this long, then deleted: they only count within SIGN_IN_WINDOW_MINUTES (a success older than the
 * window clears nothing the window still holds), and an address with an e-mail is personal data, kept no longer than
 * its purpose needs.
 */
export const SIGN_IN_ATTEMPT_RETENTION_HOURS = 24;

/** Seconds an attempt must wait after the last failure, given `failures` failures on the account. */
export function backoffSeconds(failures: number): number {
  if (failures < BACKOFF_AFTER_FAILURES) return 0;
  return Math.min(MAX_BACKOFF_SECONDS, 2 ** (failures - BACKOFF_AFTER_FAILURES));
}

/**
 * Sign-in throttling, per client address and per account, that holds under concurrency and never locks the
 * owner out (see docs/operations.md):
 * - one address: MAX_FAILED_SIGN_INS failures on one account, or MAX_FAILED_SIGN_INS_PER_ADDRESS on any, within
 *   the window, and that address is refused until the failures age out of it;
 * - one account, from every address: past BACKOFF_AFTER_FAILURES failures, an exponential back-off (1 s, 2 s, 4 s…
 *   at most MAX_BACKOFF_SECONDS) after the last failure. Someone attacking from many addresses slows the account
 *   down, but its owner, from their own address, waits at most a minute;
 * - a success clears the account's failures before it for the back-off (not for the other addresses' limits).
 *
 * Atomic: `reserve` takes transaction-scoped advisory locks on the address and then the account, counts, and
 * records the attempt as a failure before the password is checked (argon2 runs outside the lock); `succeeded` turns
 * it into a success. Concurrent attempts thus each see the ones before them, and the limit cannot be raced.
 */
@Injectable()
export class SignInLimiter {
  private sweptAt = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records an attempt (a failure until `succeeded`), or refuses it with RATE_LIMITED. Returns its id. */
  async reserve(email: string, address: string): Promise<string> {
    if (Date.now() - this.sweptAt >= 60_000) {
      this.sweptAt = Date.now();
      await this.removeExpired();
    }
    return this.dataSource.transaction(async (manager) => {
      // Always the address first, then the account: two attempts never wait on each other's second lock.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('sign-in address'), hashtext($1))`, [address]);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('sign-in account'), hashtext($1))`, [email]);
      const [row]: { pair: string; by_address: string; by_account: string; since_last: number | null }[] =
        await manager.query(
          `WITH last_success AS (
             SELECT coalesce(max(at), '-infinity'::timestamptz) AS at
               FROM sign_in_attempt WHERE email = $1 AND succeeded
           )
           SELECT count(*) FILTER (WHERE a.email = $1 AND a.address = $2) AS pair,
                  count(*) FILTER (WHERE a.address = $2) AS by_address,
                  count(*) FILTER (WHERE a.email = $1 AND a.at > s.at) AS by_account,
                  extract(epoch FROM clock_timestamp() - max(a.at) FILTER (WHERE a.email = $1 AND a.at > s.at))
                    AS since_last
             FROM sign_in_attempt a, last_success s
            WHERE NOT a.succeeded
              AND a.at > now() - make_interval(mins => $3)
              AND (a.email = $1 OR a.address = $2)`,
          [email, address, SIGN_IN_WINDOW_MINUTES],
        );
      const window = SIGN_IN_WINDOW_MINUTES * 60;
      if (Number(row.pair) >= MAX_FAILED_SIGN_INS) throw new RateLimitedError(window);
      if (Number(row.by_address) >= MAX_FAILED_SIGN_INS_PER_ADDRESS) throw new RateLimitedError(window);
      const wait = backoffSeconds(Number(row.by_account)) - Number(row.since_last ?? Infinity);
      if (wait > 0) throw new RateLimitedError(Math.ceil(wait));
      const inserted = await manager
        .getRepository(SignInAttemptEntity)
        .createQueryBuilder()
        .insert()
        .values({ email, address, succeeded: false, at: () => 'clock_timestamp()' })
        .returning('id')
        .execute();
      return String(inserted.identifiers[0].id);
    });
  }

  /** Deletes the attempts older than SIGN_IN_ATTEMPT_RETENTION_HOURS (sign-in does it at most once a minute). */
  async removeExpired(): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_attempt WHERE at < now() - make_interval(hours => $1)`, [
      SIGN_IN_ATTEMPT_RETENTION_HOURS,
    ]);
  }

  async succeeded(attemptId: string): Promise<void> {
    await this.dataSource.getRepository(SignInAttemptEntity).update({ id: attemptId }, { succeeded: true });
  }
}
