import { Suspense, lazy, type ReactNode } from 'react';
import type { BarChartProps } from './BarChart';
import type { LineChartProps } from './LineChart';

/** Recharts and the chart live in their own chunk, loaded after the page's text and tables. */
const BarChart = lazy(() => import('./BarChart'));
const LineChart = lazy(() => import('./LineChart'));

/**
 * A titled figure: the bar or line chart (visual) and its table (the text alternative, always visible). While the chart's
 * code loads, its place is kept so the page does not jump.
 */
export function ChartFigure({
  title,
  description,
  chart,
  table,
  headingLevel = 3,
}: {
  title: string;
  description?: ReactNode;
  chart: BarChartProps | (LineChartProps & { kind: 'line' });
  table: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart-figure">
      <Heading>{title}</Heading>
      {description && <p className="muted">{description}</p>}
      {'kind' in chart ? (
        <Suspense fallback={<div className="chart-placeholder" style={{ height: 260 }} />}>
          <LineChart {...chart} />
        </Suspense>
      ) : (
        <Suspense fallback={<div className="chart-placeholder" style={{ height: chart.data.length * 34 + 40 }} />}>
          <BarChart {...chart} />
        </Suspense>
      )}
      {table}
    </section>
  );
}
