/**
 * Exercises of "A binary classifier": from a raw score to a probability and
 * a class, counting a network's parameters, the straight boundary of a
 * network without hidden layers, the two-sigmoid mistake, and the forward
 * pass with its threshold in code.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt } from '../../../src/format/prose';
import { sigmoid } from '../../../src/math/activations';
import { inputs } from './facts';

// A raw score below zero.
const score = -0.4;
const probability = sigmoid(score);

// Parameters of a 2 → 8 → 8 → 1 network: (inputs + 1 bias) × units, layer by layer.
const sizes = [2, 8, 8, 1];
const perLayer = sizes.slice(1).map((units, l) => ((sizes[l] ?? NaN) + 1) * units);
const parameters = perLayer.reduce((a, b) => a + b, 0);
const playgroundSizes = [2, ...inputs.hidden, 1];
const playgroundParameters = playgroundSizes.slice(1).reduce((sum, units, l) => sum + ((playgroundSizes[l] ?? NaN) + 1) * units, 0);

export const exercises = defineExercises([
  {
    id: 'score-to-probability',
    kind: 'number',
    title: { en: 'From score to probability', zh: '从分数到概率' },
    prompt: {
      en: `The output unit of a binary classifier computes the raw score z = ${fmt(score, 1)} for a point. What probability does it give class 1? Answer to three decimals.`,
      zh: `一个二分类器的输出单元对某个点算出原始分数 z = ${fmt(score, 1)}。它给类别 1 的概率是多少？保留三位小数。`,
    },
    answer: probability,
    tolerance: 0.0015,
    hints: [
      { en: 'The output unit applies the sigmoid: ŷ = σ(z) = 1 / (1 + e^(−z)).', zh: '输出单元套的是 sigmoid：ŷ = σ(z) = 1 / (1 + e^(−z))。' },
      { en: `Here −z = ${fmt(-score, 1)}, and e^${fmt(-score, 1)} ≈ ${fmt(Math.exp(-score), 3)}.`, zh: `这里 −z = ${fmt(-score, 1)}，而 e^${fmt(-score, 1)} ≈ ${fmt(Math.exp(-score), 3)}。` },
      { en: `Compute 1 / (1 + ${fmt(Math.exp(-score), 3)}).`, zh: `算出 1 / (1 + ${fmt(Math.exp(-score), 3)})。` },
    ],
    solution: {
      en: `σ(${fmt(score, 1)}) = 1 / (1 + ${fmt(Math.exp(-score), 3)}) ≈ **${fmt(probability, 3)}**. That is below 0.5 (the score is below 0), so the network predicts class 0.`,
      zh: `σ(${fmt(score, 1)}) = 1 / (1 + ${fmt(Math.exp(-score), 3)}) ≈ **${fmt(probability, 3)}**。它低于 0.5（分数低于 0），所以网络判为类别 0。`,
    },
  },
  {
    id: 'parameter-count',
    kind: 'number',
    title: { en: 'Counting parameters', zh: '数一数参数' },
    prompt: {
      en: `In the example's Settings you can pick hidden layers \`8-8\`: 2 inputs, two hidden layers of 8 units, and 1 output unit, all fully connected. How many parameters (weights and biases) does that network have?`,
      zh: `在示例的“设置”里可以选隐藏层 \`8-8\`：2 个输入，两个各有 8 个单元的隐藏层，再加 1 个输出单元，层与层全连接。这个网络一共有多少个参数（权重和偏置）？`,
    },
    answer: parameters,
    tolerance: 0.5,
    hints: [
      { en: 'A layer of u units fed by n values has n × u weights and u biases: (n + 1) × u parameters.', zh: '一个有 u 个单元、接收 n 个输入值的层，有 n × u 个权重和 u 个偏置：共 (n + 1) × u 个参数。' },
      { en: `Check it on the default \`4-2\` network: (2 + 1) × 4 + (4 + 1) × 2 + (2 + 1) × 1 = ${playgroundParameters}, as the lesson says.`, zh: `用默认的 \`4-2\` 网络验证一下：(2 + 1) × 4 + (4 + 1) × 2 + (2 + 1) × 1 = ${playgroundParameters}，与课文一致。` },
      { en: `For \`8-8\` the three layers have ${perLayer.join(', ')} parameters.`, zh: `对 \`8-8\`，三层分别有 ${perLayer.join('、')} 个参数。` },
    ],
    solution: {
      en: `(2 + 1) × 8 + (8 + 1) × 8 + (8 + 1) × 1 = ${perLayer.join(' + ')} = **${parameters}**.`,
      zh: `(2 + 1) × 8 + (8 + 1) × 8 + (8 + 1) × 1 = ${perLayer.join(' + ')} = **${parameters}**。`,
    },
  },
  {
    id: 'no-hidden-layer',
    kind: 'choice',
    title: { en: 'No hidden layer', zh: '没有隐藏层' },
    prompt: {
      en: 'You remove both hidden layers, so the network is a single sigmoid unit on (x₁, x₂), and train it on the circles data (an orange disc inside a blue ring). What does its decision boundary look like?',
      zh: '你去掉两个隐藏层，网络只剩下一个接收 (x₁, x₂) 的 sigmoid 单元，然后在圆形数据（蓝色圆环里面一个橙色圆盘）上训练它。它的决策边界是什么样子？',
    },
    options: [
      {
        text: { en: 'A straight line, however long it trains; it cannot enclose the disc, so many points stay on the wrong side.', zh: '一条直线，训练多久都一样；它圈不住圆盘，所以许多点始终落在错误的一侧。' },
        correct: true,
        why: {
          en: 'Right: the boundary is where z = w₁x₁ + w₂x₂ + b = 0, which is a line. Hidden units add soft steps across lines that the next layer can combine into a loop.',
          zh: '对：边界在 z = w₁x₁ + w₂x₂ + b = 0 处，这是一条直线。隐藏单元沿直线加上一道道软台阶，下一层才能把它们组合成一个圈。',
        },
      },
      {
        text: { en: 'A circle, just slower to form, because the sigmoid is curved.', zh: '一个圆，只是形成得慢一些，因为 sigmoid 是弯的。' },
        why: {
          en: 'The sigmoid bends the probability, not the boundary: σ(z) = 0.5 exactly where z = 0, and z is linear in x₁ and x₂.',
          zh: 'sigmoid 弯的是概率，不是边界：σ(z) = 0.5 恰好在 z = 0 处，而 z 是 x₁ 和 x₂ 的线性函数。',
        },
      },
      {
        text: { en: 'A circle, if the learning rate is raised enough.', zh: '一个圆，只要把学习率调得足够高。' },
        why: {
          en: 'The learning rate changes how fast the weights move, not what shape the model can draw. A single unit only ever draws a line.',
          zh: '学习率改变的是权重移动的快慢，而不是模型能画出什么形状。单个单元永远只能画出一条直线。',
        },
      },
    ],
    hints: [
      { en: 'The boundary is where ŷ = 0.5. For which z is σ(z) = 0.5?', zh: '边界在 ŷ = 0.5 的地方。z 取多少时 σ(z) = 0.5？' },
      { en: 'With no hidden layer, z = w₁x₁ + w₂x₂ + b. What shape is the set of points where that is 0?', zh: '没有隐藏层时，z = w₁x₁ + w₂x₂ + b。让它等于 0 的点组成什么形状？' },
    ],
    solution: {
      en: 'ŷ = 0.5 exactly where z = w₁x₁ + w₂x₂ + b = 0: a straight line. No line separates a disc from the ring around it; hidden layers are what bend the boundary.',
      zh: 'ŷ = 0.5 恰好在 z = w₁x₁ + w₂x₂ + b = 0 处：一条直线。没有哪条直线能把圆盘和环绕它的圆环分开；能把边界弯过来的是隐藏层。',
    },
  },
  {
    id: 'two-sigmoids',
    kind: 'choice',
    title: { en: 'Two sigmoid outputs', zh: '两个 sigmoid 输出' },
    prompt: {
      en: 'A tutorial ends its yes/no classifier in **two** sigmoid units and trains them with binary cross-entropy on **one** 0/1 label per example. What should it do instead?',
      zh: '一篇教程让它的“是/否”分类器以**两个** sigmoid 单元结尾，并用二元交叉熵在每个样本**一个** 0/1 标签上训练它们。它应该怎么做？',
    },
    options: [
      {
        text: { en: 'Use one sigmoid unit with binary cross-entropy, or two units with softmax and categorical cross-entropy on one-hot labels.', zh: '用一个 sigmoid 单元配二元交叉熵，或者用两个单元配 softmax，再在独热编码的标签上用分类交叉熵。' },
        correct: true,
        why: {
          en: 'Right: both say that the two classes\' probabilities add up to 1, which is the question asked.',
          zh: '对：两种做法都表达了“两个类别的概率加起来等于 1”，这正是要问的问题。',
        },
      },
      {
        text: { en: 'Nothing: two sigmoid units give one probability per class, which is what a classifier needs.', zh: '不用改：两个 sigmoid 单元给每个类别一个概率，这正是分类器需要的。' },
        why: {
          en: 'Two sigmoid units answer two independent yes/no questions: their outputs need not add up to 1, and one 0/1 label does not say what the second unit should predict.',
          zh: '两个 sigmoid 单元回答的是两个互相独立的“是/否”问题：它们的输出之和不必是 1，而一个 0/1 标签也没说第二个单元该预测什么。',
        },
      },
      {
        text: { en: 'Keep two sigmoid units, but train them with squared error.', zh: '保留两个 sigmoid 单元，但改用平方误差训练。' },
        why: {
          en: 'The loss is not the problem, the output is; and squared error on a sigmoid learns slowly when the output is confidently wrong.',
          zh: '问题不在损失，而在输出；何况在 sigmoid 上用平方误差，输出自信地答错时学得很慢。',
        },
      },
    ],
    hints: [
      { en: 'How many independent yes/no answers do two sigmoid units give?', zh: '两个 sigmoid 单元给出几个互相独立的“是/否”答案？' },
      { en: 'The question has two classes whose probabilities must add up to 1. Which output layers guarantee that?', zh: '这个问题有两个类别，它们的概率之和必须是 1。哪种输出层能保证这一点？' },
    ],
    solution: {
      en: 'One sigmoid unit gives P(class 1), and P(class 0) = 1 − P(class 1); two softmax units give both, adding up to 1. Two sigmoid units on one label fit neither.',
      zh: '一个 sigmoid 单元给出 P(类别 1)，而 P(类别 0) = 1 − P(类别 1)；两个 softmax 单元同时给出两者，加起来等于 1。两个 sigmoid 单元配一个标签，哪种都不是。',
    },
  },
  {
    id: 'forward-and-threshold',
    kind: 'code',
    title: { en: 'Probability and class', zh: '概率与类别' },
    prompt: {
      en: 'Open the exercise in the editor and finish two functions: `predict(x, params)`, the probability of class 1 for every row of `x` (tanh in the hidden layers, sigmoid on the output), and `classify(x, params)`, the class 0 or 1 with the threshold 0.5. The check runs them on networks and points you have not seen.',
      zh: '在编辑器里打开这道练习，完成两个函数：`predict(x, params)`，对 `x` 的每一行给出类别 1 的概率（隐藏层用 tanh，输出用 sigmoid）；`classify(x, params)`，以 0.5 为阈值给出类别 0 或 1。检查会在你没见过的网络和点上运行它们。',
    },
    starter: 'forward-and-threshold.ts',
    solutionFile: 'forward-and-threshold.solution.ts',
    checker: `
check.that({ en: 'predict and classify are functions', zh: 'predict 和 classify 是函数' }, typeof predict === 'function' && typeof classify === 'function');
// The same network in plain numbers: layers of { W: rows = inputs, columns = units, b }.
const plain = (point, layers) => {
  let h = point;
  layers.forEach(({ W, b }, l) => {
    const z = b.map((bj, j) => h.reduce((s, hk, k) => s + hk * W[k][j], bj));
    h = l < layers.length - 1 ? z.map(Math.tanh) : z.map((v) => 1 / (1 + Math.exp(-v)));
  });
  return h[0];
};
const nets = [
  [
    { W: [[0.8, -1.1, 0.4], [0.3, 0.9, -0.7]], b: [0.1, -0.2, 0.3] },
    { W: [[1.2], [-0.8], [1.5]], b: [-0.1] },
  ],
  [
    { W: [[-0.6, 1.3, 0.2, 0.7], [1.1, -0.4, 0.9, -1.2]], b: [0.2, 0, -0.3, 0.1] },
    { W: [[0.9, -0.5], [-1.4, 0.6], [0.3, 1.1], [0.8, -0.9]], b: [0.05, -0.15] },
    { W: [[-1.3], [2.1]], b: [0.4] },
  ],
];
const points = [[0.5, -1], [-2, 1.5], [3, 0.2], [-0.7, -2.4], [1.8, 2.2]];
for (const layers of nets) {
  const params = layers.map(({ W, b }) => ({ W: tf.tensor2d(W), b: tf.tensor1d(b) }));
  const x = tf.tensor2d(points);
  const expected = points.map((p) => plain(p, layers));
  const p = predict(x, params);
  const name = layers.length - 1 + ' hidden layer(s)';
  const nameZh = layers.length - 1 + ' 个隐藏层';
  check.equal({ en: 'predict: shape [5, 1] (' + name + ')', zh: 'predict：形状 [5, 1]（' + nameZh + '）' }, p.shape, [5, 1]);
  check.close({ en: 'predict: P(class 1) (' + name + ')', zh: 'predict：P(类别 1)（' + nameZh + '）' }, Array.from(await p.data()), expected, 1e-5);
  const c = classify(x, params);
  check.close({ en: 'classify: classes (' + name + ')', zh: 'classify：类别（' + nameZh + '）' }, Array.from(await c.data()), expected.map((q) => (q >= 0.5 ? 1 : 0)), 0);
}
`,
    hints: [
      { en: 'Pass the layer\'s index as the second argument of forEach: `params.forEach(({ W, b }, l) => …)`. The last layer has index params.length − 1.', zh: '把层的序号作为 forEach 的第二个参数：`params.forEach(({ W, b }, l) => …)`。最后一层的序号是 params.length − 1。' },
      { en: 'Hidden layers: `h = tf.tanh(z)`; the last layer: `h = tf.sigmoid(z)`.', zh: '隐藏层：`h = tf.tanh(z)`；最后一层：`h = tf.sigmoid(z)`。' },
      { en: 'For classify: `predict(x, params).greaterEqual(0.5).cast(\'float32\')` gives 1 where P ≥ 0.5 and 0 elsewhere.', zh: '对 classify：`predict(x, params).greaterEqual(0.5).cast(\'float32\')` 在 P ≥ 0.5 处给 1，其余给 0。' },
    ],
    solution: {
      en: 'Apply tanh after every layer but the last and the sigmoid after the last, then compare with 0.5. P ≥ 0.5 is the same as a score z ≥ 0: the boundary is where the score is zero.',
      zh: '除最后一层外，每层之后套 tanh，最后一层之后套 sigmoid，再和 0.5 比较。P ≥ 0.5 等价于分数 z ≥ 0：边界就是分数为零的地方。',
    },
  },
]);
