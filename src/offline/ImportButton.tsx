/**
 * "Import work…": picks a backup file, checks it whole, and when some of the
 * work here is newer than the backup, says which and asks before replacing
 * it. The import is live at once (no reload) and its message says what it did.
 */
import { useRef, useState } from 'react';
import { t } from '../i18n';
import type { ParsedBackup } from './backup';
import type { ImportSummary } from './export-work';
import type { ImportPlan } from './import-plan';
import { ImportConfirm } from './ImportConfirm';
import { loadWork } from './lazy-work';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'confirm'; backup: ParsedBackup; plan: ImportPlan }
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** The sentence that says what an import did. */
export function importDoneText(summary: ImportSummary): string {
  const parts = [
    summary.scenarios > 0 ? t('offline.import.count.scenarios', { count: summary.scenarios }) : '',
    summary.codes > 0 ? t('offline.import.count.codes', { count: summary.codes }) : '',
    summary.other > 0 ? t('offline.import.count.other', { count: summary.other }) : '',
    summary.settings ? t('offline.import.count.settings') : '',
  ].filter(Boolean);
  const sentences = [parts.length > 0 ? t('offline.import.done', { what: parts.join(', ') }) : t('offline.import.nothingNew')];
  if (summary.keptNewer > 0) sentences.push(t('offline.import.keptNewer', { count: summary.keptNewer }));
  if (summary.keptAside > 0) sentences.push(t('offline.import.keptAside', { count: summary.keptAside }));
  if (summary.dropped > 0) sentences.push(t('offline.import.dropped', { count: summary.dropped }));
  return sentences.join(' ');
}

export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  /** Runs a step; anything unexpected becomes the failure message (never a stuck "Reading…"). */
  const guarded = async (step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const apply = (backup: ParsedBackup, replace: ReadonlySet<string>) =>
    guarded(async () => {
      const work = await loadWork();
      const applied = work.applyImport(backup, replace);
      setState(applied.ok ? { kind: 'done', summary: applied.value } : { kind: 'failed', message: applied.error });
    });

  const onFile = (file: File | undefined) =>
    guarded(async () => {
      if (!file) return;
      setState({ kind: 'reading' });
      const work = await loadWork();
      const read = await work.readBackupFile(file);
      if (!read.ok) { setState({ kind: 'failed', message: read.error }); return; }
      const plan = work.prepareImport(read.value);
      if (!plan.ok) { setState({ kind: 'failed', message: plan.error }); return; }
      if (plan.value.newerHere.length > 0) { setState({ kind: 'confirm', backup: read.value, plan: plan.value }); return; }
      await apply(read.value, new Set());
    });

  return (
    <div className="offline-import">
      <button type="button" className="text-button" onClick={() => input.current?.click()} disabled={state.kind === 'reading' || state.kind === 'confirm'}>
        {t('offline.import')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept="application/json,.json"
        aria-label={t('offline.import')}
        onChange={(e) => {
          void onFile(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }}
      />
      {state.kind === 'reading' && <p role="status">{t('offline.importReading')}</p>}
      {state.kind === 'confirm' && (
        <ImportConfirm
          plan={state.plan}
          onReplace={(ids) => void apply(state.backup, ids)}
          onKeep={() => void apply(state.backup, new Set())}
          onCancel={() => setState({ kind: 'cancelled' })}
        />
      )}
      {state.kind === 'done' && <p role="status" data-testid="import-result">{importDoneText(state.summary)}</p>}
      {state.kind === 'cancelled' && <p role="status">{t('offline.import.cancelled')}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="offline-error">
          {t('offline.importFailed', { message: state.message })}
        </p>
      )}
    </div>
  );
}
