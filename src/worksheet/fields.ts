/**
 * The scalar inputs of each sidebar section: label and unit here; range and
 * how to read/write the scenario in model/scalars.ts (shared with the
 * import validator and the Monte Carlo). List inputs (training runs, team
 * steps, funding rounds) and the GPU table have their own editors.
 */
import type { MessageKey } from '../i18n';
import type { Range } from './model/limits';
import { SCALARS, type ScalarId } from './model/scalars';
import type { Scenario } from './model/types';

export interface FieldSpec {
  readonly id: ScalarId;
  readonly label: MessageKey;
  readonly unit: MessageKey;
  readonly range: Range;
  readonly percent?: boolean;
  /** A dollar amount (its unit names the currency): shown and typed in the display currency. */
  readonly money: boolean;
  get(s: Scenario): number;
  set(s: Scenario, value: number): Scenario;
}

type Section =
  | 'general'
  | 'subscription'
  | 'api'
  | 'ads'
  | 'enterprise'
  | 'inferenceDirect'
  | 'inferenceDerived'
  | 'capacity'
  | 'training'
  | 'operating';

/** Units of money: `{cur}` in them is the display currency's sign. */
export const isMoneyUnit = (unit: MessageKey): boolean => unit.startsWith('worksheet.unit.money') || unit === 'worksheet.unit.cpm';

const field = (id: ScalarId, label: MessageKey, unit: MessageKey): FieldSpec => ({ id, label, unit, money: isMoneyUnit(unit), ...SCALARS[id] });

export const FIELDS: Record<Section, readonly FieldSpec[]> = {
  general: [
    field('horizon', 'worksheet.field.horizon', 'worksheet.unit.months'),
    field('startingCash', 'worksheet.field.startingCash', 'worksheet.unit.money'),
    field('paymentFees', 'worksheet.field.paymentFees', 'worksheet.unit.percentOfCardRevenue'),
  ],
  subscription: [
    field('subPrice', 'worksheet.field.subPrice', 'worksheet.unit.moneyPerSubMonth'),
    field('subStart', 'worksheet.field.subStart', 'worksheet.unit.count'),
    field('subNew', 'worksheet.field.subNew', 'worksheet.unit.count'),
    field('subGrowth', 'worksheet.field.subGrowth', 'worksheet.unit.percentPerMonth'),
    field('subChurn', 'worksheet.field.subChurn', 'worksheet.unit.percentPerMonth'),
    field('subCalls', 'worksheet.field.subCalls', 'worksheet.unit.callsPerMonth'),
    field('subAcquisition', 'worksheet.field.subAcquisition', 'worksheet.unit.moneyPerMonth'),
  ],
  api: [
    field('apiPrice', 'worksheet.field.apiPrice', 'worksheet.unit.moneyPer1k'),
    field('apiCalls', 'worksheet.field.apiCalls', 'worksheet.unit.callsPerMonth'),
    field('apiGrowth', 'worksheet.field.apiGrowth', 'worksheet.unit.percentPerMonth'),
    field('apiAccounts', 'worksheet.field.apiAccounts', 'worksheet.unit.count'),
    field('apiChurn', 'worksheet.field.apiChurn', 'worksheet.unit.percentPerMonth'),
    field('apiAcquisition', 'worksheet.field.apiAcquisition', 'worksheet.unit.moneyPerMonth'),
  ],
  ads: [
    field('adsUsers', 'worksheet.field.adsUsers', 'worksheet.unit.count'),
    field('adsGrowth', 'worksheet.field.adsGrowth', 'worksheet.unit.percentPerMonth'),
    field('adsImpressions', 'worksheet.field.adsImpressions', 'worksheet.unit.perUserMonth'),
    field('adsCpm', 'worksheet.field.adsCpm', 'worksheet.unit.cpm'),
    field('adsCalls', 'worksheet.field.adsCalls', 'worksheet.unit.perUserMonth'),
    field('adsAdvertisers', 'worksheet.field.adsAdvertisers', 'worksheet.unit.count'),
    field('adsChurn', 'worksheet.field.adsChurn', 'worksheet.unit.percentPerMonth'),
    field('adsAcquisition', 'worksheet.field.adsAcquisition', 'worksheet.unit.moneyPerMonth'),
  ],
  enterprise: [
    field('entNew', 'worksheet.field.entNew', 'worksheet.unit.contracts'),
    field('entGrowth', 'worksheet.field.entGrowth', 'worksheet.unit.percentPerMonth'),
    field('entLength', 'worksheet.field.entLength', 'worksheet.unit.months'),
    field('entFee', 'worksheet.field.entFee', 'worksheet.unit.moneyPerContractMonth'),
    field('entFineTune', 'worksheet.field.entFineTune', 'worksheet.unit.moneyPerContract'),
    field('entAcquisition', 'worksheet.field.entAcquisition', 'worksheet.unit.moneyPerMonth'),
  ],
  inferenceDirect: [field('infCost', 'worksheet.field.infCost', 'worksheet.unit.moneyPer1k')],
  inferenceDerived: [
    field('infParams', 'worksheet.field.infParams', 'worksheet.unit.parameters'),
    field('infTokens', 'worksheet.field.infTokens', 'worksheet.unit.tokens'),
    field('infUtil', 'worksheet.field.infUtil', 'worksheet.unit.percent'),
  ],
  capacity: [
    field('infTokens', 'worksheet.field.infTokens', 'worksheet.unit.tokens'),
    field('capPeak', 'worksheet.field.capPeak', 'worksheet.unit.times'),
    field('capThroughput', 'worksheet.field.capThroughput', 'worksheet.unit.tokensPerSecondPerGpu'),
    field('capDiscount', 'worksheet.field.capDiscount', 'worksheet.unit.percent'),
  ],
  training: [field('trainUtil', 'worksheet.field.trainUtil', 'worksheet.unit.percent')],
  operating: [
    field('labels', 'worksheet.field.labels', 'worksheet.unit.perMonth'),
    field('labelCost', 'worksheet.field.labelCost', 'worksheet.unit.moneyPerLabel'),
    field('personCost', 'worksheet.field.personCost', 'worksheet.unit.moneyPerPersonMonth'),
    field('fixed', 'worksheet.field.fixed', 'worksheet.unit.moneyPerMonth'),
    field('acquisition', 'worksheet.field.acquisitionShared', 'worksheet.unit.moneyPerMonth'),
  ],
};

/** The scalar inputs that are amounts of money (the ranges editor converts them like their fields). */
export const SCALAR_MONEY: ReadonlySet<ScalarId> = new Set(
  Object.values(FIELDS)
    .flat()
    .filter((f) => f.money)
    .map((f) => f.id),
);

/** The label of every scalar input, by id (for the ranges editor and the Monte Carlo). */
export const SCALAR_LABELS: Partial<Record<ScalarId, MessageKey>> = Object.fromEntries(
  Object.values(FIELDS)
    .flat()
    .map((f) => [f.id, f.label]),
);
