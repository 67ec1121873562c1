import {
  Bar,
  BarChart as RechartsBarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { BarDatum } from './types';

export interface BarChartProps {
  data: BarDatum[];
  /** Upper bound of the value axis; 100 for percentages. */
  max?: number;
  /** Formats a value for the labels at the end of the bars. */
  formatValue(value: number): string;
  /** Width kept for the category labels, in pixels. */
  labelWidth?: number;
}

const BAR_HEIGHT = 34;

/**
 * Horizontal bars, one per datum. Presentational only: shaping happens in the features' utils. It is hidden from
 * assistive technologies because every chart is shown with its table (ChartFigure), which says the same.
 */
export default function BarChart({ data, max = 100, formatValue, labelWidth = 160 }: BarChartProps) {
  const rows = data.map((d) => ({ ...d, bar: d.value ?? 0 }));
  return (
    <div className="bar-chart" aria-hidden="true" style={{ height: Math.max(80, rows.length * BAR_HEIGHT + 40) }}>
      <ResponsiveContainer width="100%" height="100%">
        <RechartsBarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#d0d4da" />
          <XAxis type="number" domain={[0, max]} tick={{ fill: '#3a3f47', fontSize: 12 }} />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            tick={{ fill: '#1b1e23', fontSize: 13 }}
            interval={0}
          />
          <Bar dataKey="bar" fill="#0b4f9c" isAnimationActive={false} barSize={18}>
            <LabelList
              dataKey="value"
              position="right"
              fill="#1b1e23"
              fontSize={12}
              formatter={(value: unknown) => (typeof value === 'number' ? formatValue(value) : '—')}
            />
          </Bar>
        </RechartsBarChart>
      </ResponsiveContainer>
    </div>
  );
}
