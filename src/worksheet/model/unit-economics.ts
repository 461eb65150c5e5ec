/**
 * Unit economics per revenue stream, over the projection horizon. For a
 * stream s that is switched on:
 *   acquisition spend  Aₛ = Σ its attributed spend
 *   new customers      Nₛ = Σ new subscribers / API accounts / advertisers / contracts
 *   CAC                = Aₛ / Nₛ                                   (null when Nₛ = 0)
 *   gross-margin share mₛ = (revenue − its inference − its fees − its fine-tuning) / revenue
 *                        (its inference = the bill · its calls / all calls)
 *   revenue per customer per month  r = revenue / customer-months  (subscription: = price;
 *                        enterprise: = monthly fee)
 *   lifetime           T = 1 / monthly churn (subscription, API, advertising); L months (enterprise)
 *   LTV                = r · mₛ · T                                 (null when churn is 0: unbounded)
 *   LTV / CAC          (null when CAC is 0 or undefined)
 *   CAC payback        = CAC / (r · mₛ) months                     (null when r · mₛ ≤ 0)
 * Advertising with no advertisers counted (new advertisers = 0) has no
 * customers: `countsCustomers` is false and no CAC is given.
 *
 * The blended figures count every customer as one, whatever they pay:
 *   blended CAC      = all acquisition (unattributed included) / Σ Nₛ
 *   blended LTV      = Σ LTVₛ · Nₛ / Σ Nₛ over streams with an LTV
 *   blended payback  = all acquisition / Σ Nₛ · rₛ · mₛ  (months of the acquired customers' monthly margin)
 */
import type { Projection } from './project';
import { STREAM_IDS, type Scenario, type StreamId } from './types';

export interface StreamEconomics {
  readonly stream: StreamId;
  readonly acquisitionSpend: number;
  /** False for advertising when no advertisers are counted. */
  readonly countsCustomers: boolean;
  readonly newCustomers: number;
  readonly cac: number | null;
  readonly grossMarginShare: number | null;
  readonly revenuePerCustomerMonth: number | null;
  readonly lifetimeMonths: number | null;
  readonly ltv: number | null;
  readonly ltvToCac: number | null;
  readonly paybackMonths: number | null;
}

export interface BlendedEconomics {
  readonly cac: number | null;
  readonly ltv: number | null;
  readonly ltvToCac: number | null;
  readonly paybackMonths: number | null;
}

const ratio = (a: number, b: number): number | null => (b !== 0 && Number.isFinite(a / b) ? a / b : null);

function enabled(scenario: Scenario, stream: StreamId): boolean {
  return scenario[stream].enabled;
}

/** Monthly churn of a stream's customers, or the contract length for enterprise (lifetime T). */
function lifetime(scenario: Scenario, stream: StreamId): number | null {
  switch (stream) {
    case 'subscription':
      return ratio(1, scenario.subscription.churn);
    case 'api':
      return ratio(1, scenario.api.accountChurn);
    case 'ads':
      return ratio(1, scenario.ads.advertiserChurn);
    case 'enterprise':
      return scenario.enterprise.contractMonths;
  }
}

/** Unit economics of each stream that is on, in table order. */
export function streamEconomics(scenario: Scenario, projection: Projection): StreamEconomics[] {
  return STREAM_IDS.filter((id) => enabled(scenario, id)).map((stream) => {
    const t = projection.streams[stream];
    const countsCustomers = stream !== 'ads' || scenario.ads.newAdvertisersMonth1 > 0;
    const margin = ratio(t.revenue - t.inference - t.paymentFees - t.fineTuning, t.revenue);
    const perCustomer = countsCustomers ? ratio(t.revenue, t.customerMonths) : null;
    const life = countsCustomers ? lifetime(scenario, stream) : null;
    const cac = countsCustomers ? ratio(t.acquisition, t.newCustomers) : null;
    const monthlyMargin = perCustomer !== null && margin !== null ? perCustomer * margin : null;
    const ltv = monthlyMargin !== null && life !== null ? monthlyMargin * life : null;
    return {
      stream,
      acquisitionSpend: t.acquisition,
      countsCustomers,
      newCustomers: countsCustomers ? t.newCustomers : 0,
      cac,
      grossMarginShare: margin,
      revenuePerCustomerMonth: perCustomer,
      lifetimeMonths: life,
      ltv,
      ltvToCac: ltv !== null && cac !== null ? ratio(ltv, cac) : null,
      paybackMonths: cac !== null && monthlyMargin !== null && monthlyMargin > 0 ? cac / monthlyMargin : null,
    };
  });
}

/** The blended (all streams together) figures; `totalAcquisition` includes unattributed spend. */
export function blendedEconomics(streams: readonly StreamEconomics[], totalAcquisition: number): BlendedEconomics {
  const counted = streams.filter((s) => s.countsCustomers);
  const customers = counted.reduce((sum, s) => sum + s.newCustomers, 0);
  const withLtv = counted.filter((s) => s.ltv !== null);
  const ltvCustomers = withLtv.reduce((sum, s) => sum + s.newCustomers, 0);
  const cac = ratio(totalAcquisition, customers);
  const ltv = ratio(withLtv.reduce((sum, s) => sum + (s.ltv ?? 0) * s.newCustomers, 0), ltvCustomers);
  const monthlyMargin = counted.reduce((sum, s) => sum + s.newCustomers * (s.revenuePerCustomerMonth ?? 0) * (s.grossMarginShare ?? 0), 0);
  return {
    cac,
    ltv,
    ltvToCac: ltv !== null && cac !== null ? ratio(ltv, cac) : null,
    paybackMonths: monthlyMargin > 0 ? totalAcquisition / monthlyMargin : null,
  };
}
