/**
 * Inside "Run history": the example's kept runs (newest first) with what
 * tells them apart, checkboxes to pick some, the picked runs' curves overlaid
 * in one chart (one colour per run) and their settings and results side by
 * side (rows that differ marked), "Restore this code" per run and "Clear
 * history". Loaded when the history is first opened.
 */
import { useId, useMemo, useState } from 'react';
import type uPlot from 'uplot';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { UPlotChart } from '../charts/UPlotChart';
import { backendName } from '../editor/backend-names';
import { alignSeries } from '../editor/align-series';
import { ChartDataTable } from '../charts/ChartDataTable';
import { formatSignificant, formatSignificantOrGap } from '../format/significant';
import { t } from '../i18n';
import { useLocale } from '../i18n/locale-store';
import { LANGUAGE_TAGS, type Locale } from '../i18n/locales';
import type { ControlAlias } from '../lessons/types';
import type { ControlValue } from '../runtime/protocol';
import { useEditorStore } from '../store/editor';
import { keepAside } from '../store/kept-aside';
import { codeHashOf, MAX_RUNS_PER_EXAMPLE, RUNS_STORAGE_KEY, useRuns, type StoredRun } from '../store/runs';
import type { RunHistoryProps } from './RunHistorySection';

type Run = StoredRun & { readonly key: string };
type Labelled = Run & { readonly label: string };

