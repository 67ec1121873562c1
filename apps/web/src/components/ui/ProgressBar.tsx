/**
 * A horizontal bar for a percentage. It is decoration: the number is always written next to it, so the bar is hidden
 * from assistive technologies. `marker` draws a thin line at another percentage (an average, the expected pace).
 */
export function ProgressBar({
  value,
  marker,
  tone = 'primary',
}: {
  value: number | null;
  marker?: number | null;
  tone?: 'primary' | 'muted';
}) {
  const width = value === null ? 0 : Math.max(0, Math.min(100, value));
  return (
    <span className={`progress-bar progress-bar-${tone}`} aria-hidden="true">
      <span className="progress-bar-fill" style={{ width: `${width}%` }} />
      {marker !== undefined && marker !== null && (
        <span className="progress-bar-marker" style={{ left: `${Math.max(0, Math.min(100, marker))}%` }} />
      )}
    </span>
  );
}
