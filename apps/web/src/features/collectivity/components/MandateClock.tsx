import { MANDATE_END_DATE, type MandateClockStatus, mandateClockStart, mandatePace } from '@pacte/pact';
import { ProgressBar } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n';

const STATUS_KEYS = {
  TOO_EARLY: 'collectivity.clock.tooEarly',
  COMPLETE: 'collectivity.clock.complete',
  ON_TRACK: 'collectivity.clock.onTrack',
  BEHIND: 'collectivity.clock.behind',
  STALLED: 'collectivity.clock.stalled',
  UNKNOWN: 'collectivity.clock.unknown',
} as const satisfies Record<MandateClockStatus, string>;

/**
 * The mandate clock from libs/pact: time gone, time left, the pace so far and when the pledge would be complete at
 * that pace. The sentence comes from the clock's one `status`, so it cannot say "sera tenu" beside "jamais".
 * `startOverall` is the score at the clock's start the pace is measured from (the API's `scoreAtClockStart`). `today` is a prop so that
 * tests read the clock on a fixed day.
 */
export function MandateClock({
  overall,
  committedOn,
  startOverall = 0,
  today = new Date(),
}: {
  overall: number | null;
  committedOn: string;
  startOverall?: number | null;
  today?: Date | string;
}) {
  const { t, formatNumber, formatPercent, formatDate } = useI18n();
  const startDate = mandateClockStart(committedOn);
  const clock = mandatePace({ startDate, today, overall, startOverall });
  const status = t(STATUS_KEYS[clock.status]);
  return (
    <section className="section card" aria-labelledby="clock-heading">
      <h2 id="clock-heading">{t('collectivity.clock.title')}</h2>
      <p className={`clock-status ${clock.onTrack === false ? 'clock-behind' : 'clock-ok'}`} data-testid="clock-status">
        {status}
      </p>
      <dl className="facts facts-stacked">
        <div>
          <dt>{t('collectivity.clock.elapsed')}</dt>
          <dd>
            {t('collectivity.clock.months', {
              elapsed: formatNumber(clock.monthsElapsed),
              total: formatNumber(clock.monthsTotal),
            })}
            <ProgressBar value={(100 * clock.monthsElapsed) / clock.monthsTotal} tone="muted" />
          </dd>
        </div>
        <div>
          <dt>{t('collectivity.clock.left')}</dt>
          <dd>
            {t('collectivity.clock.monthsLeft', {
              months: formatNumber(clock.monthsLeft),
              end: formatDate(MANDATE_END_DATE),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('collectivity.clock.expected')}</dt>
          <dd>
            {t('collectivity.clock.expectedValue', {
              expected: formatPercent(clock.expectedProgress),
              overall: formatPercent(overall),
            })}
            <ProgressBar value={overall} marker={clock.expectedProgress} />
          </dd>
        </div>
        <div>
          <dt>{t('collectivity.clock.pace')}</dt>
          <dd>
            {clock.pace === null
              ? t('common.notAvailable')
              : t('collectivity.clock.paceValue', { pace: formatNumber(clock.pace, { maximumFractionDigits: 2 }) })}
            {clock.requiredPace !== null &&
              ` · ${t('collectivity.clock.requiredPace', { pace: formatNumber(clock.requiredPace, { maximumFractionDigits: 2 }) })}`}
          </dd>
        </div>
        <div>
          <dt>{t('collectivity.clock.projected')}</dt>
          <dd>
            {clock.projectedCompletionDate !== null
              ? formatDate(clock.projectedCompletionDate)
              : clock.status === 'STALLED'
                ? t('collectivity.clock.projectedNever')
                : t('common.notAvailable')}
          </dd>
        </div>
      </dl>
      <p className="muted small">
        {t('collectivity.clock.method', { start: formatDate(startDate), base: formatPercent(clock.startOverall) })}
      </p>
    </section>
  );
}
