import { CartesianGrid, Line, LineChart as RechartsLineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { BarDatum } from './types';

export interface LineChartProps {
  /** One point per datum, in order (e.g. month by month); null leaves a gap. */
  data: BarDatum[];
  max?: number;
  formatValue(value: number): string;
}

/** A line over time. Presentational and hidden from assistive technologies: its table says the same. */
export default function LineChart({ data, max = 100, formatValue }: LineChartProps) {
  return (
    <div className="line-chart" aria-hidden="true" style={{ height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <RechartsLineChart data={data} margin={{ top: 8, right: 24, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d0d4da" />
          <XAxis dataKey="label" tick={{ fill: '#3a3f47', fontSize: 12 }} minTickGap={16} />
          <YAxis
            domain={[0, max]}
            tick={{ fill: '#3a3f47', fontSize: 12 }}
            tickFormatter={(v: number) => formatValue(v)}
            width={56}
          />
          <Line
            type="monotone"
            dataKey="value"
            stroke="#0b4f9c"
            strokeWidth={3}
            dot={{ r: 3, fill: '#0b4f9c' }}
            isAnimationActive={false}
            connectNulls={false}
          />
        </RechartsLineChart>
      </ResponsiveContainer>
    </div>
  );
}
