import * as argon2 from 'argon2';
import { ARGON2_OPTIONS, DUMMY_HASH } from './accounts.service';

describe('the hash an unknown e-mail is verified against', () => {
  it('has the parameters every account is hashed with, so an unknown e-mail costs what a known one does', async () => {
    // needsRehash compares the version, memory, time and parallelism written in the hash with the options' (their
    // defaults filled in): a change to ARGON2_OPTIONS' costs without a new DUMMY_HASH fails here; the variant
    // (argon2id) is compared with a real hash's below.
    const { type: _variant, ...costs } = ARGON2_OPTIONS;
    expect(argon2.needsRehash(DUMMY_HASH, costs)).toBe(false);
    const real = await argon2.hash('a password', ARGON2_OPTIONS);
    expect(DUMMY_HASH.split('$').slice(0, 4)).toEqual(real.split('$').slice(0, 4));
  });

  it('is a hash argon2 verifies (a password does not match it), not a placeholder that fails before the work', async () => {
    await expect(argon2.verify(DUMMY_HASH, 'not a password')).resolves.toBe(false);
    await expect(argon2.verify(DUMMY_HASH, '')).resolves.toBe(false);
  });
});
