/**
 * "Run history (N)": a disclosure under the output, shown once the example
 * has a finished run, and what the history had to give up to a full storage.
 * The list, chart and table inside load when it is first opened.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { t } from '../i18n';
import type { ControlAlias } from '../lessons/types';
import { runsOf, useRuns, type RunsNotice } from '../store/runs';
import './run-history.css';

const RunHistoryPanel = lazy(() => import('./RunHistoryPanel'));

export interface RunHistoryProps {
  /** `<lesson>/<example>`. */
  readonly example: string;
  readonly title: string;
  /** The example's starter code. */
  readonly starter: string;
  readonly aliases: readonly ControlAlias[];
  /** The editor's text now. */
  readonly currentCode: () => string;
  /** Puts a past run's code in the editor (what it replaces has been dealt with). */
  readonly onRestore: (code: string) => void;
}

function noticeText(notice: RunsNotice): string {
  switch (notice.kind) {
    case 'quota':
      return t(notice.kept ? 'history.notice.quota' : 'history.notice.quotaLost', { count: notice.dropped });
    case 'madeRoom':
      return t('history.notice.madeRoom', { count: notice.dropped });
    case 'tooLarge':
      return t('history.notice.tooLarge');
  }
}

export default function RunHistorySection(props: RunHistoryProps) {
  const all = useRuns((s) => s.runs);
  const notice = useRuns((s) => s.notice);
  const runs = useMemo(() => runsOf({ runs: all }, props.example), [all, props.example]);
  const [open, setOpen] = useState(false);
  return (
    <>
      {notice && (
        <p className="lml-history-notice" role="alert" data-testid="history-notice">
          {noticeText(notice)}{' '}
          <button type="button" className="text-button" onClick={() => useRuns.getState().dismissNotice()}>
            {t('offline.dismiss')}
          </button>
        </p>
      )}
      {runs.length > 0 && (
        <details className="lml-history" open={open} onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="run-history">
          <summary>{t('history.summary', { count: runs.length })}</summary>
          {open && (
            <Suspense fallback={null}>
              <RunHistoryPanel {...props} runs={runs} />
            </Suspense>
          )}
        </details>
      )}
    </>
  );
}
