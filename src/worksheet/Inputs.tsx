/** All inputs of the active scenario, grouped in collapsible sections for the narrow sidebar. */
import type { ReactNode } from 'react';
import { t, type MessageKey } from '../i18n';
import { useWorksheet } from '../store/worksheet';
import { FIELDS, type FieldSpec } from './fields';
import { NumberField } from './NumberField';
import { ListEditor } from './ListEditor';
import { GpuTable } from './GpuTable';
import { LIMITS } from './model/limits';
import type { Scenario } from './model/types';
import { months, usd } from './model/units';
import { findGpu, gpusInUse } from './model/gpus';
import { gpuHoursFor, inferenceCostPer1k, trainingFlops, trainingRunCost } from './model/compute';
import { formatCount, formatMoney, formatMoneyPrice, unitText } from './money-display';
import { GpuSelect } from './GpuSelect';
import { MoneyNote } from './MoneyNote';
import { CapacitySection } from './CapacitySection';
import type { MonthRow } from './model/project';
import { STREAM_IDS } from './model/types';

function Section({ title, children, open = false }: { title: MessageKey; children: ReactNode; open?: boolean }) {
  return (
    <details className="ws-section" open={open}>
      <summary>{t(title)}</summary>
      <div className="ws-section-body">{children}</div>
    </details>
  );
}

function Fields({ specs, scenario, update }: { specs: readonly FieldSpec[]; scenario: Scenario; update: (s: Scenario) => void }) {
  return (
    <>
      {specs.map((spec) => (
        <NumberField
          key={spec.id}
          label={t(spec.label)}
          unit={unitText(spec.unit)}
          range={spec.range}
          percent={spec.percent ?? false}
          money={spec.money}
          value={spec.get(scenario)}
          onCommit={(v) => update(spec.set(scenario, v))}
        />
      ))}
    </>
  );
}

function StreamToggle({ checked, onChange }: { checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="ws-toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {t('worksheet.stream.enabled')}
    </label>
  );
}

const INFERENCE_MODES = [
  ['direct', 'worksheet.field.infModeDirect'],
  ['derived', 'worksheet.field.infModeDerived'],
  ['capacity', 'worksheet.field.infModeCapacity'],
] as const;

