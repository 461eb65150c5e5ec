/**
 * Export the active scenario (JSON) and its projection (CSV), import a
 * scenario file, and create a share link. An import is checked for size
 * before it is read, then parsed and validated; on any problem the message
 * says what is wrong and the saved scenarios are not touched.
 */
import { useState } from 'react';
import { getLocale, t } from '../i18n';
import { MAX_SCENARIOS, useWorksheet } from '../store/worksheet';
import type { Scenario } from './model/types';
import type { MonthRow } from './model/project';
import { scenarioToJson, parseScenarioText } from './io/scenarioFile';
import { exportProjectionCsv } from './csv-export';
import type { MoneyDisplay } from './money-display';
import type { Summary } from './model/summary';
import { shareUrl } from './io/share';
import { MAX_IMPORT_BYTES } from './io/safeJson';
import { downloadText } from '../platform/download';
import { fileStem } from './file-stem';
import { problemMessage } from './problems';

type Status = { readonly kind: 'ok' | 'error'; readonly text: string } | null;

export function ImportExport({ scenario, rows, summary, money }: { scenario: Scenario; rows: readonly MonthRow[]; summary: Summary; money: MoneyDisplay }) {
  const addScenario = useWorksheet((s) => s.addScenario);
  const [status, setStatus] = useState<Status>(null);
  const [link, setLink] = useState<string | null>(null);

  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({ kind: 'error', text: t('worksheet.io.importFailed', { reason: problemMessage({ kind: 'tooLarge', size: file.size, max: MAX_IMPORT_BYTES }) }) });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ kind: 'error', text: t('worksheet.io.importFailed', { reason: problemMessage({ kind: 'readFailed' }) }) });
      return;
    }
    const parsed = parseScenarioText(text);
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: t('worksheet.io.importFailed', { reason: problemMessage(parsed.error) }) });
      return;
    }
    const id = addScenario(parsed.value);
    setStatus(
      id === null
        ? { kind: 'error', text: t('worksheet.scenario.full', { max: MAX_SCENARIOS }) }
        : { kind: 'ok', text: t('worksheet.io.imported', { name: parsed.value.name }) },
    );
  };

  const share = () => {
    const url = shareUrl(location.href, scenario, getLocale());
    setLink(url);
    // Undefined on pages that are not a secure context, whatever the DOM types say.
    (navigator.clipboard as Clipboard | undefined)?.writeText(url).then(
      () => setStatus({ kind: 'ok', text: t('worksheet.io.copied') }),
      () => undefined, // Clipboard refused (permissions, insecure page): the link is shown to copy by hand.
    );
  };

  return (
    <details className="ws-section">
      <summary>{t('worksheet.io.heading')}</summary>
      <div className="ws-section-body ws-io">
        <div className="ws-buttons">
          <button type="button" onClick={() => downloadText(`${fileStem(scenario.name)}.json`, scenarioToJson(scenario), 'application/json')}>
            {t('worksheet.io.exportJson')}
          </button>
          <button type="button" onClick={() => downloadText(`${fileStem(scenario.name)}.csv`, exportProjectionCsv(rows, summary, money), 'text/csv')}>
            {t('worksheet.io.exportCsv')}
          </button>
        </div>
        <label className="ws-field">
          <span>{t('worksheet.io.import')}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        <button type="button" onClick={share}>
          {t('worksheet.io.share')}
        </button>
        {link && (
          <label className="ws-field">
            <span>{t('worksheet.io.shareLink')}</span>
            <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
            <span className="ws-note">{t('worksheet.io.shareHint')}</span>
          </label>
        )}
        {status && (
          <p className={status.kind === 'error' ? 'ws-error' : 'ws-ok'} role={status.kind === 'error' ? 'alert' : 'status'}>
            {status.text}
          </p>
        )}
      </div>
    </details>
  );
}
