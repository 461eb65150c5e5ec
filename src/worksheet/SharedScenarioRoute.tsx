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
import type { ScenarioInputs } from './io/scenarioFile';
import { project } from './model/project';
import { summarize } from './model/summary';
import { breakEvenText, runwayText } from './SummaryView';
import { formatUsdCompact } from './format';
import { problemMessage } from './problems';
import './worksheet.css';

/** Same inputs and name, ignoring the id. */
function sameInputs(a: ScenarioInputs, b: ScenarioInputs): boolean {
  const { id: _a, ...left } = a as ScenarioInputs & { id?: string };
  const { id: _b, ...right } = b as ScenarioInputs & { id?: string };
  return JSON.stringify(left) === JSON.stringify(right);
}

type Outcome = { kind: 'added' | 'already'; name: string } | { kind: 'full' } | null;

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
    if (existing) {
      store.select(existing.id);
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the outcome of the one-off store write above
      setOutcome({ kind: 'already', name: existing.name });
    } else {
      const id = store.addScenario(decoded.value);
      setOutcome(id === null ? { kind: 'full' } : { kind: 'added', name: decoded.value.name });
    }
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
          {t(outcome.kind === 'added' ? 'worksheet.share.added' : 'worksheet.share.already', { name: outcome.name })}
        </p>
      )}
      <dl className="ws-route-summary">
        <dt>{t('worksheet.summary.breakEven')}</dt>
        <dd data-shared="breakEven">{breakEvenText(summary, scenario.horizonMonths)}</dd>
        <dt>{t('worksheet.summary.runway')}</dt>
        <dd data-shared="runway">{runwayText(summary, scenario.horizonMonths)}</dd>
        <dt>{t('worksheet.summary.finalCash')}</dt>
        <dd data-shared="finalCash">{formatUsdCompact(summary.finalCash)}</dd>
      </dl>
    </section>
  );
}
