/**
 * Training progress from `progress` events. Fraction done counts batches:
 * done = (epoch − 1) · batches + batch out of epochs · batches, with epoch
 * and batch 1-based as the runtime reports them. Without a batch count
 * (batches = 0: a loop that reports whole epochs, or a data set of unknown
 * length) the reported epoch counts as done: done = epoch out of epochs.
 */
import { t } from '../i18n';
import type { Progress } from './output-state';

export function progressFraction(p: Progress): number {
  if (p.batches <= 0) return p.epochs > 0 ? Math.min(1, Math.max(0, p.epoch / p.epochs)) : 0;
  const total = p.epochs * p.batches;
  if (total <= 0) return 0;
  const done = (p.epoch - 1) * p.batches + p.batch;
  return Math.min(1, Math.max(0, done / total));
}

export function ProgressBar({ progress }: { progress: Progress }) {
  const percent = Math.round(progressFraction(progress) * 100);
  const position =
    progress.batches > 0
      ? t('runtime.progress.text', { epoch: progress.epoch, epochs: progress.epochs, batch: progress.batch, batches: progress.batches })
      : t('runtime.progress.textEpochs', { epoch: progress.epoch, epochs: progress.epochs });
  const eta =
    progress.etaMs === null
      ? t('runtime.progress.etaUnknown')
      : t('runtime.progress.eta', { seconds: Math.max(0, Math.round(progress.etaMs / 1000)) });
  const text = `${position} · ${eta}`;
  return (
    <div className="lml-progress">
      <div
        className="lml-progress-track"
        role="progressbar"
        aria-label={t('runtime.progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% · ${text}`}
      >
        <div className="lml-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="lml-progress-text">{text}</div>
    </div>
  );
}
