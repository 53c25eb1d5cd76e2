/**
 * A line chart on uPlot: x values and one or more series, with optional bands between two
 * series (a confidence interval). Colours from the design tokens, redrawn when the theme or the
 * data change. Plotting uses `Number`s: display only, the exact values are in the tables.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: Array<number | null>;
  /** A token name: '--chart-1', '--chart-2', '--chart-band', ... */
  color: string;
  dash?: boolean;
  /** Only a band edge: not drawn as a line, not in the legend's colours. */
  edge?: boolean;
}

export function Chart({ x, xLabel, series, bands = [], height = 280, label }: {
  x: number[];
  xLabel: string;
  series: ChartSeries[];
  /** Pairs of series indices (1-based, as uPlot counts: 0 is x) filled between. */
  bands?: Array<{ series: [number, number]; color: string }>;
  height?: number;
  label: string;
}) {
  const el = useRef<HTMLDivElement>(null);
  // The theme's colours are read when drawing: a theme change redraws.
  const [theme, setTheme] = useState(document.documentElement.dataset.theme);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(document.documentElement.dataset.theme));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (!el.current) return;
    const css = getComputedStyle(document.documentElement);
    const token = (name: string) => css.getPropertyValue(name).trim() || name;
    const opts: uPlot.Options = {
      width: el.current.clientWidth || 600,
      height,
      scales: { x: { time: false } },
      axes: [
        { label: xLabel, stroke: token('--color-text-muted'), grid: { stroke: token('--chart-grid') } },
        { stroke: token('--color-text-muted'), grid: { stroke: token('--chart-grid') }, size: 80 },
      ],
      series: [
        { label: xLabel },
        ...series.map((s) => ({
          label: s.label,
          stroke: s.edge ? 'transparent' : token(s.color),
          width: s.edge ? 0 : 2,
          dash: s.dash ? [6, 4] : undefined,
          points: { show: !s.edge },
        })),
      ],
      bands: bands.map((b) => ({ series: b.series, fill: token(b.color) })),
    };
    const plot = new uPlot(opts, [x, ...series.map((s) => s.values)] as uPlot.AlignedData, el.current);
    const resize = new ResizeObserver(() => plot.setSize({ width: el.current?.clientWidth ?? 600, height }));
    resize.observe(el.current);
    return () => { resize.disconnect(); plot.destroy(); };
  }, [JSON.stringify({ x, series, bands, height }), theme]);
  return <div ref={el} class="chart" role="img" aria-label={label} />;
}
