/**
 * Exercises of "Deployment and edge computing": 8-bit quantization by hand
 * and in code, what quantization buys, and latency turned into a cost per
 * 1,000 calls (src/math/lifecycle-costs, the function the lesson's facts use).
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtUsd, fmtVector } from '../../../src/format/prose';
import { costPer1000Calls } from '../../../src/math/lifecycle-costs';
import { inputs } from './facts';

// 8-bit quantization of a fresh tensor: Δ = (max − min) / 255, q = round((w − min) / Δ), w̃ = q·Δ + min.
const tensor = [-0.6, 0.25, 0.9, 1.4];
const target = 0.25;
const tMin = Math.min(...tensor);
const tMax = Math.max(...tensor);
const step = (tMax - tMin) / 255;
const exactPosition = (target - tMin) / step;
const byte = Math.round(exactPosition);
const decoded = byte * step + tMin;

// Latency → money: cost per 1,000 calls = latency (ms) × price per hour / 3,600.
const latencyMs = 45;
const pricePerHour = 2.99;
const cost = costPer1000Calls(latencyMs, pricePerHour);

// The example's model (6 → 16 → 1): parameters per tensor, float32 bytes, 8-bit bytes (1 per weight + step and min per tensor).
const tensors = [inputs.features * inputs.hidden, inputs.hidden, inputs.hidden, 1];
const parameters = tensors.reduce((s, n) => s + n, 0);
const floatBytes = 4 * parameters;
const int8Bytes = parameters + 8 * tensors.length;
const ratio = floatBytes / int8Bytes;

// The lesson's worked tensor, printed by the code exercise's starter.
const lessonWeights = [...inputs.weights];
const lessonMin = Math.min(...lessonWeights);
const lessonStep = (Math.max(...lessonWeights) - lessonMin) / 255;
const lessonBytes = lessonWeights.map((w) => Math.round((w - lessonMin) / lessonStep));

export const exercises = defineExercises([
  {
    id: 'quantize-one-weight',
    kind: 'number',
    title: { en: 'One weight in one byte', zh: '把一个权重存进一个字节' },
    prompt: {
      en: `A tensor holds the weights ${fmtVector(tensor, 2)}. With the lesson's 8-bit scheme (its [min, max] mapped onto 0…255), which integer q stores the weight ${fmt(target, 2)}?`,
      zh: `一个张量的权重是 ${fmtVector(tensor, 2)}。按课文中的 8 位方案（把它的 [min, max] 映射到 0…255），权重 ${fmt(target, 2)} 存成哪个整数 q？`,
    },
    answer: byte,
    tolerance: 0.5,
    hints: [
      { en: 'First find the step Δ = (max − min) / 255 between two neighbouring stored values.', zh: '先求出相邻两个存储值之间的步长 Δ = (max − min) / 255。' },
      {
        en: `Δ = (${fmt(tMax, 2)} − (${fmt(tMin, 2)})) / 255 ≈ ${fmt(step, 5)}. Now q = round((w − min) / Δ).`,
        zh: `Δ = (${fmt(tMax, 2)} − (${fmt(tMin, 2)})) / 255 ≈ ${fmt(step, 5)}。接着算 q = round((w − min) / Δ)。`,
      },
      {
        en: `(${fmt(target, 2)} + ${fmt(-tMin, 2)}) / Δ ≈ ${fmt(exactPosition, 3)}; round it to the nearest integer.`,
        zh: `(${fmt(target, 2)} + ${fmt(-tMin, 2)}) / Δ ≈ ${fmt(exactPosition, 3)}；把它四舍五入到最近的整数。`,
      },
    ],
    solution: {
      en: `Δ ≈ ${fmt(step, 5)} and ${fmt(target - tMin, 2)} / Δ ≈ ${fmt(exactPosition, 3)}, so q = **${byte}**. It decodes to ${byte} × Δ + (${fmt(tMin, 2)}) ≈ ${fmt(decoded, 4)}: off by ${fmt(Math.abs(decoded - target), 4)}, less than half a step (${fmt(step / 2, 4)}).`,
      zh: `Δ ≈ ${fmt(step, 5)}，${fmt(target - tMin, 2)} / Δ ≈ ${fmt(exactPosition, 3)}，所以 q = **${byte}**。解码回来是 ${byte} × Δ + (${fmt(tMin, 2)}) ≈ ${fmt(decoded, 4)}：误差 ${fmt(Math.abs(decoded - target), 4)}，不到半个步长（${fmt(step / 2, 4)}）。`,
    },
  },
  {
    id: 'latency-to-dollars',
    kind: 'number',
    title: { en: 'From latency to dollars', zh: '从延迟到美元' },
    prompt: {
      en: `A model answers one call at a time, with a median latency of ${latencyMs} ms, on a GPU server rented at ${fmtUsd(pricePerHour, 2)} per hour. What do 1,000 calls cost, in USD? Answer to four decimals.`,
      zh: `一个模型一次处理一个调用，延迟中位数是 ${latencyMs} 毫秒，运行在每小时 ${fmtUsd(pricePerHour, 2, 'zh')}的 GPU 服务器上。1,000 次调用要花多少美元？保留四位小数。`,
    },
    answer: cost,
    tolerance: 0.00015,
    unit: { en: 'USD', zh: '美元' },
    hints: [
      { en: 'The server is busy for 1,000 × the latency; convert that time to hours and multiply by the hourly price.', zh: '服务器要忙 1,000 × 延迟这么长时间；把这段时间换算成小时，再乘以每小时价格。' },
      {
        en: `1,000 × ${latencyMs} ms = ${fmt((1000 * latencyMs) / 1000, 0)} s, and one hour is 3,600 s.`,
        zh: `1,000 × ${latencyMs} 毫秒 = ${fmt((1000 * latencyMs) / 1000, 0)} 秒，一小时是 3,600 秒。`,
      },
      {
        en: `${fmt((1000 * latencyMs) / 1000, 0)} × ${fmt(pricePerHour, 2)} / 3,600 = ?`,
        zh: `${fmt((1000 * latencyMs) / 1000, 0)} × ${fmt(pricePerHour, 2)} / 3,600 = ?`,
      },
    ],
    solution: {
      en: `1,000 calls keep the server busy for ${fmt((1000 * latencyMs) / 1000, 0)} s, so they cost ${fmt((1000 * latencyMs) / 1000, 0)} × ${fmt(pricePerHour, 2)} / 3,600 ≈ **${fmtUsd(cost, 4)}**. Batching and parallel calls would lower it: this is an upper bound.`,
      zh: `1,000 次调用让服务器忙 ${fmt((1000 * latencyMs) / 1000, 0)} 秒，所以成本是 ${fmt((1000 * latencyMs) / 1000, 0)} × ${fmt(pricePerHour, 2)} / 3,600 ≈ **${fmtUsd(cost, 4, 'zh')}**。合批处理和并行调用能把它降下来：这是一个上限。`,
    },
  },
  {
    id: 'what-8-bits-buy',
    kind: 'choice',
    title: { en: 'What 8 bits buy', zh: '8 位换来了什么' },
    prompt: {
      en: `The example quantizes its credit model (${parameters} parameters) to 8 bits and decodes the weights back to floats before predicting. What has it gained?`,
      zh: `示例把它的信用模型（${parameters} 个参数）量化到 8 位，预测前再把权重解码回浮点数。它得到了什么好处？`,
    },
    options: [
      {
        text: { en: `Smaller weights to download and store: ${floatBytes} bytes become ${int8Bytes}, with almost the same accuracy.`, zh: `要下载和存储的权重变小了：${floatBytes} 字节变成 ${int8Bytes} 字节，准确率几乎不变。` },
        correct: true,
        why: {
          en: `Right: one byte per weight instead of four, plus a step and a minimum per tensor, so ${fmt(ratio, 2)}× smaller here. Predictions still run in float32.`,
          zh: `对：每个权重一个字节而不是四个，再加上每个张量的一个步长和一个最小值，这里小到原来的 1/${fmt(ratio, 2)}。预测仍然用 float32 计算。`,
        },
      },
      {
        text: { en: 'Predictions four times faster, because the arithmetic now uses 8-bit integers.', zh: '预测快了四倍，因为算术现在用 8 位整数来做。' },
        why: {
          en: 'The weights are decoded back to floats before predicting, so the arithmetic is unchanged. Faster 8-bit arithmetic needs runtime support such as int8 kernels.',
          zh: '权重在预测之前被解码回浮点数，算术和原来一样。要让 8 位算术更快，需要 int8 计算内核这样的运行时支持。',
        },
      },
      {
        text: { en: `Exactly 4× smaller weights: ${floatBytes / 4} bytes.`, zh: `权重正好缩小到 1/4：${floatBytes / 4} 字节。` },
        why: {
          en: `Each tensor also keeps its step and minimum as floats (8 bytes). With ${tensors.length} small tensors that overhead matters: ${int8Bytes} bytes, not ${floatBytes / 4}. The ratio nears 4× only for large tensors.`,
          zh: `每个张量还要用浮点数存它的步长和最小值（8 字节）。${tensors.length} 个小张量加起来，这笔开销不可忽略：是 ${int8Bytes} 字节，而不是 ${floatBytes / 4}。只有张量很大时，比例才接近 4 倍。`,
        },
      },
      {
        text: { en: 'Higher accuracy: rounding the weights removes their noise.', zh: '准确率更高了：把权重取整去掉了其中的噪声。' },
        why: {
          en: 'Rounding adds an error of up to half a step to every weight; the test accuracy moves a little, in either direction, and the lesson checks it stays close.',
          zh: '取整给每个权重带来至多半个步长的误差；测试准确率会有一点变化，可能升也可能降，课文检查的是它保持接近。',
        },
      },
    ],
    hints: [
      { en: 'Read what happens to the 8-bit weights just before the model predicts.', zh: '看看 8 位权重在模型预测之前经历了什么。' },
      { en: 'Count the bytes: one per parameter, plus 8 bytes (step and minimum) for each of the model\u2019s 4 tensors.', zh: '数一数字节：每个参数一个，再加上模型 4 个张量各自的 8 字节（步长和最小值）。' },
    ],
    solution: {
      en: `${parameters} parameters take ${floatBytes} bytes as float32 and ${parameters} + ${8 * tensors.length} = ${int8Bytes} bytes as 8-bit: ${fmt(ratio, 2)}× smaller. Speed is unchanged, since the weights are decoded back to floats.`,
      zh: `${parameters} 个参数存成 float32 是 ${floatBytes} 字节，存成 8 位是 ${parameters} + ${8 * tensors.length} = ${int8Bytes} 字节：小到原来的 1/${fmt(ratio, 2)}。速度没变，因为权重又被解码回了浮点数。`,
    },
  },
  {
    id: 'quantize-tensor',
    kind: 'code',
    title: { en: 'Quantize a tensor', zh: '量化一个张量' },
    prompt: {
      en: 'Finish `quantize(weights)`: return the bytes `q` (integers 0…255), the step Δ and the minimum, using the lesson\u2019s scheme. The check quantizes tensors you have not seen and decodes them again.',
      zh: '完成 `quantize(weights)`：按课文中的方案，返回字节 `q`（0…255 的整数）、步长 Δ 和最小值。检查会量化一些你没见过的张量，再把它们解码回来。',
    },
    starter: 'quantize-tensor.ts',
    solutionFile: 'quantize-tensor.solution.ts',
    checker: `
const cases = [
  [0.31, -1.7, 2.4, 0.05, -0.66, 1.13],
  [5, 7.5, 6.25, 9],
  [-0.002, 0.004, 0.0011, -0.0035, 0],
];
check.that({ en: 'quantize is a function', zh: 'quantize 是一个函数' }, typeof quantize === 'function');
for (const w of cases) {
  const name = JSON.stringify(w);
  const min = Math.min(...w);
  const step = (Math.max(...w) - min) / 255;
  const got = quantize(w.slice());
  check.close({ en: 'step of ' + name, zh: name + ' 的步长' }, got.step, step, 1e-9);
  check.close({ en: 'min of ' + name, zh: name + ' 的最小值' }, got.min, min, 1e-12);
  check.that({ en: 'bytes of ' + name + ' are integers 0…255', zh: name + ' 的字节都是 0…255 的整数' }, Array.isArray(got.q) && got.q.length === w.length && got.q.every((v) => Number.isInteger(v) && v >= 0 && v <= 255), got.q);
  check.close({ en: 'bytes of ' + name, zh: name + ' 的字节' }, got.q, w.map((v) => Math.round((v - min) / step)), 0.5);
  const worst = Math.max(...w.map((v, i) => Math.abs((got.q[i] ?? NaN) * got.step + got.min - v)));
  check.that({ en: 'decoding ' + name + ' is off by at most Δ/2', zh: '解码 ' + name + ' 的误差不超过 Δ/2' }, worst <= step / 2 + 1e-12, worst, step / 2);
}
`,
    hints: [
      { en: 'min and max come from Math.min(...weights) and Math.max(...weights); the step is (max − min) / 255.', zh: 'min 和 max 用 Math.min(...weights) 和 Math.max(...weights) 求；步长是 (max − min) / 255。' },
      { en: 'Each byte is Math.round((w - min) / step): the smallest weight becomes 0, the largest 255.', zh: '每个字节是 Math.round((w - min) / step)：最小的权重变成 0，最大的变成 255。' },
      { en: 'Return { q: weights.map((w) => Math.round((w - min) / step)), step, min }.', zh: '返回 { q: weights.map((w) => Math.round((w - min) / step)), step, min }。' },
    ],
    solution: {
      en: `Find min and max, set Δ = (max − min) / 255 and q = round((w − min) / Δ). For the lesson's weights ${fmtVector(lessonWeights, 1)} the bytes are [${lessonBytes.join(', ')}], and every decoded weight is within Δ/2 of the original.`,
      zh: `求出 min 和 max，令 Δ = (max − min) / 255，q = round((w − min) / Δ)。课文中的权重 ${fmtVector(lessonWeights, 1)} 存成字节 [${lessonBytes.join(', ')}]，每个解码回来的权重与原值相差都不超过 Δ/2。`,
    },
  },
]);
