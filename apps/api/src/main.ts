import 'reflect-metadata';
import { startApp, type RunningApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';

async function main(): Promise<void> {
  const config = loadConfig();
  // The signal handlers come first: startApp prints its "GraphQL API on" line (which scripts and tests wait for)
  // before it returns, and a SIGTERM sent at once must still shut the app down cleanly, not kill it.
  let running: RunningApp | null = null;
  let closing = false;
  const close = (app: RunningApp) =>
    app.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  const shutdown = (signal: string) => {
    if (closing) {
      // A second Ctrl-C during a long first start (the referential, a statistics rebuild) stops at once: every step
      // of the start is a transaction, or is redone at the next start.
      if (!running) {
        console.log(`${signal} again: stopping now`);
        process.exit(1);
      }
      return;
    }
    closing = true;
    console.log(`${signal}: shutting down${running ? '' : ' once started (again to stop now)'}`);
    if (running) void close(running);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  running = await startApp(config);
  if (closing) await close(running);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
