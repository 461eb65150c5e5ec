/**
 * The app's one chart primitive: a thin React wrapper around uPlot (a small,
 * fast canvas chart library, ~50 KB raw). Create once, then push new data
 * with `setData` (cheap enough for live training curves); the chart follows
 * its container's width. Options that change shape (series count, axes)
 * recreate the chart: pass a new `optionsKey` for that. A language switch
 * recreates it too (series and axis labels are set when it is built), so
 * callers list the locale among the dependencies of the options they build.
 *
 * uPlot itself is loaded, and the chart drawn, only when the chart comes
 * near the viewport: a box of the chart's height holds its place until then.
 */
import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useLocale } from '../i18n/locale-store';
import { whenIdle } from '../app/idle';
import { useNearViewport } from '../app/useNearViewport';

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

let uplotModule: Promise<typeof uPlot> | null = null;
const loadUPlot = () =>
  (uplotModule ??= import('uplot').then(
    (m) => m.default,
    (error: unknown) => {
      uplotModule = null; // a later chart may try again
      throw error;
    },
  ));

export function UPlotChart({
  options,
  data,
  height = 220,
  optionsKey = '',
  label,
  className,
}: UPlotChartProps) {
  const locale = useLocale();
  const [containerRef, near] = useNearViewport<HTMLDivElement>();
  const chartRef = useRef<uPlot | null>(null);
  const dataRef = useRef(data);
  dataRef.current = data;
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !near) return;
    let chart: uPlot | null = null;
    let observer: ResizeObserver | null = null;
    let cancelled = false;
    void loadUPlot().then((UPlot) =>
      // One chart per idle slot: several charts drawn together would make one long task.
      whenIdle(() => {
        if (cancelled) return;
        const width = Math.max(200, container.clientWidth);
        chart = new UPlot({ ...optionsRef.current, width, height }, dataRef.current, container);
        chartRef.current = chart;
        const drawn = chart;
        observer = new ResizeObserver(() => {
          drawn.setSize({ width: Math.max(200, container.clientWidth), height });
        });
        observer.observe(container);
      }, 1000),
    );
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart?.destroy();
      chartRef.current = null;
    };
  }, [containerRef, near, optionsKey, height, locale]);

  useEffect(() => {
    chartRef.current?.setData(data);
  }, [data]);

  return <div ref={containerRef} className={className} role="img" aria-label={label} style={{ minHeight: height }} />;
}
