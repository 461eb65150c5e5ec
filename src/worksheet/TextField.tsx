/** A labelled text input; while the text does not match `pattern` it shows why and commits nothing. */
import { useState } from 'react';
import { t } from '../i18n';

export function TextField({ id, label, unit, value, pattern, error, onCommit }: { id: string; label: string; unit?: string; value: string; pattern?: RegExp; error?: string; onCommit: (v: string) => void }) {
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setText(value);
  }
  const valid = !pattern || pattern.test(text);
  return (
    <div className="ws-field" data-invalid={!valid}>
      <label htmlFor={id}>{label}</label>
      <span className="ws-input-unit">
        <input
          id={id}
          type="text"
          value={text}
          aria-invalid={!valid}
          onChange={(e) => {
            setText(e.target.value);
            if (!pattern || pattern.test(e.target.value)) {
              setSynced(e.target.value);
              onCommit(e.target.value);
            }
          }}
        />
        {unit && <span className="ws-unit">{unit}</span>}
      </span>
      {!valid && error && (
        <span className="ws-error" role="alert">
          {error} {t('worksheet.error.keptLast')}
        </span>
      )}
    </div>
  );
}

