/**
 * `#/share/<payload>`: decodes and validates a shared scenario, adds it to
 * the saved list as a NEW scenario (or selects an identical one already
 * there, so reloading the link does not pile up copies), makes it active,
 * opens the worksheet and confirms with the numbers. A broken link only
 * shows a message.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../i18n';
import { useSettings } from '../store/settings';
import { MAX_SCENARIOS, useWorksheet } from '../store/worksheet';
import { decodeSharePayload } from './io/share';
import { markHandled, sameInputs, wasHandled } from './handled-link';
import { project } from './model/project';
import { summarize } from './model/summary';
import { breakEvenText, runwayText } from './SummaryView';
import { formatMoney } from './money-display';
import { problemMessage } from './problems';
import './worksheet.css';

type Outcome = { kind: 'added' | 'already' | 'handled'; name: string } | { kind: 'full' } | null;

export default function SharedScenarioRoute({ payload }: { payload: string }) {
  const decoded = useMemo(() => decodeSharePayload(payload), [payload]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const handled = useRef<string | null>(null);

  useEffect(() => {
    if (!decoded.ok || handled.current === payload) return;
    handled.current = payload;
    // This effect writes to an external store (the saved scenarios) once per link and reports what it did.
    const store = useWorksheet.getState();
    const existing = store.scenarios.find((s) => sameInputs(s, decoded.value));
    let next: Outcome;
    if (existing) {
      store.select(existing.id);
      next = { kind: 'already', name: existing.name };
    } else if (wasHandled(`share/${payload}`)) {
      // A reload of a link already added (and edited since): add no second copy.
      next = { kind: 'handled', name: decoded.value.name };
    } else {
      const id = store.addScenario(decoded.value);
      next = id === null ? { kind: 'full' } : { kind: 'added', name: decoded.value.name };
    }
    setOutcome(next);
    markHandled(`share/${payload}`);
    useSettings.getState().setWorksheetOpen(true);
  }, [decoded, payload]);

  if (!decoded.ok) {
    return (
      <section className="ws-route" aria-labelledby="ws-share-heading">
        <h1 id="ws-share-heading">{t('worksheet.share.heading')}</h1>
        <p className="ws-error" role="alert">
          {t('worksheet.share.failed', { reason: problemMessage(decoded.error) })}
        </p>
      </section>
    );
  }
  const scenario = { ...decoded.value, id: 'shared' };
  const summary = summarize(scenario, project(scenario));
  return (
    <section className="ws-route" aria-labelledby="ws-share-heading">
      <h1 id="ws-share-heading">{t('worksheet.share.heading')}</h1>
      {outcome?.kind === 'full' && <p className="ws-error" role="alert">{t('worksheet.share.full', { max: MAX_SCENARIOS })}</p>}
      {outcome && outcome.kind !== 'full' && (
        <p className="ws-ok" role="status">
          {t(`worksheet.share.${outcome.kind}`, { name: outcome.name })}
        </p>
      )}
      <dl className="ws-route-summary">
        <dt>{t('worksheet.summary.breakEven')}</dt>
        <dd data-shared="breakEven">{breakEvenText(summary, scenario.horizonMonths)}</dd>
        <dt>{t('worksheet.summary.runway')}</dt>
        <dd data-shared="runway">{runwayText(summary, scenario.horizonMonths)}</dd>
        <dt>{t('worksheet.summary.finalCash')}</dt>
        <dd data-shared="finalCash">{formatMoney(summary.finalCash)}</dd>
      </dl>
    </section>
  );
}