export function Inputs({ scenario, rows }: { scenario: Scenario; rows: readonly MonthRow[] }) {
  const updateActive = useWorksheet((s) => s.updateActive);
  // Each edit is computed from the scenario the field was rendered with, then stored whole.
  const update = (next: Scenario) => updateActive(() => next);
  const s = scenario;
  const inferenceGpu = findGpu(s.gpus, s.inference.gpuId);
  const trainingGpu = findGpu(s.gpus, s.training.gpuId);

  return (
    <div className="ws-inputs">
      <Section title="worksheet.section.general" open>
        <Fields specs={FIELDS.general} scenario={s} update={update} />
        <fieldset className="ws-radio">
          <legend>{t('worksheet.field.feeStreams')}</legend>
          {STREAM_IDS.map((id) => (
            <label key={id} className="ws-toggle">
              <input
                type="checkbox"
                checked={s.paymentFeeStreams[id]}
                onChange={(e) => update({ ...s, paymentFeeStreams: { ...s.paymentFeeStreams, [id]: e.target.checked } })}
              />
              {t(`worksheet.stream.${id}` as MessageKey)}
            </label>
          ))}
        </fieldset>
      </Section>
      <Section title="worksheet.section.subscription" open={s.subscription.enabled}>
        <StreamToggle checked={s.subscription.enabled} onChange={(on) => update({ ...s, subscription: { ...s.subscription, enabled: on } })} />
        <Fields specs={FIELDS.subscription} scenario={s} update={update} />
      </Section>
      <Section title="worksheet.section.api">
        <StreamToggle checked={s.api.enabled} onChange={(on) => update({ ...s, api: { ...s.api, enabled: on } })} />
        <Fields specs={FIELDS.api} scenario={s} update={update} />
      </Section>
      <Section title="worksheet.section.ads">
        <StreamToggle checked={s.ads.enabled} onChange={(on) => update({ ...s, ads: { ...s.ads, enabled: on } })} />
        <Fields specs={FIELDS.ads} scenario={s} update={update} />
      </Section>
      <Section title="worksheet.section.enterprise">
        <StreamToggle checked={s.enterprise.enabled} onChange={(on) => update({ ...s, enterprise: { ...s.enterprise, enabled: on } })} />
        <Fields specs={FIELDS.enterprise} scenario={s} update={update} />
      </Section>
      <Section title="worksheet.section.inference">
        <fieldset className="ws-radio">
          <legend>{t('worksheet.field.infMode')}</legend>
          {INFERENCE_MODES.map(([mode, label]) => (
            <label key={mode}>
              <input
                type="radio"
                name={`inference-mode-${s.id}`}
                checked={s.inference.mode === mode}
                onChange={() => update({ ...s, inference: { ...s.inference, mode } })}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
        {s.inference.mode === 'direct' ? (
          <>
            <Fields specs={FIELDS.inferenceDirect} scenario={s} update={update} />
            {s.inference.costSource && (
              <p className="ws-note" data-measured-cost="">
                {t('worksheet.measured.source', { source: s.inference.costSource })}{' '}
                <button type="button" className="ws-small-button" onClick={() => update({ ...s, inference: { ...s.inference, costSource: '' } })}>
                  {t('worksheet.measured.clear')}
                </button>
              </p>
            )}
          </>
        ) : s.inference.mode === 'capacity' ? (
          <p className="ws-note">{t('worksheet.capacity.heading')} ↓</p>
        ) : (
          <>
            <Fields specs={FIELDS.inferenceDerived} scenario={s} update={update} />
            <GpuSelect label="worksheet.field.infGpu" gpus={s.gpus} value={s.inference.gpuId} onChange={(gpuId) => update({ ...s, inference: { ...s.inference, gpuId } })} />
            {inferenceGpu && (
              <p className="ws-note" data-derived="inference">
                {t('worksheet.derived.inference', { cost: formatMoneyPrice(inferenceCostPer1k(s.inference, s.gpus)), gpu: inferenceGpu.name, checked: inferenceGpu.checked })}
              </p>
            )}
            <MoneyNote />
          </>
        )}
      </Section>
      <Section title="worksheet.capacity.heading" open={s.inference.mode === 'capacity'}>
        <CapacitySection scenario={s} rows={rows} update={update} />
      </Section>
      <Section title="worksheet.section.training">
        <GpuSelect label="worksheet.field.trainGpu" gpus={s.gpus} value={s.training.gpuId} onChange={(gpuId) => update({ ...s, training: { ...s.training, gpuId } })} />
        <Fields specs={FIELDS.training} scenario={s} update={update} />
        <ListEditor
          items={s.training.runs}
          itemName="worksheet.list.run"
          addLabel="worksheet.list.addRun"
          newItem={() => ({ month: months(1), parameters: 1e9, tokens: 2e10 })}
          onChange={(runs) => update({ ...s, training: { ...s.training, runs } })}
          columns={[
            { label: 'worksheet.field.runMonth', unit: 'worksheet.unit.month', range: LIMITS.month, get: (r) => r.month, set: (r, v) => ({ ...r, month: months(v) }) },
            { label: 'worksheet.field.runParams', unit: 'worksheet.unit.parameters', range: LIMITS.parameters, get: (r) => r.parameters, set: (r, v) => ({ ...r, parameters: v }) },
            { label: 'worksheet.field.runTokens', unit: 'worksheet.unit.tokens', range: LIMITS.tokens, get: (r) => r.tokens, set: (r, v) => ({ ...r, tokens: v }) },
          ]}
          note={(run, index) => {
            if (!trainingGpu) return null;
            const work = trainingFlops(run.parameters, run.tokens);
            return t('worksheet.derived.training', {
              n: index + 1,
              flops: formatCount(work),
              hours: formatCount(Math.round(gpuHoursFor(work, trainingGpu, s.training.utilisation))),
              cost: formatMoney(trainingRunCost(run, trainingGpu, s.training.utilisation)),
              checked: trainingGpu.checked,
            });
          }}
        />
        {s.training.runs.length > 0 && <MoneyNote />}
      </Section>
      <Section title="worksheet.section.operating">
        <Fields specs={FIELDS.operating} scenario={s} update={update} />
        <ListEditor
          items={s.team.plan}
          itemName="worksheet.list.step"
          addLabel="worksheet.list.addStep"
          newItem={() => ({ fromMonth: months(1), headcount: 1 })}
          onChange={(plan) => update({ ...s, team: { ...s.team, plan } })}
          columns={[
            { label: 'worksheet.field.stepMonth', unit: 'worksheet.unit.month', range: LIMITS.month, get: (r) => r.fromMonth, set: (r, v) => ({ ...r, fromMonth: months(v) }) },
            { label: 'worksheet.field.stepHeadcount', unit: 'worksheet.unit.people', range: LIMITS.headcount, get: (r) => r.headcount, set: (r, v) => ({ ...r, headcount: v }) },
          ]}
        />
      </Section>
      <Section title="worksheet.section.funding">
        <ListEditor
          items={s.funding}
          itemName="worksheet.list.round"
          addLabel="worksheet.list.addRound"
          newItem={() => ({ month: months(1), amount: usd(1_000_000) })}
          onChange={(funding) => update({ ...s, funding })}
          columns={[
            { label: 'worksheet.field.roundMonth', unit: 'worksheet.unit.month', range: LIMITS.month, get: (r) => r.month, set: (r, v) => ({ ...r, month: months(v) }) },
            { label: 'worksheet.field.roundAmount', unit: 'worksheet.unit.money', range: LIMITS.money, get: (r) => r.amount, set: (r, v) => ({ ...r, amount: usd(v) }) },
          ]}
        />
      </Section>
      <Section title="worksheet.section.gpus">
        <p className="ws-note">{t('worksheet.gpu.checkedNote', { checked: s.gpus[0]?.checked ?? '' })}</p>
        <GpuTable gpus={s.gpus} inUse={gpusInUse(s)} onChange={(gpus) => update({ ...s, gpus })} />
      </Section>
    </div>
  );
}
