/**
 * Exercises of "Business models" (no runnable examples: number and choice
 * only). Inference cost, runway and the preset's ROI come from the worksheet's
 * own pure model (src/worksheet/model), so they match what the worksheet shows.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtChineseAmount, fmtGrouped, fmtPercent, fmtUsd } from '../../../src/format/prose';
import { inferenceCostPer1k, inferenceFlopsPerCall } from '../../../src/worksheet/model/compute';
import { DEFAULT_GPUS, findGpu } from '../../../src/worksheet/model/gpus';
import { presetScenario } from '../../../src/worksheet/model/presets';
import { project } from '../../../src/worksheet/model/project';
import { cashEvents, summarize } from '../../../src/worksheet/model/summary';
import { fraction, usd } from '../../../src/worksheet/model/units';
import { inputs } from './facts';

// 1. Gross margin of an API: cost per 1,000 calls from 2·N·T FLOPs on an A100 at 10 % of peak.
const gpu = findGpu(DEFAULT_GPUS, 'a100-sxm');
if (!gpu) throw new Error('business exercises: no GPU in the shipped table');
const api = { parameters: 70e9, tokensPerCall: 1500, utilisation: 0.1, pricePer1k: 5 };
const costPer1k = inferenceCostPer1k(
  { mode: 'derived', costPer1kCalls: usd(0), parameters: api.parameters, tokensPerCall: api.tokensPerCall, gpuId: gpu.id, utilisation: fraction(api.utilisation), costSource: '' },
  DEFAULT_GPUS,
);
const flopsPer1k = 1000 * inferenceFlopsPerCall(api.parameters, api.tokensPerCall);
const flopsPerHour = gpu.peakFlopsPerSecond * api.utilisation * 3600;
const gpuHoursPer1k = flopsPer1k / flopsPerHour;
// Gross margin share on compute = (price − cost) / price, in percent.
const marginPercent = ((api.pricePer1k - costPer1k) / api.pricePer1k) * 100;

// 2. Subscribers to break even: fixed costs / (price − inference per subscriber), rounded up.
const quotedCost = Math.round(costPer1k * 100) / 100; // the cost above, in cents, as the prompt quotes it
const sub = { fixedPerMonth: 90_000, price: 20, callsPerMonth: 2000 };
const inferencePerSubscriber = (sub.callsPerMonth / 1000) * quotedCost;
const contribution = sub.price - inferencePerSubscriber;
const exactSubscribers = sub.fixedPerMonth / contribution;
const breakEvenSubscribers = Math.ceil(exactSubscribers);
// A heavy user: the calls a month at which inference alone eats the whole price.
const heavyCalls = 8000;
const heavyCost = (heavyCalls / 1000) * quotedCost;
const heavyApiRevenue = (heavyCalls / 1000) * api.pricePer1k;
const losingCalls = (sub.price / quotedCost) * 1000;

// 3. Runway: cash month by month (worksheet's cashEvents: runway = the month cash first goes below zero, minus one).
const burn = { cash: 1_500_000, early: 85_000, earlyMonths: 6, later: 60_000, horizon: 36 };
const cash: number[] = [];
for (let m = 1, c = burn.cash; m <= burn.horizon; m++) {
  c -= m <= burn.earlyMonths ? burn.early : burn.later;
  cash.push(c);
}
const events = cashEvents(
  cash,
  cash.map(() => 0),
);
const runway = events.runwayMonths ?? NaN;
const cashAfterEarly = burn.cash - burn.earlyMonths * burn.early;

// 4. ROI of the pay-per-use preset over its horizon, from its totals rounded to USD 10,000 as quoted.
const preset = presetScenario('pay-per-use-api', 'exercise', 'exercise');
const summary = summarize(preset, project(preset));
const revenueM = Math.round(summary.totalRevenue / 1e4) / 100; // in millions, two decimals
const costsM = Math.round(summary.totalCosts / 1e4) / 100;
// ROI = (revenue − all costs) / all costs, in percent.
const roiPercent = ((revenueM - costsM) / costsM) * 100;
const presetBreakEven = summary.sustainedBreakEvenMonth;
// The exercise's title and solution say this preset's ROI is negative: fail loudly if the preset changes that.
if (roiPercent >= 0) throw new Error('business exercises: "roi-of-a-preset" expects the pay-per-use preset to have a negative ROI');

// 5. Market sizing: the lesson's TAM, SAM and SOM.
const tamRevenue = inputs.tam * inputs.pricePerMonth * 12;
const som = inputs.tam * inputs.samShare * inputs.somShare;
const somRevenue = som * inputs.pricePerMonth * 12;
const millionsZh = (x: number) => fmtChineseAmount(x, 0).trim();

export const exercises = defineExercises([
  {
    id: 'api-gross-margin',
    kind: 'number',
    title: { en: 'Gross margin of an API', zh: '一个 API 的毛利率' },
    prompt: {
      en: `A ${fmt(api.parameters / 1e9, 0)}B-parameter model serves calls of ${fmtGrouped(api.tokensPerCall)} tokens on an ${gpu.name} (${fmtGrouped(gpu.peakFlopsPerSecond / 1e12)} TFLOP/s peak, ${fmtUsd(gpu.pricePerHour, 2)} per GPU-hour) at ${fmtPercent(api.utilisation, 0)} of peak. The API charges ${fmtUsd(api.pricePer1k, 2)} per 1,000 calls. What is its gross margin on compute, in percent? Answer to the nearest whole percent.`,
      zh: `一个 ${fmt(api.parameters / 1e9, 0)}B 参数的模型在 ${gpu.name}（峰值 ${fmtGrouped(gpu.peakFlopsPerSecond / 1e12)} TFLOP/s，每 GPU 小时 ${fmtUsd(gpu.pricePerHour, 2, 'zh')}）上提供服务，每次调用 ${fmtGrouped(api.tokensPerCall)} 个词元，利用率为峰值的 ${fmtPercent(api.utilisation, 0)}。API 每千次调用收费 ${fmtUsd(api.pricePer1k, 2, 'zh')}。它在算力上的毛利率是百分之多少？四舍五入到整数。`,
    },
    answer: marginPercent,
    tolerance: 0.5,
    unit: { en: '%', zh: '%' },
    hints: [
      { en: 'Inference takes about 2·N FLOPs per token: find the FLOPs of 1,000 calls, then the GPU-hours they need, then their cost.', zh: '推理每个词元约需 2·N 次浮点运算：先求 1,000 次调用的浮点运算量，再求它们需要多少 GPU 小时，最后求成本。' },
      {
        en: `1,000 calls need 1,000 × 2 × ${fmt(api.parameters / 1e9, 0)}×10⁹ × ${fmtGrouped(api.tokensPerCall)} = ${fmt(flopsPer1k / 1e17, 1)}×10¹⁷ FLOPs; the GPU does ${fmt(flopsPerHour / 1e17, 4)}×10¹⁷ per hour at ${fmtPercent(api.utilisation, 0)} of peak.`,
        zh: `1,000 次调用需要 1,000 × 2 × ${fmt(api.parameters / 1e9, 0)}×10⁹ × ${fmtGrouped(api.tokensPerCall)} = ${fmt(flopsPer1k / 1e17, 1)}×10¹⁷ 次浮点运算；按峰值的 ${fmtPercent(api.utilisation, 0)} 计，GPU 每小时能做 ${fmt(flopsPerHour / 1e17, 4)}×10¹⁷ 次。`,
      },
      {
        en: `That is ${fmt(gpuHoursPer1k, 3)} GPU-hours, about ${fmtUsd(costPer1k, 2)} per 1,000 calls. Margin = (price − cost) / price.`,
        zh: `也就是 ${fmt(gpuHoursPer1k, 3)} GPU 小时，每千次调用约 ${fmtUsd(costPer1k, 2, 'zh')}。毛利率 = (价格 − 成本) / 价格。`,
      },
    ],
    solution: {
      en: `Serving costs ${fmt(gpuHoursPer1k, 3)} GPU-hours × ${fmtUsd(gpu.pricePerHour, 2)} ≈ ${fmtUsd(costPer1k, 2)} per 1,000 calls, so the margin is (${fmt(api.pricePer1k, 2)} − ${fmt(costPer1k, 2)}) / ${fmt(api.pricePer1k, 2)} ≈ **${fmtPercent(marginPercent / 100, 0)}**. ${inputs.apiPricePer1k < costPer1k ? `At the lesson's ${fmtUsd(inputs.apiPricePer1k, 2)} this model would lose money on every call: price against cost is the first check.` : ''}`,
      zh: `提供服务的成本是 ${fmt(gpuHoursPer1k, 3)} GPU 小时 × ${fmtUsd(gpu.pricePerHour, 2, 'zh')} ≈ 每千次调用 ${fmtUsd(costPer1k, 2, 'zh')}，所以毛利率是 (${fmt(api.pricePer1k, 2)} − ${fmt(costPer1k, 2)}) / ${fmt(api.pricePer1k, 2)} ≈ **${fmtPercent(marginPercent / 100, 0)}**。${inputs.apiPricePer1k < costPer1k ? `要是按课文里的 ${fmtUsd(inputs.apiPricePer1k, 2, 'zh')}收费，这个模型每次调用都在亏钱：价格对成本，是要先核对的一项。` : ''}`,
    },
  },
  {
    id: 'subscribers-to-break-even',
    kind: 'number',
    title: { en: 'Subscribers to break even', zh: '盈亏平衡要多少订阅者' },
    prompt: {
      en: `A subscription costs ${fmtUsd(sub.price)} a month. A typical subscriber makes ${fmtGrouped(sub.callsPerMonth)} calls a month, served at ${fmtUsd(quotedCost, 2)} per 1,000 calls, and the company's fixed costs are ${fmtUsd(sub.fixedPerMonth)} a month. How many subscribers does it need to break even? Answer with a whole number.`,
      zh: `订阅费每月 ${fmtUsd(sub.price, 0, 'zh')}。一位典型的订阅者每月调用 ${fmtGrouped(sub.callsPerMonth)} 次，每千次调用的服务成本是 ${fmtUsd(quotedCost, 2, 'zh')}，公司每月的固定成本是 ${fmtUsd(sub.fixedPerMonth, 0, 'zh')}。它需要多少位订阅者才能盈亏平衡？答一个整数。`,
    },
    answer: breakEvenSubscribers,
    tolerance: 0.5,
    unit: { en: 'subscribers', zh: '位订阅者' },
    hints: [
      { en: 'Each subscriber contributes the price minus what their calls cost to serve; enough contributions must cover the fixed costs.', zh: '每位订阅者贡献的是价格减去为其调用提供服务的成本；这些贡献加起来要盖住固定成本。' },
      {
        en: `${fmtGrouped(sub.callsPerMonth)} calls cost ${fmt(sub.callsPerMonth / 1000, 0)} × ${fmt(quotedCost, 2)} = ${fmtUsd(inferencePerSubscriber, 2)}, so each subscriber contributes ${fmtUsd(contribution, 2)} a month.`,
        zh: `${fmtGrouped(sub.callsPerMonth)} 次调用的成本是 ${fmt(sub.callsPerMonth / 1000, 0)} × ${fmt(quotedCost, 2)} = ${fmtUsd(inferencePerSubscriber, 2, 'zh')}，所以每位订阅者每月贡献 ${fmtUsd(contribution, 2, 'zh')}。`,
      },
      {
        en: `${fmtGrouped(sub.fixedPerMonth)} / ${fmt(contribution, 2)} ≈ ${fmtGrouped(exactSubscribers, 1)}; a fraction of a subscriber does not pay, so round up.`,
        zh: `${fmtGrouped(sub.fixedPerMonth)} / ${fmt(contribution, 2)} ≈ ${fmtGrouped(exactSubscribers, 1)}；零点几个订阅者不付钱，所以要向上取整。`,
      },
    ],
    solution: {
      en: `Contribution per subscriber: ${fmt(sub.price, 2)} − ${fmt(inferencePerSubscriber, 2)} = ${fmtUsd(contribution, 2)}. ${fmtGrouped(sub.fixedPerMonth)} / ${fmt(contribution, 2)} ≈ ${fmtGrouped(exactSubscribers, 1)}, so **${fmtGrouped(breakEvenSubscribers)}** subscribers. Inference eats ${fmtPercent(inferencePerSubscriber / sub.price, 0)} of the price here: heavier use would push the number up fast.`,
      zh: `每位订阅者的贡献：${fmt(sub.price, 2)} − ${fmt(inferencePerSubscriber, 2)} = ${fmtUsd(contribution, 2, 'zh')}。${fmtGrouped(sub.fixedPerMonth)} / ${fmt(contribution, 2)} ≈ ${fmtGrouped(exactSubscribers, 1)}，所以需要 **${fmtGrouped(breakEvenSubscribers)}** 位订阅者。这里推理成本占了价格的 ${fmtPercent(inferencePerSubscriber / sub.price, 0)}：用量再大一些，这个数字就会迅速上升。`,
    },
  },
  {
    id: 'runway',
    kind: 'number',
    title: { en: 'How long the cash lasts', zh: '现金能撑多久' },
    prompt: {
      en: `A startup has ${fmtUsd(burn.cash)} in the bank and no new funding. It loses ${fmtUsd(burn.early)} a month for the first ${burn.earlyMonths} months, then ${fmtUsd(burn.later)} a month once its first customers pay. What is its runway: the number of months before its cash first goes below zero?`,
      zh: `一家创业公司账上有 ${fmtUsd(burn.cash, 0, 'zh')}，没有新的融资。头 ${burn.earlyMonths} 个月它每月亏损 ${fmtUsd(burn.early, 0, 'zh')}，有了第一批付费客户之后，每月亏损 ${fmtUsd(burn.later, 0, 'zh')}。它的现金跑道是多少：现金第一次跌到零以下之前，还有几个月？`,
    },
    answer: runway,
    tolerance: 0.5,
    unit: { en: 'months', zh: '个月' },
    hints: [
      { en: 'Work in two phases: the cash left after the first months, then how many whole months of the smaller loss it covers.', zh: '分两段算：头几个月之后还剩多少现金，再算它能撑过几个整月的较小亏损。' },
      {
        en: `After ${burn.earlyMonths} months: ${fmtGrouped(burn.cash)} − ${burn.earlyMonths} × ${fmtGrouped(burn.early)} = ${fmtUsd(cashAfterEarly)}.`,
        zh: `${burn.earlyMonths} 个月之后：${fmtGrouped(burn.cash)} − ${burn.earlyMonths} × ${fmtGrouped(burn.early)} = ${fmtUsd(cashAfterEarly, 0, 'zh')}。`,
      },
      {
        en: `${fmtGrouped(cashAfterEarly)} / ${fmtGrouped(burn.later)} = ${fmt(cashAfterEarly / burn.later, 1)}: only whole months count before the cash runs out.`,
        zh: `${fmtGrouped(cashAfterEarly)} / ${fmtGrouped(burn.later)} = ${fmt(cashAfterEarly / burn.later, 1)}：在现金耗尽之前，只有整月才算数。`,
      },
    ],
    solution: {
      en: `${fmtUsd(cashAfterEarly)} is left after month ${burn.earlyMonths}; it covers ${fmt(Math.floor(cashAfterEarly / burn.later), 0)} more months, and cash goes negative in month ${events.cashOutMonth ?? NaN}. Runway: ${burn.earlyMonths} + ${fmt(Math.floor(cashAfterEarly / burn.later), 0)} = **${runway} months**, counted as the worksheet does.`,
      zh: `第 ${burn.earlyMonths} 个月之后还剩 ${fmtUsd(cashAfterEarly, 0, 'zh')}；它还能撑 ${fmt(Math.floor(cashAfterEarly / burn.later), 0)} 个月，现金在第 ${events.cashOutMonth ?? NaN} 个月变为负数。现金跑道：${burn.earlyMonths} + ${fmt(Math.floor(cashAfterEarly / burn.later), 0)} = **${runway} 个月**，与测算表的算法一致。`,
    },
  },
  {
    id: 'roi-of-a-preset',
    kind: 'number',
    title: { en: 'Break-even is not ROI', zh: '盈亏平衡不等于投资回报' },
    prompt: {
      en: `Over its ${preset.horizonMonths}-month horizon, the worksheet's pay-per-use API preset earns USD ${fmt(revenueM, 2)} million and spends USD ${fmt(costsM, 2)} million in all. What is its ROI, in percent? Answer to the nearest whole percent.`,
      zh: `在 ${preset.horizonMonths} 个月的预测期里，测算表的按量付费 API 预设总共收入 ${fmt(revenueM * 100, 0)} 万美元，花掉 ${fmt(costsM * 100, 0)} 万美元。它的投资回报率是百分之多少？四舍五入到整数。`,
    },
    answer: roiPercent,
    tolerance: 0.5,
    unit: { en: '%', zh: '%' },
    hints: [
      { en: 'ROI over a period = (revenue − all costs) ÷ all costs.', zh: '某段时期的投资回报率 = (收入 − 全部成本) ÷ 全部成本。' },
      {
        en: `${fmt(revenueM, 2)} − ${fmt(costsM, 2)} = ${fmt(revenueM - costsM, 2)} million; divide by ${fmt(costsM, 2)}. A negative ROI is possible.`,
        zh: `${fmt(revenueM * 100, 0)} − ${fmt(costsM * 100, 0)} = ${fmt((revenueM - costsM) * 100, 0)} 万；再除以 ${fmt(costsM * 100, 0)} 万。投资回报率可以是负的。`,
      },
    ],
    solution: {
      en: `(${fmt(revenueM, 2)} − ${fmt(costsM, 2)}) / ${fmt(costsM, 2)} ≈ **${fmtPercent(roiPercent / 100, 0)}**. ${presetBreakEven === null ? 'It never breaks even within the horizon' : `It does break even, in month ${presetBreakEven}`}, but the losses before that are not earned back within the horizon.`,
      zh: `(${fmt(revenueM * 100, 0)} − ${fmt(costsM * 100, 0)}) / ${fmt(costsM * 100, 0)} ≈ **${fmtPercent(roiPercent / 100, 0)}**。${presetBreakEven === null ? '它在预测期内始终没有盈亏平衡' : `它在第 ${presetBreakEven} 个月确实达到了盈亏平衡`}，但此前的亏损在预测期内赚不回来。`,
    },
  },
  {
    id: 'heavy-users',
    kind: 'choice',
    title: { en: 'A heavy user', zh: '一位重度用户' },
    prompt: {
      en: `One user makes ${fmtGrouped(heavyCalls)} calls a month, served at ${fmtUsd(quotedCost, 2)} per 1,000 calls. Under which pricing does this user cost the company more than they pay?`,
      zh: `有一位用户每月调用 ${fmtGrouped(heavyCalls)} 次，每千次调用的服务成本是 ${fmtUsd(quotedCost, 2, 'zh')}。在哪种收费方式下，这位用户让公司花的钱比他付的还多？`,
    },
    options: [
      {
        text: { en: `A flat subscription of ${fmtUsd(sub.price)} a month.`, zh: `每月 ${fmtUsd(sub.price, 0, 'zh')}的固定订阅。` },
        correct: true,
        why: {
          en: `Right: serving them costs ${fmtUsd(heavyCost, 2)} against ${fmtUsd(sub.price, 2)} paid. Above about ${fmtGrouped(losingCalls)} calls a month a subscriber loses money, which is why subscriptions cap or tier heavy use.`,
          zh: `对：为他服务要花 ${fmtUsd(heavyCost, 2, 'zh')}，他只付 ${fmtUsd(sub.price, 2, 'zh')}。每月调用超过约 ${fmtGrouped(losingCalls)} 次，这位订阅者就让公司亏钱，所以订阅制会给重度使用设上限或分档。`,
        },
      },
      {
        text: { en: `Pay-per-use at ${fmtUsd(api.pricePer1k, 2)} per 1,000 calls.`, zh: `按量付费，每千次调用 ${fmtUsd(api.pricePer1k, 2, 'zh')}。` },
        why: {
          en: `Per-call pricing grows with use: they pay ${fmtUsd(heavyApiRevenue, 2)} for calls that cost ${fmtUsd(heavyCost, 2)}. Every call carries the same margin, so heavy users are the best customers.`,
          zh: `按次收费随用量增长：他付 ${fmtUsd(heavyApiRevenue, 2, 'zh')}，这些调用的成本是 ${fmtUsd(heavyCost, 2, 'zh')}。每次调用的利润率都一样，所以重度用户是最好的客户。`,
        },
      },
      {
        text: { en: 'Both: heavy users always lose money, whatever the pricing.', zh: '两种都会：不管怎样收费，重度用户总是让公司亏钱。' },
        why: {
          en: 'Only a price that does not grow with use can fall behind a cost that does. Pay-per-use keeps the margin per call positive at any volume.',
          zh: '只有不随用量增长的价格，才会被随用量增长的成本甩在后面。按量付费在任何用量下每次调用的毛利都是正的。',
        },
      },
    ],
    hints: [
      { en: `First find what ${fmtGrouped(heavyCalls)} calls cost to serve.`, zh: `先算出 ${fmtGrouped(heavyCalls)} 次调用的服务成本。` },
      {
        en: `${fmt(heavyCalls / 1000, 0)} × ${fmt(quotedCost, 2)} = ${fmtUsd(heavyCost, 2)}. Now compare it with what the user pays under each pricing.`,
        zh: `${fmt(heavyCalls / 1000, 0)} × ${fmt(quotedCost, 2)} = ${fmtUsd(heavyCost, 2, 'zh')}。再把它和这位用户在每种收费方式下付的钱比一比。`,
      },
    ],
    solution: {
      en: `Serving costs ${fmtUsd(heavyCost, 2)}. The subscription brings ${fmtUsd(sub.price, 2)} (a loss); pay-per-use brings ${fmtUsd(heavyApiRevenue, 2)} (a profit). Flat prices carry the risk of heavy users.`,
      zh: `服务成本是 ${fmtUsd(heavyCost, 2, 'zh')}。订阅只带来 ${fmtUsd(sub.price, 2, 'zh')}（亏损）；按量付费带来 ${fmtUsd(heavyApiRevenue, 2, 'zh')}（盈利）。固定价格要承担重度用户的风险。`,
    },
  },
  {
    id: 'tam-is-not-revenue',
    kind: 'choice',
    title: { en: 'A market-size pitch', zh: '一份市场规模的路演' },
    prompt: {
      en: `A founder pitches: "There are ${fmtGrouped(inputs.tam)} knowledge workers in our countries; at ${fmtUsd(inputs.pricePerMonth)} a month that is USD ${fmt(tamRevenue / 1e9, 1)} billion a year of revenue for us." What is wrong?`,
      zh: `一位创始人在路演时说：“我们所在的国家有 ${millionsZh(inputs.tam)}名知识工作者；按每月 ${fmtUsd(inputs.pricePerMonth, 0, 'zh')}计，我们一年就有 ${fmtUsd(tamRevenue, 0, 'zh')}的收入。”错在哪里？`,
    },
    options: [
      {
        text: { en: 'That is the total addressable market (TAM), not what the company can win: a forecast should start from the obtainable share (SOM).', zh: '那是总潜在市场（TAM），不是公司能赢得的部分：预测应当从可获得市场（SOM）出发。' },
        correct: true,
        why: {
          en: `Right: with the lesson's guesses (${fmtPercent(inputs.samShare, 0)} fit the product, ${fmtPercent(inputs.somShare, 0)} of those won) the SOM is ${fmtGrouped(som)} subscribers, ${fmtUsd(somRevenue)} a year.`,
          zh: `对：按课文中的猜测（${fmtPercent(inputs.samShare, 0)} 的人适合这个产品，其中 ${fmtPercent(inputs.somShare, 0)} 能赢得），SOM 是 ${millionsZh(som)}名订阅者，一年 ${fmtUsd(somRevenue, 0, 'zh')}。`,
        },
      },
      {
        text: { en: 'Nothing: the TAM is exactly the revenue a product can expect once it launches.', zh: '没错：TAM 正是产品上线后可以期待的收入。' },
        why: {
          en: 'The TAM counts everyone who could use the product, including those it does not fit and those competitors win. No product sells to all of them.',
          zh: 'TAM 算的是所有可能使用这个产品的人，包括产品并不适合的人和被竞争对手赢走的人。没有哪个产品能卖给所有这些人。',
        },
      },
      {
        text: { en: 'Only that it should multiply by the gross margin: revenue means profit.', zh: '只是应该再乘以毛利率：收入就是利润。' },
        why: {
          en: 'Revenue is what customers pay; profit comes after costs. The real error is upstream: the customer count is the whole market, not the share that will buy.',
          zh: '收入是客户付的钱；利润要扣掉成本之后才有。真正的错误在更前面：客户数用的是整个市场，而不是会买的那部分人。',
        },
      },
    ],
    hints: [
      { en: 'Which of TAM, SAM and SOM did the founder use as the number of customers?', zh: '创始人把 TAM、SAM、SOM 中的哪一个当成了客户数？' },
      { en: 'SAM keeps the people the product fits; SOM keeps the share of those you can realistically win.', zh: 'SAM 只留下产品适合的人；SOM 再只留下其中你实际能赢得的那部分。' },
    ],
    solution: {
      en: `${fmtGrouped(inputs.tam)} is the TAM. × ${fmtPercent(inputs.samShare, 0)} × ${fmtPercent(inputs.somShare, 0)} gives a SOM of ${fmtGrouped(som)} subscribers: ${fmtUsd(somRevenue)} a year, not USD ${fmt(tamRevenue / 1e9, 1)} billion.`,
      zh: `${millionsZh(inputs.tam)}是 TAM。乘以 ${fmtPercent(inputs.samShare, 0)}，再乘以 ${fmtPercent(inputs.somShare, 0)}，得到的 SOM 是 ${millionsZh(som)}名订阅者：一年 ${fmtUsd(somRevenue, 0, 'zh')}，而不是 ${fmtUsd(tamRevenue, 0, 'zh')}。`,
    },
  },
]);
