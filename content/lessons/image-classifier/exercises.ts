/**
 * Exercises of "An image classifier": shapes and parameter counts follow
 * from src/math/convolution's size rule, intervals from src/math/intervals.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtGrouped, fmtPercent } from '../../../src/format/prose';
import { outputSize } from '../../../src/math/convolution';
import { wilsonInterval } from '../../../src/math/intervals';
import { inputs } from './facts';

// Parameters of one convolution layer on a colour picture: k · k · channels weights per kernel, plus one bias each.
const colour = { k: 5, channels: 3, filters: 16 };
const perKernel = colour.k * colour.k * colour.channels + 1; // k·k·c weights + 1 bias
const colourParams = perKernel * colour.filters;

// A deeper look at the size rule: a 28 × 28 picture through conv → pool → conv → pool.
const digits = { size: 28, filters: [8, 16] as const };
const c1 = outputSize(digits.size, 3);
const p1 = Math.floor(c1 / 2);
const c2 = outputSize(p1, 3);
const p2 = Math.floor(c2 / 2);
const flat = p2 * p2 * digits.filters[1];

// Two runs on the same test set: how far apart must they be?
const testPictures = inputs.testPictures;
const runA = 190;
const runB = 194;
const intervalA = wilsonInterval(runA, testPictures);
const intervalB = wilsonInterval(runB, testPictures);
const pct = (v: number) => fmtPercent(v, 1);

// The lesson's network for the code exercise: 16 × 16 pictures, 4 classes.
const lessonConv1 = outputSize(inputs.size, inputs.kernel);
const lessonFlat = Math.floor(outputSize(Math.floor(lessonConv1 / 2), inputs.kernel) / 2) ** 2 * inputs.filters[1];
const lessonParams =
  inputs.kernel * inputs.kernel * inputs.filters[0] + inputs.filters[0] + // first convolution: weights + biases
  inputs.kernel * inputs.kernel * inputs.filters[0] * inputs.filters[1] + inputs.filters[1] + // second convolution
  lessonFlat * inputs.classes + inputs.classes; // dense softmax layer

export const exercises = defineExercises([
  {
    id: 'conv-parameters',
    kind: 'number',
    title: { en: 'Parameters of a colour convolution', zh: '彩色图片上的卷积层有几个参数' },
    prompt: {
      en: `A convolution layer has ${colour.filters} kernels of ${colour.k} × ${colour.k} and reads colour pictures with ${colour.channels} channels (red, green, blue). How many parameters, weights and biases, does it have?`,
      zh: `一个卷积层有 ${colour.filters} 个 ${colour.k} × ${colour.k} 的卷积核，输入是有 ${colour.channels} 个通道（红、绿、蓝）的彩色图片。它有多少个参数（权重加偏置）？`,
    },
    answer: colourParams,
    tolerance: 0.5,
    hints: [
      { en: `A kernel spans all input channels: each one is ${colour.k} × ${colour.k} × ${colour.channels}, plus one bias.`, zh: `一个卷积核横跨全部输入通道：每个都是 ${colour.k} × ${colour.k} × ${colour.channels}，再加一个偏置。` },
      { en: `That is ${perKernel - 1} weights + 1 bias = ${perKernel} per kernel; now count the kernels.`, zh: `也就是每个卷积核 ${perKernel - 1} 个权重 + 1 个偏置 = ${perKernel} 个参数；再乘以卷积核的个数。` },
    ],
    solution: {
      en: `(${colour.k} · ${colour.k} · ${colour.channels} + 1) · ${colour.filters} = ${perKernel} · ${colour.filters} = **${fmtGrouped(colourParams)}**. The picture's width and height do not appear: the same kernels slide over any size.`,
      zh: `(${colour.k} · ${colour.k} · ${colour.channels} + 1) · ${colour.filters} = ${perKernel} · ${colour.filters} = **${fmtGrouped(colourParams)}**。图片的宽和高并不出现在式子里：同样这些卷积核可以滑过任意大小的图片。`,
    },
  },
  {
    id: 'flatten-size',
    kind: 'number',
    title: { en: 'How long is the flattened vector?', zh: '展平后有多长？' },
    prompt: {
      en: `A ${digits.size} × ${digits.size} × 1 picture goes through: conv 3×3 with ${digits.filters[0]} filters → max pool 2×2 → conv 3×3 with ${digits.filters[1]} filters → max pool 2×2 → flatten. No padding, stride 1 in the convolutions. How many numbers does the flatten layer output?`,
      zh: `一张 ${digits.size} × ${digits.size} × 1 的图片依次经过：3×3 卷积，${digits.filters[0]} 个卷积核 → 2×2 最大汇聚 → 3×3 卷积，${digits.filters[1]} 个卷积核 → 2×2 最大汇聚 → 展平。卷积不填充，步幅为 1。展平层输出多少个数？`,
    },
    answer: flat,
    tolerance: 0.5,
    hints: [
      { en: 'Each convolution turns a side of n into n − 3 + 1; each pooling halves it, rounding down. The channels equal the number of filters of the last convolution.', zh: '每个卷积把边长 n 变成 n − 3 + 1；每次汇聚把它减半，向下取整。通道数等于最后一个卷积层的卷积核个数。' },
      { en: `The side goes ${digits.size} → ${c1} → ${p1} → ${c2} → ?`, zh: `边长依次是 ${digits.size} → ${c1} → ${p1} → ${c2} → ？` },
      { en: `Half of ${c2}, rounded down, is ${p2}; multiply ${p2} × ${p2} by the channels.`, zh: `${c2} 的一半向下取整是 ${p2}；用 ${p2} × ${p2} 乘以通道数。` },
    ],
    solution: {
      en: `${digits.size} → ${c1} → ${p1} → ${c2} → ${p2}, with ${digits.filters[1]} channels at the end: ${p2} × ${p2} × ${digits.filters[1]} = **${flat}** numbers go into the dense layer.`,
      zh: `${digits.size} → ${c1} → ${p1} → ${c2} → ${p2}，最后有 ${digits.filters[1]} 个通道：${p2} × ${p2} × ${digits.filters[1]} = **${flat}** 个数进入全连接层。`,
    },
  },
  {
    id: 'a-star',
    kind: 'choice',
    title: { en: 'A picture of a star', zh: '一张星形的图片' },
    prompt: {
      en: 'You show the trained shapes network a picture of a five-pointed star. It answers "triangle, 71 %". Why?',
      zh: '你给训练好的形状分类网络看一张五角星的图片。它回答“三角形，71 %”。为什么？',
    },
    options: [
      {
        text: { en: 'Softmax always spreads 100 % over the four classes the network knows; it has no "none of these" answer and has never seen a star.', zh: 'softmax 总是把 100 % 分摊到网络认识的四个类别上；它没有“哪个都不是”这个答案，也从没见过星形。' },
        correct: true,
        why: {
          en: 'Right: the probabilities always add up to 1 over circle, square, triangle and cross, so some shape must win. A classifier only knows the classes it was trained on.',
          zh: '对：圆形、正方形、三角形、十字这四个概率加起来总是 1，所以总得有一个形状胜出。分类器只认识它训练时见过的类别。',
        },
      },
      {
        text: { en: `The network is broken: a working one would give every class less than ${fmtPercent(1 / inputs.classes, 0)} for an unknown picture.`, zh: `网络坏了：正常的网络遇到不认识的图片，会给每个类别都不到 ${fmtPercent(1 / inputs.classes, 0)}。` },
        why: {
          en: `Four probabilities that add up to 1 cannot all be below ${fmtPercent(1 / inputs.classes, 0)}: at least one class always gets ${fmtPercent(1 / inputs.classes, 0)} or more.`,
          zh: `加起来等于 1 的四个概率不可能都低于 ${fmtPercent(1 / inputs.classes, 0)}：至少有一个类别总会得到 ${fmtPercent(1 / inputs.classes, 0)} 或更多。`,
        },
      },
      {
        text: { en: '71 % is fairly sure, so the star must really look mostly like a triangle.', zh: '71 % 已经相当有把握了，所以这颗星一定主要像三角形。' },
        why: {
          en: 'Softmax probabilities say how the known classes compare with each other, not whether the picture belongs to any of them. Confident wrong answers on unfamiliar inputs are common.',
          zh: 'softmax 的概率说的是已知类别之间谁更像，而不是这张图片属不属于其中任何一类。面对陌生的输入，信心十足地答错是常有的事。',
        },
      },
      {
        text: { en: 'It needs more training: after more epochs it would answer "none".', zh: '训练得还不够：多训练几轮，它就会回答“都不是”。' },
        why: {
          en: 'There is no output unit for "none", so no amount of training can produce that answer. It takes data: pictures of other things, labelled as an extra class.',
          zh: '输出层根本没有“都不是”这个单元，所以训练多久也给不出这个答案。要靠数据：收集别的东西的图片，标成一个额外的类别。',
        },
      },
    ],
    hints: [
      { en: 'What do the four softmax outputs always add up to?', zh: 'softmax 的四个输出加起来总是多少？' },
      { en: 'Which of the network\'s output units could stand for "none of these"?', zh: '网络的哪个输出单元能代表“哪个都不是”？' },
    ],
    solution: {
      en: 'The softmax layer has one unit per known class and its outputs add up to 1, so a star must be called one of the four shapes. Handling such inputs takes data that covers them.',
      zh: 'softmax 层每个已知类别一个单元，输出加起来等于 1，所以星形也一定会被说成四种形状之一。要应对这样的输入，得靠覆盖它们的数据。',
    },
  },
  {
    id: 'two-runs',
    kind: 'choice',
    title: { en: 'Which run is better?', zh: '哪次运行更好？' },
    prompt: {
      en: `Two versions of the network get ${runA} and ${runB} of the same ${testPictures} test pictures right (${pct(runA / testPictures)} and ${pct(runB / testPictures)}). What can you conclude?`,
      zh: `网络的两个版本在同样的 ${testPictures} 张测试图片上分别答对 ${runA} 张和 ${runB} 张（${pct(runA / testPictures)} 和 ${pct(runB / testPictures)}）。能得出什么结论？`,
    },
    options: [
      {
        text: { en: 'Very little: on this many pictures the two scores are within each other\'s uncertainty.', zh: '几乎得不出什么：在这么多张图片上，两个分数都落在对方的不确定范围之内。' },
        correct: true,
        why: {
          en: `Right: the 95 % Wilson intervals are ${pct(intervalA.low)} to ${pct(intervalA.high)} and ${pct(intervalB.low)} to ${pct(intervalB.high)}, and each contains the other's score. Test on many more pictures before choosing.`,
          zh: `对：两个 95 % Wilson 区间分别是 ${pct(intervalA.low)} 至 ${pct(intervalA.high)} 和 ${pct(intervalB.low)} 至 ${pct(intervalB.high)}，各自都包含对方的分数。要先在多得多的图片上测试，再做选择。`,
        },
      },
      {
        text: { en: `The second is clearly better: ${fmt((runB - runA) / testPictures * 100, 0)} points is a real difference.`, zh: `第二个明显更好：差了 ${fmt((runB - runA) / testPictures * 100, 0)} 个百分点，这是实实在在的差别。` },
        why: {
          en: `On ${testPictures} pictures, ${runB - runA} more right answers is well within the noise of drawing a test set: the lesson warns that a point or two says nothing at this size.`,
          zh: `在 ${testPictures} 张图片上，多答对 ${runB - runA} 张完全在抽取测试集的随机波动之内：课文提醒过，这种规模下差一两个百分点说明不了问题。`,
        },
      },
      {
        text: { en: 'Pick the one with the lower training loss: that settles it.', zh: '选训练损失更低的那个：这就能定胜负。' },
        why: {
          en: 'Training loss is measured on pictures the network learned from; it says how well it fits them, not how well it does on new ones.',
          zh: '训练损失是在网络学过的图片上测的；它说明的是拟合得多好，而不是在新图片上表现如何。',
        },
      },
      {
        text: { en: 'Neither has learned anything: a working classifier scores 100 % on simple shapes.', zh: '两个都什么也没学会：正常的分类器在简单形状上应该得 100 %。' },
        why: {
          en: `Chance is ${fmtPercent(1 / inputs.classes, 0)}; both are far above it. Noisy, randomly drawn pictures leave a few genuinely hard cases.`,
          zh: `瞎猜是 ${fmtPercent(1 / inputs.classes, 0)}；两个版本都远远高于它。带噪声、随机画出的图片里，总有几张确实难认。`,
        },
      },
    ],
    hints: [
      { en: 'A test set is a sample: how precisely can 200 pictures measure an accuracy?', zh: '测试集只是一份样本：200 张图片能把准确率测得多精确？' },
      { en: `Put a 95 % interval around each score: the first one's runs from ${pct(intervalA.low)} to ${pct(intervalA.high)}.`, zh: `给每个分数配上 95 % 区间：第一个的区间是 ${pct(intervalA.low)} 至 ${pct(intervalA.high)}。` },
    ],
    solution: {
      en: `The intervals, ${pct(intervalA.low)}–${pct(intervalA.high)} and ${pct(intervalB.low)}–${pct(intervalB.high)}, overlap widely, so ${testPictures} pictures cannot tell these versions apart.`,
      zh: `两个区间 ${pct(intervalA.low)}–${pct(intervalA.high)} 和 ${pct(intervalB.low)}–${pct(intervalB.high)} 大面积重叠，所以 ${testPictures} 张图片分不出这两个版本的高下。`,
    },
  },
  {
    id: 'build-cnn',
    kind: 'code',
    title: { en: 'Build the CNN', zh: '搭出这个 CNN' },
    prompt: {
      en: 'Finish `buildCnn(size, classes)`: Conv 3×3 with 6 filters and ReLU → max pool 2×2 → Conv 3×3 with 12 filters and ReLU → max pool 2×2 → flatten → Dense softmax with one unit per class. The check builds it for picture sizes and class counts you have not seen, and compares outputs and parameter counts.',
      zh: '完成 `buildCnn(size, classes)`：3×3 卷积，6 个卷积核，ReLU → 2×2 最大汇聚 → 3×3 卷积，12 个卷积核，ReLU → 2×2 最大汇聚 → 展平 → 带 softmax 的全连接层，每个类别一个单元。检查会用你没见过的图片大小和类别数来搭建它，并核对输出和参数个数。',
    },
    starter: 'build-cnn.ts',
    solutionFile: 'build-cnn.solution.ts',
    checker: `
check.that({ en: 'buildCnn is a function', zh: 'buildCnn 是一个函数' }, typeof buildCnn === 'function');
for (const [size, classes] of [[20, 3], [28, 10], [13, 5]]) {
  const c1 = size - 2, p1 = Math.floor(c1 / 2), c2 = p1 - 2, p2 = Math.floor(c2 / 2);
  const expectedParams = (3 * 3 * 1 * 6 + 6) + (3 * 3 * 6 * 12 + 12) + (p2 * p2 * 12 * classes + classes);
  const net = buildCnn(size, classes);
  const x = tf.randomUniform([2, size, size, 1], 0, 1, 'float32', 7);
  const y = net.predict(x);
  const rows = await y.array();
  const at = ' (' + size + '×' + size + ', ' + classes + ' classes)';
  const atZh = '（' + size + '×' + size + '，' + classes + ' 个类别）';
  check.equal({ en: 'output shape for 2 pictures' + at, zh: '2 张图片的输出形状' + atZh }, y.shape, [2, classes]);
  check.close({ en: 'each output row adds up to 1' + at, zh: '每行输出加起来等于 1' + atZh }, rows.map((r) => r.reduce((a, b) => a + b, 0)), [1, 1], 1e-4);
  check.equal({ en: 'number of parameters' + at, zh: '参数个数' + atZh }, net.countParams(), expectedParams);
}
`,
    hints: [
      { en: 'Use `tf.layers.conv2d({ filters, kernelSize: 3, activation: \'relu\' })` and `tf.layers.maxPooling2d({ poolSize: 2 })`, twice, before the flatten.', zh: '在展平之前，用两次 `tf.layers.conv2d({ filters, kernelSize: 3, activation: \'relu\' })` 和 `tf.layers.maxPooling2d({ poolSize: 2 })`。' },
      { en: 'Move `inputShape: [size, size, 1]` from the flatten to the first conv2d, and give the flatten no options.', zh: '把 `inputShape: [size, size, 1]` 从展平层挪到第一个 conv2d 上，展平层不用再带参数。' },
    ],
    solution: {
      en: `Stack conv2d, maxPooling2d, conv2d, maxPooling2d, flatten and a softmax dense layer, with the input shape on the first layer. For 16 × 16 pictures and 4 classes it has ${fmtGrouped(lessonParams)} parameters, as the lesson counts.`,
      zh: `依次叠上 conv2d、maxPooling2d、conv2d、maxPooling2d、flatten 和一个 softmax 全连接层，输入形状写在第一层上。对 16 × 16 的图片和 4 个类别，它有 ${fmtGrouped(lessonParams)} 个参数，与课文算的一致。`,
    },
  },
]);