function timeOf(at: number, locale: Locale): string {
  const date = new Date(at);
  const today = date.toDateString() === new Date().toDateString();
  return date.toLocaleString(LANGUAGE_TAGS[locale], { ...(today ? {} : { month: 'short', day: 'numeric' }), hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** A setting's name and value as this edition shows them (runs store them under the English ones). */
function shownSetting(aliases: readonly ControlAlias[], name: string, value: ControlValue): [string, string] {
  const alias = aliases.find((a) => a.english === name);
  const shownName = alias?.name ?? name;
  if (typeof value === 'number') return [shownName, formatSignificant(value)];
  if (typeof value === 'string') return [shownName, Object.entries(alias?.options ?? {}).find(([, english]) => english === value)?.[0] ?? value];
  return [shownName, `${value.length}×${value[0]?.length ?? 0}`];
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];

function colour(index: number): string {
  const value = (globalThis as { getComputedStyle?: typeof getComputedStyle }).getComputedStyle?.(document.documentElement).getPropertyValue(`--series-${(index % 5) + 1}`).trim();
  return value || '#0b5cad';
}

/** The picked runs' lines of one chart: one colour per run, dashed for a run's second curve (and after five runs). */
function OverlayChart({ picked }: { picked: readonly Labelled[] }) {
  const charts = unique(picked.flatMap((r) => r.curves.map((c) => c.chart)));
  const [chosen, setChosen] = useState<string | null>(null);
  const selectId = useId();
  const chart = chosen !== null && charts.includes(chosen) ? chosen : charts[0];
  const names = unique(picked.flatMap((r) => r.curves.filter((c) => c.chart === chart).map((c) => c.series)));
  const lines = picked.flatMap((run, index) =>
    run.curves
      .filter((c) => c.chart === chart)
      .map((c) => ({
        label: names.length > 1 ? `${run.label} · ${c.series}` : run.label,
        run: index,
        dash: names.indexOf(c.series) > 0 || index >= 5,
        x: c.x,
        y: c.y.map((v) => v ?? NaN),
      })),
  );
  const data = alignSeries(lines);
  const shapeKey = lines.map((l) => `${l.label}|${l.run}|${l.dash}`).join('\n');
  // Built every render, used when the chart is (re)built: UPlotChart rebuilds it when `shapeKey` changes.
  const options: Omit<uPlot.Options, 'width' | 'height'> = {
    scales: { x: { time: false } },
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
    series: [
      { label: 'x' },
      ...lines.map((line): uPlot.Series => ({ label: line.label, stroke: colour(line.run), width: 2, spanGaps: true, points: { show: false }, ...(line.dash ? { dash: [6, 4] } : {}) })),
    ],
  };
  if (chart === undefined) return <p className="lml-muted">{t('history.noCurves')}</p>;
  return (
    <figure className="lml-chart lml-history-chart" data-history-chart={chart}>
      <figcaption className="lml-chart-title">
        {charts.length > 1 ? (
          <>
            <label htmlFor={selectId}>{t('history.curve')}</label>{' '}
            <select id={selectId} value={chart} onChange={(event) => setChosen(event.target.value)}>
              {charts.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </>
        ) : (
          chart
        )}
      </figcaption>
      <UPlotChart options={options} data={data} optionsKey={shapeKey} height={200} label={t('history.chart.label', { name: chart, runs: unique(picked.map((r) => r.label)).join(', ') })} />
      <ChartDataTable caption={t('history.chart.table', { name: chart })} lines={lines.map((line) => line.label)} data={data} marker={{ 'data-history-table': chart }} />
    </figure>
  );
}

/** The picked runs' settings and results side by side; a row whose values differ is marked. */
function CompareTable({ picked, aliases }: { picked: readonly Labelled[]; aliases: readonly ControlAlias[] }) {
  const rows: { id: string; name: string; values: string[] }[] = [
    { id: 'backend', name: t('history.row.backend'), values: picked.map((r) => backendName(r.backend)) },
    { id: 'seed', name: t('history.row.seed'), values: picked.map((r) => String(r.seed)) },
    { id: 'code', name: t('history.row.code'), values: picked.map((r) => r.codeHash.slice(0, 7)) },
  ];
  for (const name of unique(picked.flatMap((r) => Object.keys(r.settings)))) {
    const values = picked.map((r) => (r.settings[name] === undefined ? '–' : shownSetting(aliases, name, r.settings[name])[1]));
    rows.push({ id: `setting:${name}`, name: shownSetting(aliases, name, 0)[0], values });
  }
  for (const name of unique(picked.flatMap((r) => Object.keys(r.metrics)))) {
    rows.push({ id: `metric:${name}`, name, values: picked.map((r) => formatSignificantOrGap(r.metrics[name])) });
  }
  rows.push({ id: 'time', name: t('history.row.time'), values: picked.map((r) => (r.durationMs / 1000).toFixed(1)) });
  return (
    <div className="lml-history-table">
      <table data-testid="history-compare">
        <caption>{t('history.compare.caption')}</caption>
        <thead>
          <tr>
            <td />
            {picked.map((r) => (
              <th scope="col" key={r.key}>
                {r.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            // Time always differs a little: it is not what sets runs apart.
            const differs = picked.length > 1 && row.id !== 'time' && new Set(row.values).size > 1;
            return (
              <tr key={row.id} data-row={row.id} data-differs={differs} className={differs ? 'lml-history-differs' : undefined}>
                <th scope="row">
                  {row.name}
                  {differs && <span title={t('history.differs')}> ≠</span>}
                </th>
                {row.values.map((value, index) => (
                  <td key={picked[index]?.key}>{value}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export default function RunHistoryPanel({ example, title, starter, aliases, currentCode, onRestore, runs }: RunHistoryProps & { runs: readonly Run[] }) {
  const code = useRuns((s) => s.code);
  const saved = useEditorStore((s) => s.codes[example]) ?? starter;
  const savedHash = useMemo(() => codeHashOf(saved), [saved]);
  const [picks, setPicks] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Labels in the language shown (a switch re-labels them).
  const locale = useLocale();
  const labelled = useMemo(() => runs.map((r) => ({ ...r, label: t('history.runLabel', { n: r.n, time: timeOf(r.at, locale) }) })), [runs, locale]);
  // Oldest first, as run numbers go.
  const picked = useMemo(() => labelled.filter((r) => picks.has(r.key)).reverse(), [labelled, picks]);

  const toggle = (key: string) =>
    setPicks((s) => {
      const next = new Set(s);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const restore = (run: Labelled) => {
    const text = code[run.codeHash];
    if (text === undefined) return;
    const current = currentCode();
    if (current === text) {
      setMessage(t('history.restore.same'));
      return;
    }
    // The code it replaces is kept aside, unless the history or the starter already holds it.
    const hash = codeHashOf(current);
    const other = code[hash] === current ? labelled.find((r) => r.codeHash === hash) : undefined;
    if (other) setMessage(t('history.restore.inHistory', { run: run.label, other: other.label }));
    else if (current === starter) setMessage(t('history.restore.starter', { run: run.label }));
    else {
      keepAside({ reason: 'replaced', source: RUNS_STORAGE_KEY, kind: 'code', item: `codes/${example}`, name: example, detail: '', text: current });
      setMessage(t('history.restore.keptAside', { run: run.label }));
    }
    onRestore(text);
  };

  return (
    <div className="lml-history-body">
      <p className="lml-muted">{t('history.intro', { max: MAX_RUNS_PER_EXAMPLE })}</p>
      <ul className="lml-history-runs">
        {labelled.map((run) => {
          const settings = Object.entries(run.settings).slice(0, 3).map(([name, value]) => shownSetting(aliases, name, value).join(' '));
          const metrics = Object.entries(run.metrics).slice(0, 3).map(([name, value]) => `${name} ${formatSignificantOrGap(value)}`);
          return (
            <li key={run.key} data-run={run.n}>
              <label>
                <input type="checkbox" checked={picks.has(run.key)} onChange={() => toggle(run.key)} /> <strong>{run.label}</strong>
              </label>
              <button type="button" className="text-button" disabled={code[run.codeHash] === undefined} title={code[run.codeHash] === undefined ? t('history.restore.missing') : undefined} onClick={() => restore(run)}>
                {t('history.restore')}
              </button>
              <span className="lml-muted">
                {[backendName(run.backend), ...settings, ...metrics].join(' · ')}{' '}
                {run.codeHash !== savedHash && (
                  <span className="lml-edited" title={t('history.codeDiffers.hint')} data-testid="code-differs">
                    {t('history.codeDiffers')}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {message && (
        <p role="status" className="lml-history-message" data-testid="history-message">
          {message}
        </p>
      )}
      {picked.length > 0 && (
        <>
          <OverlayChart picked={picked} />
          <CompareTable picked={picked} aliases={aliases} />
        </>
      )}
      <p>
        <button type="button" className="text-button" onClick={() => setConfirming(true)}>
          {t('history.clear')}
        </button>
      </p>
      <ConfirmDialog
        open={confirming}
        title={t('history.clear.title')}
        body={t('history.clear.body', { count: runs.length, title })}
        cancelLabel={t('runtime.reset.cancel')}
        confirmLabel={t('history.clear')}
        onConfirm={() => {
          setConfirming(false);
          useRuns.getState().clear(example);
        }}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
