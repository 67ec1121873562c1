// The order in which jest starts the suites (`testSequencer` in jest.config.js): the longest first, so that no worker
// is left alone with a long suite at the end of the run while the others idle.
//
// Jest's own sequencer does this from the durations of the previous run, kept in its cache; a fresh clone (CI) has
// none, and then jest goes by file size, which says little here (a short end-to-end file drives Chromium for two
// minutes, a long unit file takes a second). So a suite's duration is, in this order: the one jest's cache holds
// (a machine that ran it before), else the one measured in a whole run and kept in scripts/test-durations.json, else
// (a new suite) the median of the known durations of its project. `node scripts/test-durations.mjs <CI log>` rewrites
// the file.
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const durations = require('./test-durations.json').seconds;

const projectOf = (test) => test.context.config.displayName?.name ?? test.context.config.rootDir;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

class LongestFirstSequencer extends Sequencer {
  /** Milliseconds per project, for the suites neither jest's cache nor the file knows. */
  estimates = new Map();

  known(test) {
    const cached = super.time(test);
    if (cached != null) return cached;
    const relative = path.relative(test.context.config.rootDir, test.path).split(path.sep).join('/');
    const seconds = durations[relative];
    return seconds == null ? undefined : seconds * 1000;
  }

  sort(tests) {
    const byProject = new Map();
    for (const test of tests) {
      const time = this.known(test);
      if (time == null) continue;
      const project = projectOf(test);
      byProject.set(project, [...(byProject.get(project) ?? []), time]);
    }
    this.estimates = new Map([...byProject].map(([project, times]) => [project, median(times)]));
    return super.sort(tests);
  }

  time(test) {
    return this.known(test) ?? this.estimates.get(projectOf(test));
  }
}

module.exports = LongestFirstSequencer;
