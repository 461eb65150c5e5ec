/**
 * Numbers quoted by "Business models", computed with the worksheet's own
 * model (src/worksheet/model): compute costs from 6·N·D and 2·N, and each
 * preset's projection summary. Change a preset and these change with it.
 * Money reads "USD 88,178" / "88,178 美元" (fmtMoney), market sizes in 万 in
 * Chinese (fmtCount), and the break-even months are words in each language (as the worksheet says them).
 */
import { fmt, fmtCount, fmtGrouped, fmtMoney, fmtPercent, type LocalizedFact } from '../../../src/format/prose';
import { gpuCost, gpuHoursFor, inferenceCostPer1k, inferenceFlopsPerCall, trainingFlops } from '../../../src/worksheet/model/compute';
import { DEFAULT_GPUS, findGpu } from '../../../src/worksheet/model/gpus';
import { presetScenario, type PresetId } from '../../../src/worksheet/model/presets';
import { project } from '../../../src/worksheet/model/project';
import { summarize } from '../../../src/worksheet/model/summary';
import { fraction } from '../../../src/worksheet/model/units';

export const inputs = {
  parameters: 7e9,
  trainingTokens: 1e12,
  trainingUtilisation: 0.4,
  tokensPerCall: 1000,
  inferenceUtilisation: 0.1,
  gpuId: 'h100-sxm',
  apiPricePer1k: 2,
  /** Market sizing example: knowledge workers in the target countries, the share the product fits, the share won. */
  tam: 30_000_000,
  samShare: 0.2,
  somShare: 0.02,
  pricePerMonth: 20,
} as const;

const i = inputs;
const gpu = findGpu(DEFAULT_GPUS, i.gpuId);
if (!gpu) throw new Error('no GPU in the shipped table');
const flops = trainingFlops(i.parameters, i.trainingTokens);
const hours = gpuHoursFor(flops, gpu, fraction(i.trainingUtilisation));
const inference = { mode: 'derived' as const, costPer1kCalls: 0 as never, parameters: i.parameters, tokensPerCall: i.tokensPerCall, gpuId: gpu.id, utilisation: fraction(i.inferenceUtilisation), costSource: '' };
const costPer1k = inferenceCostPer1k(inference, DEFAULT_GPUS);
const sam = i.tam * i.samShare;
const som = sam * i.somShare;

const sci = (v: number) => {
  const exponent = Math.floor(Math.log10(v));
  return `${fmt(v / 10 ** exponent, 1)} \\times 10^{${exponent}}`;
};

function presetFacts(id: PresetId, key: string): Record<string, string | LocalizedFact> {
  const scenario = presetScenario(id, id, id);
  const summary = summarize(scenario, project(scenario));
  const sustained = summary.sustainedBreakEvenMonth;
  const first = summary.breakEvenMonth;
  // Sustained break-even (net income stays ≥ 0 to the horizon), with the first positive month when it came earlier.
  const earlier = sustained !== null && first !== null && first !== sustained;
  const breakEven: LocalizedFact =
    sustained === null
      ? { en: `not within ${scenario.horizonMonths} months`, zh: `超出 ${scenario.horizonMonths} 个月的预测期` }
      : {
          en: `month ${sustained}` + (earlier ? ` (first positive month ${first})` : ''),
          zh: `第 ${sustained} 个月` + (earlier ? `（首个盈利月为第 ${first} 个月）` : ''),
        };
  return {
    [`${key}_break_even`]: breakEven,
    [`${key}_roi`]: summary.roi === null ? { en: 'n/a', zh: '无法计算' } : fmtPercent(summary.roi, 0),
  };
}

export const facts: Readonly<Record<string, string | LocalizedFact>> = {
  horizon: fmt(presetScenario('hybrid', 'h', 'h').horizonMonths, 0),
  params_b: fmt(i.parameters / 1e9, 0),
  tokens_t: fmt(i.trainingTokens / 1e12, 0),
  training_flops: sci(flops),
  gpu_name: gpu.name,
  gpu_tflops: fmtGrouped(gpu.peakFlopsPerSecond / 1e12),
  gpu_price: fmtMoney(gpu.pricePerHour, 2),
  gpu_checked: gpu.checked,
  training_mfu: fmtPercent(i.trainingUtilisation, 0),
  training_hours: fmtGrouped(hours),
  training_cost: fmtMoney(gpuCost(hours, gpu)),
  tokens_per_call: fmtGrouped(i.tokensPerCall),
  call_flops: sci(inferenceFlopsPerCall(i.parameters, i.tokensPerCall)),
  inference_util: fmtPercent(i.inferenceUtilisation, 0),
  cost_per_1k: fmtMoney(costPer1k, 3),
  api_price: fmtMoney(i.apiPricePer1k, 2),
  api_margin: fmtPercent((i.apiPricePer1k - costPer1k) / i.apiPricePer1k, 0),
  tam: fmtCount(i.tam),
  sam_share: fmtPercent(i.samShare, 0),
  sam: fmtCount(sam),
  som_share: fmtPercent(i.somShare, 0),
  som: fmtCount(som),
  price: fmtMoney(i.pricePerMonth),
  som_revenue: fmtMoney(som * i.pricePerMonth * 12),
  ...presetFacts('subscription-saas', 'sub'),
  ...presetFacts('pay-per-use-api', 'api'),
  ...presetFacts('ad-supported-app', 'ads'),
  ...presetFacts('model-as-a-service', 'maas'),
  ...presetFacts('hybrid', 'hybrid'),
};
