import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** One thing a reliability scenario tried, and what held (or not). */
export interface Trial {
  tried: string;
  held: string;
  /** Measured figures worth keeping (milliseconds, counts…). */
  figures?: Record<string, number | string>;
}

/**
 * Collects what a reliability scenario tried and what held, prints it at the end of the suite (so the CI log
 * reads as a report) and writes it to `$ARTIFACTS_DIR/reliability/<scenario>.json`.
 */
export class ReliabilityReport {
  private readonly trials: Trial[] = [];

  constructor(private readonly scenario: string) {}

  add(trial: Trial): void {
    this.trials.push(trial);
  }

  /** Call from `afterAll`. */
  write(): void {
    const dir = path.join(
      process.env.ARTIFACTS_DIR ?? path.resolve(__dirname, '../../../../../artifacts'),
      'reliability',
    );
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, `${this.scenario}.json`),
      JSON.stringify({ scenario: this.scenario, at: new Date().toISOString(), trials: this.trials }, null, 2),
    );
    const lines = this.trials.map((t) => {
      const figures = t.figures
        ? ` (${Object.entries(t.figures)
            .map(([k, v]) => `${k}: ${v}`)
            .join(', ')})`
        : '';
      return `  - tried: ${t.tried}\n    held:  ${t.held}${figures}`;
    });
    console.log(`reliability — ${this.scenario}\n${lines.join('\n')}`);
  }
}
