/** "Import work…": picks a backup file, restores it, offers a reload. */
import { useRef, useState } from 'react';
import { t } from '../i18n';
import { restoreBackup } from './export-work';

type ImportState = { kind: 'idle' } | { kind: 'done'; count: number } | { kind: 'failed'; message: string };

export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const restored = await restoreBackup(file);
    setState(restored.ok ? { kind: 'done', count: restored.value } : { kind: 'failed', message: restored.error });
  };

  return (
    <div className="offline-import">
      <button type="button" className="text-button" onClick={() => input.current?.click()}>
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
      {state.kind === 'done' && (
        <p role="status">
          {t('offline.importDone', { count: state.count })}{' '}
          <button type="button" className="text-button" onClick={() => window.location.reload()}>
            {t('offline.reloadNow')}
          </button>
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="offline-error">
          {t('offline.importFailed', { message: state.message })}
        </p>
      )}
    </div>
  );
}
