/**
 * A failed run: what failed, where (the line is also marked in the editor),
 * plain-language help for the common TensorFlow.js failures beside the raw
 * message (error-help.ts), and for a backend failure a button to retry on the
 * next backend.
 */
import { t } from '../i18n';
import { nextBackend, type BackendName } from '../runtime/protocol';
import { backendName } from './backend-names';
import { errorHelp } from './error-help';
import { HelpNote } from './HelpNote';
import type { RunFailure } from './output-state';

export interface ErrorBoxProps {
  readonly failure: RunFailure;
  /** The backend the run used, when the failure does not say. */
  readonly backendInUse: BackendName | null;
  readonly onRetry: (backend: BackendName) => void;
}

function title(failure: RunFailure, backend: BackendName | null): string {
  switch (failure.phase) {
    case 'compile':
      return t('runtime.error.compile');
    case 'runtime':
      return t('runtime.error.runtime');
    case 'backend':
      return backend ? t('runtime.error.backend', { backend: backendName(backend) }) : t('runtime.error.backendUnknown');
    case 'protocol':
      return t('runtime.error.protocol');
  }
}

function where(failure: RunFailure): string | null {
  if (failure.line === null) return null;
  return failure.column === null
    ? t('runtime.error.atLine', { line: failure.line })
    : t('runtime.error.atLineColumn', { line: failure.line, column: failure.column });
}

export function ErrorBox({ failure, backendInUse, onRetry }: ErrorBoxProps) {
  const backend = failure.backend ?? backendInUse;
  const next = failure.phase === 'backend' && backend ? nextBackend(backend) : null;
  const location = where(failure);
  const help = errorHelp(failure.message);
  return (
    <div className="lml-error" role="alert" data-error-phase={failure.phase} data-error-line={failure.line ?? undefined}>
      <p className="lml-error-title">
        <strong>{title(failure, backend)}</strong>
        {location && <span> ({location})</span>}
      </p>
      <pre className="lml-error-message">{failure.message}</pre>
      {help && <HelpNote id={help.id} params={help.params} />}
      {next && (
        <button type="button" onClick={() => onRetry(next)}>
          {t('runtime.error.retryOn', { backend: backendName(next) })}
        </button>
      )}
    </div>
  );
}
