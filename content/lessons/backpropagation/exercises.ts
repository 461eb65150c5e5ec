/**
 * Exercises of "Backpropagation by hand": the output signal ŷ − y and a
 * weight's gradient, the softmax gradient, why squared error starves a
 * saturated sigmoid, the forward pass's brackets, and the backward pass of
 * the lesson's 2-2-1 network in code. Numbers from src/math (backprop,
 * losses, activations) and the lesson's facts.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtVector } from '../../../src/format/prose';
import { sigmoid, sigmoidDerivative } from '../../../src/math/activations';
import { backward, outputDelta } from '../../../src/math/backprop';
import { softmaxCrossEntropyGradient } from '../../../src/math/losses';
import { softmax } from '../../../src/math/softmax';
import { inputs } from './facts';

// A weight's gradient: signal at its output × value at its input.
const output = { yHat: 0.27, y: 1, h1: 0.64 };
const delta = outputDelta(output.yHat, output.y, 'binary-cross-entropy');
const weightGradient = delta * output.h1; // ∂L/∂w₂,₁ = δ₂ · h₁

// The softmax gradient at the true class.
const logits = [1, 2, 0.5];
const target = [1, 0, 0];
const probabilities = softmax(logits);
const softmaxGradient = softmaxCrossEntropyGradient(logits, target);

// A saturated, wrong output.
const stuck = { z: -6, y: 1 };
const stuckYHat = sigmoid(stuck.z);
const stuckBce = outputDelta(stuckYHat, stuck.y, 'binary-cross-entropy');
const stuckSquared = outputDelta(stuckYHat, stuck.y, 'half-squared-error');

// The lesson's network, for the code exercise's solution text.
const lesson = backward(inputs.network, inputs.x, inputs.y);

export const exercises = defineExercises([
  {
    id: 'weight-gradient',
    kind: 'number',
    title: { en: 'One weight\'s gradient', zh: '一个权重的梯度' },
    prompt: {
      en: `A network's sigmoid output, trained with binary cross-entropy, predicts ŷ = ${fmt(output.yHat, 2)} for an example whose label is y = ${output.y}. Hidden unit 1 feeds the output through the weight w₂,₁ and has the value h₁ = ${fmt(output.h1, 2)}. What is ∂L/∂w₂,₁? Answer to three decimals.`,
      zh: `一个网络的 sigmoid 输出用二元交叉熵训练，对一个标签为 y = ${output.y} 的样本预测 ŷ = ${fmt(output.yHat, 2)}。隐藏单元 1 通过权重 w₂,₁ 连到输出，它的值是 h₁ = ${fmt(output.h1, 2)}。∂L/∂w₂,₁ 是多少？保留三位小数。`,
    },
    answer: weightGradient,
    tolerance: 0.0015,
    hints: [
      { en: 'A weight\'s gradient is the error signal at its output times the value at its input.', zh: '权重的梯度等于它输出端的误差信号乘以它输入端的值。' },
      { en: 'With a sigmoid and binary cross-entropy the sigmoid\'s slope cancels: the signal is δ₂ = ŷ − y.', zh: 'sigmoid 配二元交叉熵时，sigmoid 的斜率被约掉了：信号是 δ₂ = ŷ − y。' },
      { en: `δ₂ = ${fmt(output.yHat, 2)} − ${output.y} = ${fmt(delta, 2)}; multiply it by h₁.`, zh: `δ₂ = ${fmt(output.yHat, 2)} − ${output.y} = ${fmt(delta, 2)}；再乘以 h₁。` },
    ],
    solution: {
      en: `∂L/∂w₂,₁ = (ŷ − y)·h₁ = (${fmt(delta, 2)}) × ${fmt(output.h1, 2)} ≈ **${fmt(weightGradient, 3)}**. It is negative: the network under-predicts, so gradient descent raises the weight.`,
      zh: `∂L/∂w₂,₁ = (ŷ − y)·h₁ = (${fmt(delta, 2)}) × ${fmt(output.h1, 2)} ≈ **${fmt(weightGradient, 3)}**。它是负的：网络预测偏低，所以梯度下降会把这个权重调大。`,
    },
  },
  {
    id: 'softmax-gradient',
    kind: 'number',
    title: { en: 'Prediction minus target', zh: '预测值减目标值' },
    prompt: {
      en: `A softmax output with categorical cross-entropy has the logits ${fmtVector(logits, 1)}, and the **first** class is the true one. What is ∂L/∂z₁, the gradient at the first logit? Answer to three decimals.`,
      zh: `一个 softmax 输出配分类交叉熵，logit 是 ${fmtVector(logits, 1)}，**第一**类是真实类别。∂L/∂z₁，即第一个 logit 处的梯度，是多少？保留三位小数。`,
    },
    answer: softmaxGradient[0] ?? NaN,
    tolerance: 0.0015,
    hints: [
      { en: 'For softmax with categorical cross-entropy, ∂L/∂zₖ = ŷₖ − yₖ, with y one-hot.', zh: 'softmax 配分类交叉熵时，∂L/∂zₖ = ŷₖ − yₖ，其中 y 是独热向量。' },
      { en: `ŷ₁ = e¹ / (e¹ + e² + e^0.5); the target for the first class is y₁ = 1.`, zh: `ŷ₁ = e¹ / (e¹ + e² + e^0.5)；第一类的目标值是 y₁ = 1。` },
      { en: `ŷ₁ ≈ ${fmt(probabilities[0] ?? NaN, 3)}; subtract 1.`, zh: `ŷ₁ ≈ ${fmt(probabilities[0] ?? NaN, 3)}；再减去 1。` },
    ],
    solution: {
      en: `ŷ = ${fmtVector(probabilities, 3)}, so ∂L/∂z = ŷ − y = ${fmtVector(softmaxGradient, 3)} and ∂L/∂z₁ ≈ **${fmt(softmaxGradient[0] ?? NaN, 3)}**: push the true class's logit up, the others down.`,
      zh: `ŷ = ${fmtVector(probabilities, 3)}，所以 ∂L/∂z = ŷ − y = ${fmtVector(softmaxGradient, 3)}，∂L/∂z₁ ≈ **${fmt(softmaxGradient[0] ?? NaN, 3)}**：把真实类别的 logit 往上推，其余的往下压。`,
    },
  },
  {
    id: 'stuck-output',
    kind: 'choice',
    title: { en: 'Stuck at the wrong end', zh: '卡在错误的一端' },
    prompt: {
      en: `A sigmoid output sits at z = ${stuck.z} for a positive example (y = ${stuck.y}), so ŷ ≈ ${fmt(stuckYHat, 4)}. Trained with squared error ½(ŷ − y)², it barely moves; with binary cross-entropy it moves fast. Why?`,
      zh: `一个 sigmoid 输出对一个正样本（y = ${stuck.y}）停在 z = ${stuck.z}，所以 ŷ ≈ ${fmt(stuckYHat, 4)}。用平方误差 ½(ŷ − y)² 训练时它几乎不动；用二元交叉熵训练时它动得很快。为什么？`,
    },
    options: [
      {
        text: { en: 'Squared error\'s signal is (ŷ − y)·σ′(z), and σ′ is almost 0 at a saturated output; cross-entropy\'s signal is ŷ − y, which is large exactly when the output is badly wrong.', zh: '平方误差的信号是 (ŷ − y)·σ′(z)，而输出饱和时 σ′ 几乎为 0；交叉熵的信号是 ŷ − y，恰恰在输出错得离谱时最大。' },
        correct: true,
        why: {
          en: `Right: here σ′(z) ≈ ${fmt(sigmoidDerivative(stuck.z), 4)}, so squared error's δ is ${fmt(stuckSquared, 4)} against cross-entropy's ${fmt(stuckBce, 4)}, about ${fmt(stuckBce / stuckSquared, 0)} times smaller.`,
          zh: `对：这里 σ′(z) ≈ ${fmt(sigmoidDerivative(stuck.z), 4)}，所以平方误差的 δ 是 ${fmt(stuckSquared, 4)}，交叉熵的是 ${fmt(stuckBce, 4)}，约为前者的 ${fmt(stuckBce / stuckSquared, 0)} 倍。`,
        },
      },
      {
        text: { en: 'Squared error\'s loss is at most ½ here, so it has no room left to push.', zh: '这里平方误差的损失最多只有 ½，已经没有推动的余地了。' },
        why: {
          en: 'The size of the loss does not set the step; its gradient does. The gradient with respect to z is what carries the tiny σ′ factor.',
          zh: '决定步子大小的不是损失有多大，而是它的梯度。正是对 z 的梯度带上了那个极小的 σ′ 因子。',
        },
      },
      {
        text: { en: 'Cross-entropy is used with a larger learning rate, which is why it moves faster.', zh: '交叉熵配的学习率更大，所以它动得更快。' },
        why: {
          en: 'With the same learning rate the two differ by the factor σ′(z): the difference is in the gradient, not in the optimizer\'s settings.',
          zh: '学习率相同时，两者正好相差 σ′(z) 这个因子：差别在梯度里，而不在优化器的设置里。',
        },
      },
    ],
    hints: [
      { en: 'Write δ = ∂L/∂z for both losses with the chain rule: (∂L/∂ŷ)·σ′(z).', zh: '用链式法则分别写出两种损失的 δ = ∂L/∂z：(∂L/∂ŷ)·σ′(z)。' },
      { en: `σ′(z) = ŷ(1 − ŷ). How big is it when ŷ ≈ ${fmt(stuckYHat, 4)}?`, zh: `σ′(z) = ŷ(1 − ŷ)。当 ŷ ≈ ${fmt(stuckYHat, 4)} 时它有多大？` },
    ],
    solution: {
      en: `Cross-entropy's ∂L/∂ŷ cancels σ′, leaving δ = ŷ − y ≈ ${fmt(stuckBce, 4)}. Squared error keeps it: δ = (ŷ − y)·σ′(z) ≈ ${fmt(stuckSquared, 4)}. The worse the mistake, the less squared error pushes.`,
      zh: `交叉熵的 ∂L/∂ŷ 把 σ′ 约掉了，剩下 δ = ŷ − y ≈ ${fmt(stuckBce, 4)}。平方误差却保留了它：δ = (ŷ − y)·σ′(z) ≈ ${fmt(stuckSquared, 4)}。错得越厉害，平方误差推得越轻。`,
    },
  },
  {
    id: 'forward-brackets',
    kind: 'choice',
    title: { en: 'Where the biases go', zh: '偏置放在哪里' },
    prompt: {
      en: 'Which formula is the forward pass of the lesson\'s network (two layers, sigmoid activations)?',
      zh: '下面哪个式子是课文里那个网络（两层，sigmoid 激活）的前向传播？',
    },
    options: [
      {
        text: { en: 'ŷ = σ(w₂ · σ(W₁x + b₁) + b₂)', zh: 'ŷ = σ(w₂ · σ(W₁x + b₁) + b₂)' },
        correct: true,
        why: {
          en: 'Right: each layer adds its own bias to its weighted sum, then applies its activation.',
          zh: '对：每一层先给自己的加权和加上自己的偏置，再套上激活函数。',
        },
      },
      {
        text: { en: 'ŷ = σ(w₂ · σ(W₁x) + b₂) + b₁', zh: 'ŷ = σ(w₂ · σ(W₁x) + b₂) + b₁' },
        why: {
          en: 'This is the scrambled version from a widely shared write-up: b₁ belongs to the first layer, inside its sigmoid, not added after the output. Added outside, ŷ is not even a probability any more.',
          zh: '这就是网上流传很广的那篇讲解里写乱了的版本：b₁ 属于第一层，应该在它的 sigmoid 之内，而不是加在输出之后。加在外面，ŷ 甚至不再是一个概率。',
        },
      },
      {
        text: { en: 'ŷ = σ(w₂ · (W₁x + b₁) + b₂)', zh: 'ŷ = σ(w₂ · (W₁x + b₁) + b₂)' },
        why: {
          en: 'This drops the hidden layer\'s sigmoid: the two layers collapse into one linear map followed by a sigmoid, and the hidden layer adds nothing.',
          zh: '这里丢了隐藏层的 sigmoid：两层合成了一个线性映射再加一个 sigmoid，隐藏层什么也没添。',
        },
      },
    ],
    hints: [
      { en: 'Go left to right: z₁ = W₁x + b₁, h = σ(z₁), z₂ = w₂ · h + b₂, ŷ = σ(z₂).', zh: '从左往右算：z₁ = W₁x + b₁，h = σ(z₁)，z₂ = w₂ · h + b₂，ŷ = σ(z₂)。' },
      { en: 'Substitute h into z₂, then z₂ into ŷ. Each bias stays inside the activation of its own layer.', zh: '把 h 代入 z₂，再把 z₂ 代入 ŷ。每个偏置都留在它自己那一层激活函数的括号里。' },
    ],
    solution: {
      en: 'Substituting h = σ(W₁x + b₁) into ŷ = σ(w₂ · h + b₂) gives ŷ = σ(w₂ · σ(W₁x + b₁) + b₂).',
      zh: '把 h = σ(W₁x + b₁) 代入 ŷ = σ(w₂ · h + b₂)，得到 ŷ = σ(w₂ · σ(W₁x + b₁) + b₂)。',
    },
  },
  {
    id: 'backward-pass',
    kind: 'code',
    title: { en: 'Write the backward pass', zh: '写出反向传播' },
    prompt: {
      en: 'Open the exercise in the editor and finish `backward(x, y, net)`: the gradients of binary cross-entropy for the lesson\'s kind of network (one sigmoid hidden layer, one sigmoid output). The forward pass is written for you. The check compares your gradients with finite differences on networks you have not seen, of other sizes.',
      zh: '在编辑器里打开这道练习，完成 `backward(x, y, net)`：对课文里这类网络（一个 sigmoid 隐藏层，一个 sigmoid 输出）求二元交叉熵的梯度。前向传播已经替你写好。检查会在你没见过的、大小不同的网络上，把你的梯度和有限差分对照。',
    },
    starter: 'backward-pass.ts',
    solutionFile: 'backward-pass.solution.ts',
    checker: `
check.that({ en: 'backward is a function', zh: 'backward 是一个函数' }, typeof backward === 'function');
const sig = (z) => 1 / (1 + Math.exp(-z));
const lossOf = (x, y, n) => {
  const h = n.W1.map((row, j) => sig(row.reduce((s, w, k) => s + w * x[k], n.b1[j])));
  const p = sig(n.w2.reduce((s, w, j) => s + w * h[j], n.b2));
  return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
};
// Central differences, in double precision: (L(θ + ε) − L(θ − ε)) / 2ε for every parameter.
const numeric = (x, y, n) => {
  const eps = 1e-6;
  const nudge = (set) => {
    const copy = JSON.parse(JSON.stringify(n));
    set(copy, eps);
    const up = lossOf(x, y, copy);
    set(copy, -2 * eps);
    const down = lossOf(x, y, copy);
    return (up - down) / (2 * eps);
  };
  return {
    dW1: n.W1.map((row, j) => row.map((_, k) => nudge((c, d) => { c.W1[j][k] += d; }))),
    db1: n.b1.map((_, j) => nudge((c, d) => { c.b1[j] += d; })),
    dw2: n.w2.map((_, j) => nudge((c, d) => { c.w2[j] += d; })),
    db2: nudge((c, d) => { c.b2 += d; }),
  };
};
const cases = [
  { x: [1, 0.5], y: 0, net: { W1: [[0.2, -0.4], [0.7, 0.1]], b1: [0.1, -0.2], w2: [0.6, -0.3], b2: 0.05 } },
  { x: [0.3, -1.2, 2], y: 1, net: { W1: [[0.5, -0.1, 0.2], [-0.3, 0.8, 0.4], [0.1, 0.2, -0.6]], b1: [0, 0.3, -0.1], w2: [1.1, -0.7, 0.4], b2: -0.2 } },
  { x: [-0.5, 1.5], y: 1, net: { W1: [[0.9, 0.3], [-0.6, 0.2], [0.4, -0.8], [0.05, 0.5]], b1: [0.2, 0, -0.3, 0.1], w2: [-0.5, 0.9, 0.3, -1.2], b2: 0.4 } },
];
const flat = (m) => (Array.isArray(m) ? m.flat() : m);
for (const { x, y, net } of cases) {
  const want = numeric(x, y, net);
  const got = backward(x, y, net) || {};
  const size = net.w2.length + ' hidden units, y = ' + y;
  const sizeZh = net.w2.length + ' 个隐藏单元，y = ' + y;
  check.close({ en: 'dw2 (' + size + ')', zh: 'dw2（' + sizeZh + '）' }, got.dw2, want.dw2, 1e-6);
  check.close({ en: 'db2 (' + size + ')', zh: 'db2（' + sizeZh + '）' }, got.db2, want.db2, 1e-6);
  check.close({ en: 'dW1 (' + size + ')', zh: 'dW1（' + sizeZh + '）' }, flat(got.dW1), flat(want.dW1), 1e-6);
  check.close({ en: 'db1 (' + size + ')', zh: 'db1（' + sizeZh + '）' }, got.db1, want.db1, 1e-6);
}
`,
    hints: [
      { en: 'Output layer: δ₂ = ŷ − y; then dw2[j] = δ₂ · h[j] and db2 = δ₂.', zh: '输出层：δ₂ = ŷ − y；于是 dw2[j] = δ₂ · h[j]，db2 = δ₂。' },
      { en: 'Hidden layer: δ₁[j] = w2[j] · δ₂ · h[j] · (1 − h[j]), and db1[j] = δ₁[j].', zh: '隐藏层：δ₁[j] = w2[j] · δ₂ · h[j] · (1 − h[j])，而 db1[j] = δ₁[j]。' },
      { en: 'First-layer weights: dW1[j][k] = δ₁[j] · x[k], signal at the output times value at the input.', zh: '第一层权重：dW1[j][k] = δ₁[j] · x[k]，输出端的信号乘以输入端的值。' },
    ],
    solution: {
      en: `δ₂ = ŷ − y, dw2 = δ₂·h; δ₁ = w2 · δ₂ · h(1 − h) entry by entry, dW1[j][k] = δ₁[j]·x[k]. On the lesson's network δ₂ = ${fmt(lesson.delta2, 4)} and δ₁ = ${fmtVector(lesson.delta1, 4)}.`,
      zh: `δ₂ = ŷ − y，dw2 = δ₂·h；δ₁ = w2 · δ₂ · h(1 − h)（逐元素），dW1[j][k] = δ₁[j]·x[k]。在课文的网络上，δ₂ = ${fmt(lesson.delta2, 4)}，δ₁ = ${fmtVector(lesson.delta1, 4)}。`,
    },
  },
]);
