/**
 * The "Kept aside" part of the Offline & storage menu: everything the app
 * set aside instead of dropping (kept-aside.ts), each with what it is, why
 * it was kept, and Download / Restore / Discard.
 */
import { useState } from 'react';
import { t, withFeatureMessages } from '../i18n';
import { downloadText } from '../platform/download';
import { discardAside, isReadable, useKeptAside, type AsideEntry, type UnreadableAside } from '../store/kept-aside';
import { asideWhat } from './aside-text';
import { asideWhy } from './aside-why';

function download(entry: AsideEntry | UnreadableAside): void {
  const code = isReadable(entry) && entry.kind === 'code';
  downloadText(`large-model-lab-kept-${entry.id}.${code ? 'ts' : 'json'}`, entry.text, code ? 'text/plain' : 'application/json');
}

const restorable = (entry: AsideEntry) => (entry.kind === 'code' || entry.kind === 'scenario') && entry.item.includes('/');

export function KeptAsideList() {
  const entries = useKeptAside((s) => s.entries);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (entries.length === 0 && !message) return null;

  const restore = async (entry: AsideEntry) => {
    const { restoreAside } = await withFeatureMessages(import('./restore-aside'));
    const result = restoreAside(entry);
    setMessage(result.ok ? { ok: true, text: result.value } : { ok: false, text: result.error });
  };

  return (
    <section className="offline-aside" aria-labelledby="offline-aside-heading" data-testid="kept-aside">
      <h3 id="offline-aside-heading">{t('offline.aside.heading', { count: entries.length })}</h3>
      <p className="offline-aside-intro">{t('offline.aside.intro')}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id} data-aside-id={entry.id}>
            {isReadable(entry) ? (
              <>
                <strong>{asideWhat(entry.kind, entry.name)}</strong> <span>{asideWhy(entry)}</span>{' '}
                <time dateTime={new Date(entry.at).toISOString()}>{new Date(entry.at).toLocaleString()}</time>
              </>
            ) : (
              <strong>{t('offline.aside.unreadable')}</strong>
            )}
            <span className="offline-aside-actions">
              <button type="button" className="text-button" onClick={() => download(entry)}>
                {t('offline.aside.download')}
              </button>
              {isReadable(entry) && restorable(entry) && (
                <button type="button" className="text-button" onClick={() => void restore(entry)}>
                  {t('offline.aside.restore')}
                </button>
              )}
              <button type="button" className="text-button" onClick={() => discardAside(entry.id)}>
                {t('offline.aside.discard')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? undefined : 'offline-error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
