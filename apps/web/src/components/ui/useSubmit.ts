import { useState } from 'react';

/** A form's submission: pending while `run` works, the error it threw, `done` after a success (cleared on retry). */
export function useSubmit() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  async function submit(run: () => Promise<void>): Promise<boolean> {
    setPending(true);
    setError(undefined);
    setDone(false);
    try {
      await run();
      setDone(true);
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setPending(false);
    }
  }
  return { pending, error, done, submit, reset: () => setDone(false), dismissError: () => setError(undefined) };
}
