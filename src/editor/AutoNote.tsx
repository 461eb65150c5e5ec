/**
 * Under the toolbar, on Auto: what Auto is measuring, or what it chose and
 * why ("CPU: 3.1× faster than WebGPU for this small network here"), with a
 * button to measure again and a link to the speed lab.
 */
import { Link } from 'wouter';
import { formatDate } from '../format/date';
import { languageTag, t } from '../i18n';
import { joinSentences } from '../i18n/sentences';
import type { AutoPick } from '../speed/auto-pick';
import type { AutoMeasuring } from './useAutoBackend';
import { backendName } from './backend-names';

function why(pick: AutoPick): string {
  const { reason } = pick;
  const model = t(`runtime.auto.model.${pick.model === 'cnn' || pick.model === 'transformer' ? pick.model : 'network'}`);
  if (reason.kind === 'only') return t('runtime.auto.only');
  const parts: string[] = [];
  parts.push(
    reason.over !== null && reason.ratio !== null
      ? t('runtime.auto.faster', { ratio: reason.ratio.toFixed(1), over: backendName(reason.over), model })
      : t('runtime.auto.onlyOneRan', { model }),
  );
  if (reason.rejected) {
    parts.push(t('runtime.auto.rejected', { backend: backendName(reason.rejected.backend), percent: (reason.rejected.relative * 100).toPrecision(2) }));
  }
  if (reason.passedOver.length > 0) parts.push(t('runtime.auto.passedOver', { backends: reason.passedOver.map(backendName).join(', ') }));
  return joinSentences(parts);
}

export function AutoNote({ measuring, pick, onForget }: { measuring: AutoMeasuring | null; pick: AutoPick | null; onForget: () => void }) {
  if (measuring) {
    return (
      <p className="lml-auto-note" role="status" data-testid="auto-measuring">
        {t('runtime.auto.measuring', { backend: backendName(measuring.backend), index: measuring.index, total: measuring.total })}
      </p>
    );
  }
  if (!pick) return null;
  const date = formatDate(pick.measuredAt, languageTag());
  return (
    <p className="lml-auto-note" data-testid="auto-reason" data-backend={pick.backend} data-measured-at={pick.measuredAt}>
      {t('runtime.auto.chose', { backend: backendName(pick.backend), why: why(pick), date })}{' '}
      <button type="button" className="text-button lml-auto-again" onClick={onForget}>
        {t('runtime.auto.again')}
      </button>{' '}
      <Link href="/speed-lab">{t('runtime.auto.lab')}</Link>
    </p>
  );
}
