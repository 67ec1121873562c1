/** What a schema needs to know of the moment it validates in: today's date in France (see `todayInFrance`). */
export interface RuleContext {
  /** YYYY-MM-DD, Europe/Paris. */
  today: string;
}
