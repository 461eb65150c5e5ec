/**
 * Exercises of "Convolution and pooling": sizes, sums and pooled maps are
 * computed with src/math/convolution (the functions the lesson's facts use).
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt } from '../../../src/format/prose';
import { conv2d, globalMaxPool, maxPool, outputSize, type Grid } from '../../../src/math/convolution';
import { inputs } from './facts';

/** A grid as text, rows from top to bottom: "[[2, 0, 1], [3, 1, 0]]" (at most two decimals, no trailing zeros). */
const gridText = (grid: Grid) => `[${grid.map((row) => `[${row.map((v) => fmt(v, 2).replace(/\.?0+$/, '')).join(', ')}]`).join(', ')}]`;
/** Subscript digits for labels like h₂₆,₂₆. */
const sub = (n: number) => String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)] ?? d);

// Output size with padding and stride.
const sized = { n: 32, k: 5, p: 1, s: 2 };
const sizedOut = outputSize(sized.n, sized.k, sized.p, sized.s);
const sizedInner = (sized.n + 2 * sized.p - sized.k) / sized.s; // (n + 2p − k) / S, before rounding down

// One window under the horizontal-edge kernel.
const patchWindow = [
  [2, 0, 1],
  [3, 1, 0],
  [1, 4, 2],
];
const horizontal = [
  [1, 2, 1],
  [0, 0, 0],
  [-1, -2, -1],
];
const windowValue = conv2d(patchWindow, horizontal)[0]?.[0] ?? NaN;
// The top and bottom rows' contributions (the middle row of the kernel is zero): Σ_b in[a][b] · w[a][b].
const rowPart = (a: number) => (patchWindow[a] ?? []).reduce((s, v, b) => s + v * (horizontal[a]?.[b] ?? NaN), 0);
/** That row's products written out, "1 · 2 + 2 · 0 + 1 · 1"; `sign` −1 writes a negative row as −(…). */
const rowProducts = (a: number, sign = 1) => (horizontal[a] ?? []).map((w, b) => `${fmt(sign * w, 0)} · ${fmt(patchWindow[a]?.[b] ?? NaN, 0)}`).join(' + ');

// The circulating 28 × 28 claim.
const valid = outputSize(inputs.image, inputs.kernelSize);
const same = outputSize(inputs.image, inputs.kernelSize, (inputs.kernelSize - 1) / 2);

// A 4 × 4 map to pool, and what other poolings would give.
const map = [
  [2, 5, 1, 0],
  [3, 1, 4, 6],
  [0, 2, 9, 1],
  [7, 3, 2, 2],
];
const pooled = maxPool(map);
/** The values of each size × size window at the given stride, reduced by `pick`. */
const pool = (stride: number, pick: (values: number[]) => number, size = 2) => {
  const count = Math.floor((map.length - size) / stride) + 1;
  return Array.from({ length: count }, (_, i) =>
    Array.from({ length: count }, (_, j) => pick(map.slice(i * stride, i * stride + size).flatMap((row) => row.slice(j * stride, j * stride + size)))),
  );
};
const averaged = pool(2, (v) => v.reduce((a, b) => a + b, 0) / v.length);
const overlapping = pool(1, (v) => Math.max(...v));

