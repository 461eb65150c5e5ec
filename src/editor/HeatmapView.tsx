/**
 * One heat map of the output (`lab.heatmap`). Small grids with labels or
 * values (confusion matrices, attention) are an HTML table: exact numbers,
 * crisp text, read cell by cell by screen readers. Large grids (decision
 * boundaries, feature maps) are a canvas, one pixel per cell scaled up
 * without smoothing, with the training points drawn over it.
 */
import { useEffect, useRef } from 'react';
import { t } from '../i18n';
import type { HeatmapData } from '../runtime/protocol';
import { formatSignificantOrGap } from '../format/significant';
import { cellColor, POINT_COLORS, rgbCss, textOn } from './heatmap-colors';

const TABLE_MAX = 16;
const CANVAS_SIZE = 320;

function HeatmapTable({ name, heatmap }: { name: string; heatmap: HeatmapData }) {
  const rows = Array.from({ length: heatmap.rows }, (_, r) => heatmap.values.slice(r * heatmap.columns, (r + 1) * heatmap.columns));
  return (
    <table className="lml-heatmap-table" aria-label={name}>
      {heatmap.columnLabels && (
        <thead>
          {heatmap.xTitle && (
            <tr>
              <td />
              <th scope="colgroup" colSpan={heatmap.columns} className="lml-heatmap-title">
                {heatmap.xTitle}
              </th>
            </tr>
          )}
          <tr>
            <td className="lml-heatmap-title">{heatmap.yTitle ?? ''}</td>
            {heatmap.columnLabels.map((label, i) => (
              <th key={i} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {heatmap.rowLabels && <th scope="row">{heatmap.rowLabels[r]}</th>}
            {row.map((value, c) => {
              const color = cellColor(value, heatmap);
              return (
                <td key={c} style={{ background: rgbCss(color), color: textOn(color) }} data-value={value}>
                  {heatmap.showValues ? formatSignificantOrGap(value) : <span className="visually-hidden">{formatSignificantOrGap(value)}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function draw(canvas: HTMLCanvasElement, heatmap: HeatmapData): void {
  const { rows, columns } = heatmap;
  const cells = document.createElement('canvas');
  cells.width = columns;
  cells.height = rows;
  const cellContext = cells.getContext('2d');
  const context = canvas.getContext('2d');
  if (!cellContext || !context) return;
  const image = cellContext.createImageData(columns, rows);
  heatmap.values.forEach((value, i) => {
    const [r, g, b] = cellColor(value, heatmap);
    image.data.set([r, g, b, 255], i * 4);
  });
  cellContext.putImageData(image, 0, 0);
  context.imageSmoothingEnabled = false;
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.drawImage(cells, 0, 0, canvas.width, canvas.height);
  const { extent, points } = heatmap;
  if (!extent || !points) return;
  // Column 0 sits at extent.x[0], the last column at extent.x[1]; y grows upward.
  const toX = (x: number) => ((x - extent.x[0]) / (extent.x[1] - extent.x[0])) * (canvas.width - 1) + 0.5;
  const toY = (y: number) => ((extent.y[1] - y) / (extent.y[1] - extent.y[0])) * (canvas.height - 1) + 0.5;
  const radius = Math.max(2.5, Math.min(5, canvas.width / 80));
  points.x.forEach((x, i) => {
    const label = Math.max(0, Math.round(points.label[i] ?? 0));
    const color = POINT_COLORS[label % POINT_COLORS.length] ?? '#000';
    context.beginPath();
    context.arc(toX(x), toY(points.y[i] ?? 0), radius, 0, 2 * Math.PI);
    context.lineWidth = 1.5;
    context.strokeStyle = label === 0 ? color : '#ffffff';
    context.fillStyle = label === 0 ? 'rgba(255, 255, 255, 0.85)' : color;
    context.fill();
    context.stroke();
  });
}

function HeatmapCanvas({ name, heatmap }: { name: string; heatmap: HeatmapData }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const aspect = heatmap.rows / heatmap.columns;
  const width = CANVAS_SIZE;
  const height = Math.max(16, Math.round(CANVAS_SIZE * aspect));
  useEffect(() => {
    if (ref.current) draw(ref.current, heatmap);
  }, [heatmap]);
  const label = t('runtime.heatmap.label', {
    name,
    rows: heatmap.rows,
    columns: heatmap.columns,
    min: formatSignificantOrGap(heatmap.min),
    max: formatSignificantOrGap(heatmap.max),
    points: heatmap.points?.x.length ?? 0,
  });
  return <canvas ref={ref} width={width} height={height} role="img" aria-label={label} className="lml-heatmap-canvas" />;
}

export function HeatmapView({ name, heatmap }: { name: string; heatmap: HeatmapData }) {
  const asTable = heatmap.rows <= TABLE_MAX && heatmap.columns <= TABLE_MAX && (heatmap.showValues || heatmap.rowLabels || heatmap.columnLabels);
  return (
    <figure className="lml-heatmap" data-heatmap={name} data-rows={heatmap.rows} data-columns={heatmap.columns}>
      <figcaption>{name}</figcaption>
      {asTable ? (
        // A wide table (many tokens) scrolls sideways in its own box, never the page.
        <div className="lml-scroll-x" tabIndex={0}>
          <HeatmapTable name={name} heatmap={heatmap} />
        </div>
      ) : (
        <HeatmapCanvas name={name} heatmap={heatmap} />
      )}
      <p className="lml-heatmap-legend" aria-hidden="true">
        <span style={{ background: rgbCss(cellColor(heatmap.min, heatmap)) }} /> {formatSignificantOrGap(heatmap.min)}
        {heatmap.colors === 'diverging' && (
          <>
            <span style={{ background: rgbCss(cellColor(heatmap.center, heatmap)) }} /> {formatSignificantOrGap(heatmap.center)}
          </>
        )}
        <span style={{ background: rgbCss(cellColor(heatmap.max, heatmap)) }} /> {formatSignificantOrGap(heatmap.max)}
      </p>
    </figure>
  );
}
