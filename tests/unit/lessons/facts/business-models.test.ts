/**
 * "Business models": its compute figures are 6·N·D and 2·N worked by hand with
 * the shipped GPU table's peak and price, its preset outcomes (break-even and
 * ROI, all five presets) are read off the worksheet's monthly projection, and
 * every worksheet link names a preset that exists.
 */
import { describe, expect, it } from 'vitest';
import { facts, inputs as i } from '../../../../content/lessons/business-models/facts';
import { DEFAULT_GPUS } from '../../../../src/worksheet/model/gpus';
import { isPresetId, PRESET_IDS, presetScenario, type PresetId } from '../../../../src/worksheet/model/presets';
import { project } from '../../../../src/worksheet/model/project';
import { expectUsesExactly, fixed, grouped, lessonText, percent, usd } from './helpers';

/** Money in both editions, when the amount is not a whole number of 万: "USD 88,178" / "88,178 美元". */
const money = (x: number, digits = 0) => ({ en: usd(x, digits), zh: `${grouped(x, digits)} 美元` });

const text = lessonText('business-models');
const gpu = DEFAULT_GPUS.find((g) => g.id === i.gpuId);
const KEYS: Record<PresetId, string> = {
  'subscription-saas': 'sub',
  'pay-per-use-api': 'api',
  'ad-supported-app': 'ads',
  'model-as-a-service': 'maas',
  hybrid: 'hybrid',
};

/**
 * Break-even and ROI read directly off the projection's rows (not through summarize):
 * the sustained break-even month is the first from which net income stays ≥ 0 to the
 * horizon; the first month with net income ≥ 0 is quoted beside it when it came earlier.
 */
function presetOutcome(id: PresetId): Record<string, string | { en: string; zh: string }> {
  const scenario = presetScenario(id, id, id);
  const rows = project(scenario).rows;
  const first = rows.find((row) => row.netIncome >= 0)?.month ?? null;
  let sustained: number | null = null;
  for (let k = rows.length - 1; k >= 0 && (rows[k]?.netIncome ?? -1) >= 0; k--) sustained = rows[k]?.month ?? null;
  const revenue = rows.reduce((s, r) => s + r.revenue, 0);
  const costs = rows.reduce((s, r) => s + r.costOfRevenue + r.operatingCosts, 0);
  const earlier = first !== null && first !== sustained;
  const breakEven =
    sustained === null
      ? { en: `not within ${scenario.horizonMonths} months`, zh: `超出 ${scenario.horizonMonths} 个月的预测期` }
      : {
          en: `month ${sustained}` + (earlier ? ` (first positive month ${first})` : ''),
          zh: `第 ${sustained} 个月` + (earlier ? `（首个盈利月为第 ${first} 个月）` : ''),
        };
  return { [`${KEYS[id]}_break_even`]: breakEven, [`${KEYS[id]}_roi`]: percent((revenue - costs) / costs, 0) };
}