export const exercises = defineExercises([
  {
    id: 'output-size',
    kind: 'number',
    title: { en: 'Padding and stride', zh: '填充与步幅' },
    prompt: {
      en: `A ${sized.n} × ${sized.n} picture goes through a ${sized.k} × ${sized.k} kernel with padding ${sized.p} and stride ${sized.s}. The feature map is square: how many values does it have along each side?`,
      zh: `一张 ${sized.n} × ${sized.n} 的图片经过一个 ${sized.k} × ${sized.k} 的卷积核，填充为 ${sized.p}，步幅为 ${sized.s}。得到的特征图是正方形的：每条边上有几个值？`,
    },
    answer: sizedOut,
    tolerance: 0.5,
    hints: [
      { en: 'Use the lesson\'s rule: ⌊(n + 2p − k) / S⌋ + 1.', zh: '用课文里的规则：⌊(n + 2p − k) / S⌋ + 1。' },
      { en: `(${sized.n} + ${2 * sized.p} − ${sized.k}) / ${sized.s} = ${fmt(sizedInner, 1)}: round down, then add 1.`, zh: `(${sized.n} + ${2 * sized.p} − ${sized.k}) / ${sized.s} = ${fmt(sizedInner, 1)}：先向下取整，再加 1。` },
    ],
    solution: {
      en: `⌊(${sized.n} + ${2 * sized.p} − ${sized.k}) / ${sized.s}⌋ + 1 = ${Math.floor(sizedInner)} + 1 = **${sizedOut}**, so the map is ${sizedOut} × ${sizedOut}. With stride 2 the kernel jumps two pixels at a time, so the map is about half as wide.`,
      zh: `⌊(${sized.n} + ${2 * sized.p} − ${sized.k}) / ${sized.s}⌋ + 1 = ${Math.floor(sizedInner)} + 1 = **${sizedOut}**，所以特征图是 ${sizedOut} × ${sizedOut}。步幅为 2 时卷积核一次跳两个像素，特征图的宽度大约减半。`,
    },
  },
  {
    id: 'one-window',
    kind: 'number',
    title: { en: 'One window by hand', zh: '手算一个窗口' },
    prompt: {
      en: `A 3 × 3 window of a picture is ${gridText(patchWindow)} and the kernel is ${gridText(horizontal)} (both written row by row, top row first). What number does the convolution output for this window?`,
      zh: `图片上一个 3 × 3 的窗口是 ${gridText(patchWindow)}，卷积核是 ${gridText(horizontal)}（都是一行一行写的，第一行在最上面）。卷积在这个窗口上输出什么数？`,
    },
    answer: windowValue,
    tolerance: 0.5,
    hints: [
      { en: 'Multiply each pixel by the weight in the same place of the kernel, then add all nine products.', zh: '每个像素乘以卷积核同一位置上的权重，再把九个乘积全部加起来。' },
      { en: `The kernel's middle row is zero. Its top row gives ${rowProducts(0)} = ${rowPart(0)}.`, zh: `卷积核的中间一行全是零。第一行给出 ${rowProducts(0)} = ${rowPart(0)}。` },
      { en: `The bottom row gives −(${rowProducts(2, -1)}) = ${rowPart(2)}.`, zh: `最后一行给出 −(${rowProducts(2, -1)}) = ${rowPart(2)}。` },
    ],
    solution: {
      en: `${rowPart(0)} + 0 + (${rowPart(2)}) = **${windowValue}**. This kernel answers "is the top brighter than the bottom?"; here the bottom row is brighter, so the answer is negative.`,
      zh: `${rowPart(0)} + 0 + (${rowPart(2)}) = **${windowValue}**。这个卷积核问的是“上面比下面亮吗？”；这里下面一行更亮，所以结果是负的。`,
    },
  },
  {
    id: 'no-padding-size',
    kind: 'choice',
    title: { en: `h₁,₁ to h${sub(inputs.image)},${sub(inputs.image)}?`, zh: `从 h₁,₁ 到 h${sub(inputs.image)},${sub(inputs.image)}？` },
    prompt: {
      en: `An explanation slides a 3 × 3 kernel over a ${inputs.image} × ${inputs.image} picture, without padding and with stride 1, and labels the outputs h₁,₁ to h${sub(inputs.image)},${sub(inputs.image)}. What is right?`,
      zh: `有一篇讲解让 3 × 3 的卷积核滑过一张 ${inputs.image} × ${inputs.image} 的图片，不填充，步幅为 1，并把输出标成 h₁,₁ 到 h${sub(inputs.image)},${sub(inputs.image)}。正确的说法是哪个？`,
    },
    options: [
      {
        text: { en: `The map is ${valid} × ${valid}, from h₁,₁ to h${sub(valid)},${sub(valid)}; ${same} × ${same} needs "same" padding.`, zh: `特征图是 ${valid} × ${valid}，从 h₁,₁ 到 h${sub(valid)},${sub(valid)}；要得到 ${same} × ${same}，需要 \`same\` 填充。` },
        correct: true,
        why: {
          en: `Right: the kernel's window must lie inside the picture, so it fits in ${inputs.image} − 3 + 1 = ${valid} positions per side. Padding the border with one ring of zeros keeps ${same} × ${same}.`,
          zh: `对：卷积核的窗口必须落在图片里面，所以每条边上只能放 ${inputs.image} − 3 + 1 = ${valid} 个位置。在四周补一圈零，才能保持 ${same} × ${same}。`,
        },
      },
      {
        text: { en: `The labels are right: the kernel visits every pixel, so there is one output per pixel.`, zh: '标法没错：卷积核走遍了每个像素，所以每个像素都有一个输出。' },
        why: {
          en: 'Centred on a border pixel, the 3 × 3 window would stick out of the picture. Without padding there is nothing there to multiply, so the border gets no output.',
          zh: '以边上的像素为中心时，3 × 3 的窗口会伸出图片之外。不填充的话，那里没有东西可乘，所以边上的像素没有输出。',
        },
      },
      {
        text: { en: `The map is ${inputs.image - 3} × ${inputs.image - 3}: the picture's side minus the kernel's.`, zh: `特征图是 ${inputs.image - 3} × ${inputs.image - 3}：图片边长减去卷积核边长。` },
        why: {
          en: `That forgets the first position: the window can start at pixels 1 to ${valid}, which is n − k + 1 positions, not n − k.`,
          zh: `这漏掉了第一个位置：窗口的起点可以是第 1 到第 ${valid} 个像素，一共 n − k + 1 个位置，而不是 n − k 个。`,
        },
      },
      {
        text: { en: `The map is ${inputs.image / 2} × ${inputs.image / 2}: a 3 × 3 convolution halves the size.`, zh: `特征图是 ${inputs.image / 2} × ${inputs.image / 2}：3 × 3 卷积会把尺寸减半。` },
        why: {
          en: 'Halving is what 2 × 2 max pooling (stride 2) does. A stride-1 convolution moves one pixel at a time and loses only k − 1 pixels per side.',
          zh: '减半是 2 × 2 最大汇聚（步幅 2）干的事。步幅为 1 的卷积每次只挪一个像素，每条边只少 k − 1 个像素。',
        },
      },
    ],
    hints: [
      { en: 'Along one side of n pixels, at how many places can a window of 3 pixels start without sticking out?', zh: '在 n 个像素长的一条边上，3 个像素宽的窗口有几个起点不会伸出去？' },
      { en: 'Use ⌊(n + 2p − k) / S⌋ + 1 with p = 0 and S = 1.', zh: '用 ⌊(n + 2p − k) / S⌋ + 1，其中 p = 0，S = 1。' },
    ],
    solution: {
      en: `(${inputs.image} − 3) + 1 = ${valid}, so the outputs run from h₁,₁ to h${sub(valid)},${sub(valid)}. Only "same" padding (p = 1) gives ${same} × ${same}.`,
      zh: `(${inputs.image} − 3) + 1 = ${valid}，所以输出从 h₁,₁ 排到 h${sub(valid)},${sub(valid)}。只有 \`same\` 填充（p = 1）才得到 ${same} × ${same}。`,
    },
  },
  {
    id: 'pool-this-map',
    kind: 'choice',
    title: { en: 'Pool this map', zh: '汇聚这张特征图' },
    prompt: {
      en: `What does 2 × 2 max pooling (stride 2) make of the feature map ${gridText(map)} (rows from top to bottom)?`,
      zh: `对特征图 ${gridText(map)}（从上到下逐行列出）做 2 × 2 最大汇聚（步幅 2），得到什么？`,
    },
    options: [
      {
        text: { en: gridText(pooled), zh: gridText(pooled) },
        correct: true,
        why: {
          en: 'Right: the map splits into four 2 × 2 windows that do not overlap, and each keeps its largest value. Width and height halve.',
          zh: '对：特征图被分成四个互不重叠的 2 × 2 窗口，每个窗口只留下最大值。宽和高都减半。',
        },
      },
      {
        text: { en: fmt(globalMaxPool(map), 0), zh: fmt(globalMaxPool(map), 0) },
        why: {
          en: 'That is global max pooling, one number for the whole map: the circulating article\'s mix-up. Ordinary max pooling keeps the maximum of each small window.',
          zh: '那是全局最大汇聚，整张图只留一个数：正是网上流传的那篇文章搞混的地方。通常的最大汇聚是在每个小窗口里各取最大值。',
        },
      },
      {
        text: { en: gridText(averaged), zh: gridText(averaged) },
        why: { en: 'Those are the means of the four windows: average pooling, not max pooling.', zh: '这是四个窗口的平均值，也就是平均汇聚，不是最大汇聚。' },
      },
      {
        text: { en: gridText(overlapping), zh: gridText(overlapping) },
        why: {
          en: 'That slides the 2 × 2 window one step at a time (stride 1), so the windows overlap and the map barely shrinks. Pooling normally uses a stride equal to its window.',
          zh: '这是让 2 × 2 窗口每次只挪一格（步幅 1），窗口互相重叠，特征图几乎没缩小。汇聚通常取与窗口一样大的步幅。',
        },
      },
    ],
    hints: [
      { en: 'Cut the 4 × 4 map into four 2 × 2 blocks that do not overlap.', zh: '把 4 × 4 的特征图切成四个互不重叠的 2 × 2 小块。' },
      { en: `The top-left block is [${(map[0] ?? []).slice(0, 2).join(', ')}] over [${(map[1] ?? []).slice(0, 2).join(', ')}]: keep its largest value, and do the same for the other three.`, zh: `左上角的小块是 [${(map[0] ?? []).slice(0, 2).join(', ')}] 和 [${(map[1] ?? []).slice(0, 2).join(', ')}] 两行：留下其中最大的值，另外三块照此办理。` },
    ],
    solution: {
      en: `The four blocks' maxima are ${pooled.flat().join(', ')}, so the pooled map is **${gridText(pooled)}**: a quarter of the values, each the strongest response of its window.`,
      zh: `四个小块的最大值分别是 ${pooled.flat().join('、')}，所以汇聚后的特征图是 **${gridText(pooled)}**：值只剩四分之一，每个都是所在窗口里最强的响应。`,
    },
  },
  {
    id: 'write-convolution',
    kind: 'code',
    title: { en: 'Write a convolution', zh: '写一个卷积' },
    prompt: {
      en: 'Finish `windowSum` and `convolve(image, kernel)`: a convolution with no padding and stride 1, returning the feature map as rows of numbers. The check runs it on pictures and kernels (of several sizes) you have not seen.',
      zh: '完成 `windowSum` 和 `convolve(image, kernel)`：不填充、步幅为 1 的卷积，把特征图按行返回。检查会用你没见过的图片和卷积核（大小各不相同）来运行它。',
    },
    starter: 'write-convolution.ts',
    solutionFile: 'write-convolution.solution.ts',
    checker: `
const cases = [
  { image: [[9, 9, 5, 1, 0, 0], [8, 9, 4, 1, 1, 0], [9, 8, 5, 0, 1, 1], [9, 9, 4, 1, 0, 1], [8, 9, 5, 1, 1, 0]], kernel: [[1, 0, -1], [2, 0, -2], [1, 0, -1]] },
  { image: [[1, 2, 0, 3], [4, 1, 2, 2], [0, 3, 1, 5], [2, 2, 4, 1]], kernel: [[1, -1], [-1, 1]] },
  { image: [[0, 1, 2, 1, 0], [1, 3, 5, 3, 1], [2, 5, 9, 5, 2], [1, 3, 5, 3, 1], [0, 1, 2, 1, 0], [0, 0, 1, 0, 0], [1, 0, 0, 0, 1]], kernel: [[0, 1, 0], [1, -4, 1], [0, 1, 0]] },
];
check.that({ en: 'convolve is a function', zh: 'convolve 是一个函数' }, typeof convolve === 'function');
cases.forEach(({ image, kernel }, n) => {
  const k = kernel.length;
  const expected = Array.from({ length: image.length - k + 1 }, (_, i) =>
    Array.from({ length: image[0].length - k + 1 }, (_, j) => {
      let sum = 0;
      for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) sum += image[i + a][j + b] * kernel[a][b];
      return sum;
    }),
  );
  const got = convolve(image.map((r) => [...r]), kernel.map((r) => [...r]));
  const shape = (m) => (Array.isArray(m) ? [m.length, Array.isArray(m[0]) ? m[0].length : 0] : null);
  const size = image.length + '×' + image[0].length + ', ' + k + '×' + k;
  check.equal({ en: 'feature-map shape (' + size + ')', zh: '特征图的形状（' + size + '）' }, shape(got), shape(expected));
  check.close({ en: 'feature-map values (' + size + ')', zh: '特征图的值（' + size + '）' }, Array.isArray(got) ? got.flat() : got, expected.flat(), 1e-9);
});
`,
    hints: [
      { en: 'In `windowSum`, loop over the kernel\'s rows a and columns b and add image[i + a][j + b] × kernel[a][b].', zh: '在 `windowSum` 里，对卷积核的行 a 和列 b 循环，累加 image[i + a][j + b] × kernel[a][b]。' },
      { en: 'In `convolve`, the map has image.length − k + 1 rows and (width − k + 1) columns, with k = kernel.length.', zh: '在 `convolve` 里，特征图有 image.length − k + 1 行、(宽 − k + 1) 列，其中 k = kernel.length。' },
    ],
    solution: {
      en: `Sum pixel × weight over the k × k window, and slide it over n − k + 1 rows and m − k + 1 columns. The starter's 4 × 5 patch and the Sobel kernel give a 2 × 3 map; a 3 × 3 kernel on ${inputs.image} × ${inputs.image} gives ${valid} × ${valid}.`,
      zh: `在 k × k 的窗口上累加“像素 × 权重”，并让窗口滑过 n − k + 1 行、m − k + 1 列。起始代码里 4 × 5 的图像块配 Sobel 卷积核得到 2 × 3 的特征图；3 × 3 的卷积核作用在 ${inputs.image} × ${inputs.image} 上得到 ${valid} × ${valid}。`,
    },
  },
]);
