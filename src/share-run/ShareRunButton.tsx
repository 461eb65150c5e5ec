/**
 * "Share this run" in the code pane's toolbar: a link carrying the code now
 * in the editor, the example's saved settings and the seed (run-link.ts),
 * copied to the clipboard and shown, so it can be copied by hand when the
 * browser refuses. The message says which happened.
 */
import { useId, useState } from 'react';
import { getLocale, t } from '../i18n';
import { DEFAULT_SEED } from '../runtime/client';
import type { ControlValue } from '../runtime/protocol';

type Shared = { readonly url: string; readonly copied: boolean } | null;

export function ShareRunButton(props: {
  readonly lessonSlug: string;
  readonly exampleId: string;
  /** The code in the editor now (saved edits may still be waiting for their pause). */
  readonly code: () => string;
  /** The example's settings as saved (English names, control-aliases.ts). */
  readonly settings: () => Readonly<Record<string, ControlValue>>;
}) {
  const [shared, setShared] = useState<Shared>(null);
  const inputId = useId();
  const share = async () => {
    const { runLinkUrl } = await import('./run-link');
    const url = runLinkUrl(window.location.href, { lesson: props.lessonSlug, example: props.exampleId, code: props.code(), settings: props.settings(), seed: DEFAULT_SEED }, getLocale());
    const copied = await navigator.clipboard.writeText(url).then(
      () => true,
      () => false,
    );
    setShared({ url, copied });
  };
  return (
    <>
      <button type="button" onClick={() => void share()} title={t('shareRun.hint')}>
        {t('shareRun.button')}
      </button>
      {shared && (
        <span className="share-run-link" role="status">
          <label htmlFor={inputId}>{shared.copied ? t('shareRun.copied') : t('shareRun.copyFailed')}</label>
          <input id={inputId} type="text" readOnly value={shared.url} aria-label={t('shareRun.linkLabel')} onFocus={(e) => e.currentTarget.select()} data-testid="run-link" />
        </span>
      )}
    </>
  );
}
