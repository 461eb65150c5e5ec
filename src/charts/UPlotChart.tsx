/**
 * The app's one chart primitive: a thin React wrapper around uPlot (a small,
 * fast canvas chart library, ~50 KB raw). Create once, then push new data
 * with `setData` (cheap enough for live training curves); the chart follows
 * its container's width. Options that change shape (series count, axes)
 * recreate the chart: pass a new `optionsKey` for that. A language switch
 * recreates it too (series and axis labels are set when it is built), so
 * callers list the locale among the dependencies of the options they build.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useLocale } from '../i18n/locale-store';

export interface UPlotChartProps {
  /** Built without width/height: the wrapper sets those. */
  readonly options: Omit<uPlot.Options, 'width' | 'height'>;
  readonly data: uPlot.AlignedData;
  readonly height?: number;
  /** Change it to rebuild the chart (e.g. when the series list changes). */
  readonly optionsKey?: string;
  /** Accessible description of what the chart shows. */
  readonly label: string;
  readonly className?: string;
}

export function UPlotChart({
  options,
  data,
  height = 220,
  optionsKey = '',
  label,
  className,
}: UPlotChartProps) {
  const locale = useLocale();
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<uPlot | null>(null);
  const dataRef = useRef(data);
  dataRef.current = data;
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const width = Math.max(200, container.clientWidth);
    const chart = new uPlot({ ...optionsRef.current, width, height }, dataRef.current, container);
    chartRef.current = chart;
    const observer = new ResizeObserver(() => {
      chart.setSize({ width: Math.max(200, container.clientWidth), height });
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.destroy();
      chartRef.current = null;
    };
  }, [optionsKey, height, locale]);

  useEffect(() => {
    chartRef.current?.setData(data);
  }, [data]);

  return <div ref={containerRef} className={className} role="img" aria-label={label} />;
}
