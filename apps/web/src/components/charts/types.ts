/** One bar: a label on the axis and a value; null draws no bar (no data). */
export interface BarDatum {
  key: string;
  label: string;
  value: number | null;
}
