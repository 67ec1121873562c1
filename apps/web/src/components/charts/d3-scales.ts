/**
 * The d3 scales Recharts may build for the dashboard's charts, in place of the whole of d3-scale (vite.config.ts points
 * Recharts' `victory-vendor/d3-scale` here). Recharts looks an axis's scale up by name in
 * `import * as d3Scales`, so it bundles every scale (time, log, quantile, sequential…) and d3-time and d3-time-format
 * with them, about 8 KB gzipped that the dashboard never runs. Its axes all use `scale="auto"`: numbers get a linear
 * scale, categories a band scale (bars) or a point scale (lines). A chart that sets another `scale` must add it here:
 * Recharts would otherwise fall back to a point scale.
 */
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