describe('business-models facts', () => {
  it('price training and inference as 6·N·D and 2·N worked by hand, and every preset as the projection says', () => {
    if (!gpu) throw new Error(`no GPU ${i.gpuId} in the shipped table`);
    const peak = gpu.peakFlopsPerSecond;
    const price = gpu.pricePerHour;
    // 6 · 7e9 · 1e12 = 4.2e22 FLOPs; ÷ (peak · 0.4 · 3600 s) GPU-hours; × price per GPU-hour.
    const trainingFlops = 6 * i.parameters * i.trainingTokens;
    const hours = trainingFlops / (peak * i.trainingUtilisation * 3600);
    // 2 · 7e9 · 1000 = 1.4e13 FLOPs per call; 1,000 calls ÷ (peak · 0.1 · 3600) × price.
    const callFlops = 2 * i.parameters * i.tokensPerCall;
    const perK = ((1000 * callFlops) / (peak * i.inferenceUtilisation * 3600)) * price;
    const sam = i.tam * i.samShare;
    const som = sam * i.somShare;
    const sci = (v: number) => {
      const e = Math.floor(Math.log10(v));
      return `${fixed(v / 10 ** e, 1)} \\times 10^{${e}}`;
    };
    const outcomes = Object.assign({}, ...PRESET_IDS.map(presetOutcome)) as Record<string, unknown>;
    expect(facts).toEqual({
      horizon: String(presetScenario('hybrid', 'h', 'h').horizonMonths),
      params_b: fixed(i.parameters / 1e9, 0),
      tokens_t: fixed(i.trainingTokens / 1e12, 0),
      training_flops: sci(trainingFlops), // 4.2 × 10^{22}
      gpu_name: gpu.name,
      gpu_tflops: grouped(peak / 1e12),
      gpu_price: money(price, 2),
      gpu_checked: gpu.checked,
      training_mfu: percent(i.trainingUtilisation, 0),
      training_hours: grouped(hours),
      training_cost: money(hours * price),
      tokens_per_call: grouped(i.tokensPerCall),
      call_flops: sci(callFlops), // 1.4 × 10^{13}
      inference_util: percent(i.inferenceUtilisation, 0),
      cost_per_1k: money(perK, 3),
      api_price: money(i.apiPricePer1k, 2),
      api_margin: percent((i.apiPricePer1k - perK) / i.apiPricePer1k, 0),
      // Market sizes read in 万 in Chinese: 30,000,000 = 3,000 万, 6,000,000 = 600 万, 120,000 = 12 万.
      tam: { en: grouped(i.tam), zh: '3,000 万' },
      sam_share: percent(i.samShare, 0),
      sam: { en: grouped(sam), zh: '600 万' },
      som_share: percent(i.somShare, 0),
      som: { en: grouped(som), zh: '12 万' },
      price: money(i.pricePerMonth),
      // 120,000 × 20 × 12 = 28,800,000 = 2,880 万.
      som_revenue: { en: usd(som * i.pricePerMonth * 12), zh: '2,880 万美元' },
      ...outcomes,
    });
    // Every preset is quoted, the ad-supported one included.
    expect(Object.keys(outcomes)).toHaveLength(2 * PRESET_IDS.length);
    // Issue 16's independent spreadsheet check: the hybrid preset turns positive in month 11 but, after the
    // month-13 hiring step, stays positive only from month 15.
    expect(facts['hybrid_break_even']).toEqual({ en: 'month 15 (first positive month 11)', zh: '第 15 个月（首个盈利月为第 11 个月）' });
    expectUsesExactly('business-models', facts);
  });

  it('the ad-supported preset: ROI and break-even worked by hand in closed form, not month by month', () => {
    if (!gpu) throw new Error(`no GPU ${i.gpuId} in the shipped table`);
    const s = presetScenario('ad-supported-app', 'ads', 'ads');
    const H = s.horizonMonths; // 36
    const g = s.ads.growth; // users grow 12 % a month: uₘ = 50,000 · 1.12^(m−1)
    const G = ((1 + g) ** H - 1) / g; // Σ 1.12^(m−1), m = 1…36 = (1.12^36 − 1) / 0.12 ≈ 484.5
    // Revenue per month: uₘ · 60 impressions / 1,000 · USD 4 CPM = 12,000 · 1.12^(m−1); no card fees on ads.
    const revenuePerX = (s.ads.usersMonth1 * s.ads.impressionsPerUser * s.ads.cpm) / 1000;
    // Inference per month: uₘ · 40 calls / 1,000 · cost per 1,000 calls (2·N FLOPs each, at 10 % of the GPU's peak).
    const perK = ((1000 * 2 * s.inference.parameters * s.inference.tokensPerCall) / (gpu.peakFlopsPerSecond * s.inference.utilisation * 3600)) * gpu.pricePerHour;
    const inferencePerX = ((s.ads.usersMonth1 * s.ads.callsPerUser) / 1000) * perK; // ≈ 2,000 · 0.118 ≈ 235
    // One training run in month 3: 6·N·D FLOPs at 40 % of peak ≈ 29,500 GPU-hours.
    const [run] = s.training.runs;
    if (!run) throw new Error('the preset trains once');
    const training = ((6 * run.parameters * run.tokens) / (gpu.peakFlopsPerSecond * s.training.utilisation * 3600)) * gpu.pricePerHour;
    // Team: 5 people in months 1–6, 10 in 7–12, 16 in 13–36: 474 person-months at USD 15,000.
    expect(s.team.plan.map((step) => [step.fromMonth, step.headcount])).toEqual([[1, 5], [7, 10], [13, 16]]);
    const personMonths = 5 * 6 + 10 * 6 + 16 * (H - 12);
    // Every month: labels 20,000 · USD 0.5, fixed USD 8,000, acquisition USD 40,000.
    const monthlyOther = s.labelling.labelsPerMonth * s.labelling.costPerLabel + s.fixedMonthly + s.acquisitionByStream.ads;
    const revenue = revenuePerX * G; // ≈ 5.81 M
    const costs = inferencePerX * G + training + personMonths * s.team.costPerPersonMonth + H * monthlyOther; // ≈ 9.40 M
    expect(facts['ads_roi']).toBe(percent((revenue - costs) / costs, 0)); // ≈ −38 %
    // Break-even: from month 13 the month's costs are 16 · 15,000 + 58,000 = 298,000; the margin (12,000 − 235) · 1.12^(m−1)
    // first covers them at m − 1 = ⌈ln(298,000 / 11,765) / ln 1.12⌉ = ⌈28.5⌉, and keeps covering them as it grows.
    // Before month 13 it cannot: the margin is at most 11,765 · 1.12^11 ≈ 41,000 against 133,000 of costs.
    const lateCosts = 16 * s.team.costPerPersonMonth + monthlyOther;
    const month = 1 + Math.ceil(Math.log(lateCosts / (revenuePerX - inferencePerX)) / Math.log(1 + g));
    expect(month).toBeGreaterThanOrEqual(13);
    expect(month).toBeLessThanOrEqual(H);
    expect(facts['ads_break_even']).toEqual({ en: `month ${month}`, zh: `第 ${month} 个月` }); // month 30 with the GPU table checked 2026-11
  });

  it('links every business model to a real worksheet preset, each preset once', () => {
    const links = [...text.matchAll(/\]\(#\/worksheet\/preset\/([^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(links.every(isPresetId)).toBe(true);
    expect([...links].sort()).toEqual([...PRESET_IDS].sort());
  });
});
