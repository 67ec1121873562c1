export { ChartFigure } from './ChartFigure';
export type { BarChartProps } from './BarChart';
export type { BarDatum } from './types';
export type { LineChartProps } from './LineChart';
