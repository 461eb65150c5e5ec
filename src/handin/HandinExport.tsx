/**
 * The "Export hand-in" button (course index, storage menu): asks for the
 * student's name (remembered), then downloads the hand-in (export.ts).
 */
import { useId, useState } from 'react';
import { t } from '../i18n';
import { downloadHandin, rememberedName } from './export';
import { MAX_STUDENT_NAME } from './format';

export function HandinExport() {
  const [asking, setAsking] = useState(false);
  const [name, setName] = useState(rememberedName);
  const [saved, setSaved] = useState<string | null>(null);
  const inputId = useId();
  return (
    <span className="handin-export">
      {asking ? (
        <form
          className="handin-form"
          onSubmit={(e) => {
            e.preventDefault();
            setSaved(downloadHandin(name));
            setAsking(false);
          }}
        >
          <label htmlFor={inputId}>{t('handin.name')}</label>
          {/* The form opens on the student's click: the focus goes where they type. */}
          <input id={inputId} value={name} onChange={(e) => setName(e.target.value)} required maxLength={MAX_STUDENT_NAME} autoComplete="name" autoFocus pattern=".*\S.*" />
          <button type="submit" className="text-button">
            {t('handin.download')}
          </button>
          <button type="button" className="text-button" onClick={() => setAsking(false)}>
            {t('handin.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" className="text-button" onClick={() => setAsking(true)}>
          {t('handin.export')}
        </button>
      )}
      <span role="status" className="handin-saved">
        {saved !== null && t('handin.saved', { file: saved })}
      </span>
    </span>
  );
}
