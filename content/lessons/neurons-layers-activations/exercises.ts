/**
 * Exercises of "Neurons, layers, activations": answers computed with
 * src/math (the same functions the lesson's facts use).
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtGrouped } from '../../../src/format/prose';
import { sigmoid } from '../../../src/math/activations';
import { neuron } from '../../../src/math/dense';
import { house } from './facts';

const price = neuron([house.slope], [house.area], house.intercept, 'identity');

export const exercises = defineExercises([
  {
    id: 'house-price',
    kind: 'number',
    title: { en: 'One neuron, one price', zh: '一个神经元，一个价格' },
    prompt: {
      en: `A neuron with no activation predicts a price as ${fmtGrouped(house.intercept, 0)} + ${house.slope} × area. What does it predict for an area of ${fmtGrouped(house.area, 0)}?`,
      zh: `一个不带激活函数的神经元按 ${fmtGrouped(house.intercept, 0)} + ${house.slope} × 面积 预测价格。面积为 ${fmtGrouped(house.area, 0)} 时它预测多少？`,
    },
    answer: price,
    tolerance: 0.5,
    hints: [
      { en: 'Multiply first, then add the intercept.', zh: '先做乘法，再加截距。' },
      { en: `${house.slope} × ${fmtGrouped(house.area, 0)} = ${fmtGrouped(house.slope * house.area, 0)}.`, zh: `${house.slope} × ${fmtGrouped(house.area, 0)} = ${fmtGrouped(house.slope * house.area, 0)}。` },
    ],
    solution: {
      en: `${fmtGrouped(house.intercept, 0)} + ${house.slope} × ${fmtGrouped(house.area, 0)} = **${fmtGrouped(price, 0)}**, not the ${fmtGrouped(house.claimed, 0)} a widely copied article gives.`,
      zh: `${fmtGrouped(house.intercept, 0)} + ${house.slope} × ${fmtGrouped(house.area, 0)} = **${fmtGrouped(price, 0)}**，而不是一篇流传很广的文章给出的 ${fmtGrouped(house.claimed, 0)}。`,
    },
  },
  {
    id: 'why-activations',
    kind: 'choice',
    title: { en: 'Why activations', zh: '为什么需要激活函数' },
    prompt: {
      en: 'You stack three Dense layers and give none of them an activation. What can the network learn?',
      zh: '你叠了三个 Dense 层，但都没有激活函数。这个网络能学到什么？',
    },
    options: [
      {
        text: { en: 'Only a linear (affine) function of the input: the three layers collapse into one.', zh: '只能学到输入的线性（仿射）函数：三层合起来等于一层。' },
        correct: true,
        why: {
          en: 'Right: W₃(W₂(W₁x + b₁) + b₂) + b₃ is again Wx + b for one matrix W and one vector b. The non-linearity between layers is what makes depth worth having.',
          zh: '对：W₃(W₂(W₁x + b₁) + b₂) + b₃ 仍然是某个矩阵 W 和向量 b 构成的 Wx + b。层与层之间的非线性才让“深”有意义。',
        },
      },
      {
        text: { en: 'Anything a deep network can learn, only more slowly.', zh: '深度网络能学的它都能学，只是慢一些。' },
        why: { en: 'Speed is not the issue: without a non-linearity, no amount of training makes a curve out of a composition of linear maps.', zh: '问题不在速度：没有非线性，怎么训练，线性映射的复合也变不成曲线。' },
      },
      {
        text: { en: 'Nothing: without an activation the outputs are always zero.', zh: '什么也学不到：没有激活函数，输出永远是零。' },
        why: { en: 'A layer without an activation outputs Wx + b, which is not zero; the house-price neuron is exactly such a layer.', zh: '没有激活函数的层输出 Wx + b，并不为零；房价那个神经元正是这样一层。' },
      },
    ],
    hints: [
      { en: 'Write out two layers without activations: W₂(W₁x + b₁) + b₂.', zh: '写出两层不带激活的式子：W₂(W₁x + b₁) + b₂。' },
      { en: 'Multiply out the brackets. What kind of function of x is left?', zh: '把括号展开。剩下的是 x 的什么函数？' },
    ],
    solution: {
      en: 'Multiplied out, W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂): one matrix times x plus one vector. However many layers, the network stays linear.',
      zh: '展开后，W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂)：一个矩阵乘 x 再加一个向量。层数再多，网络也还是线性的。',
    },
  },
  {
    id: 'sigmoid-neuron',
    kind: 'code',
    title: { en: 'Write a neuron', zh: '写一个神经元' },
    prompt: {
      en: 'Open the exercise in the editor and finish `neuronOutput(x, w, b)`: the output σ(w·x + b) of one neuron with a sigmoid activation. The check calls it on inputs you have not seen, of several lengths.',
      zh: '在编辑器里打开这道练习，完成 `neuronOutput(x, w, b)`：带 sigmoid 激活的一个神经元的输出 σ(w·x + b)。检查会用你没见过的、长度不一的输入来调用它。',
    },
    starter: 'sigmoid-neuron.ts',
    solutionFile: 'sigmoid-neuron.solution.ts',
    checker: `
const cases = [
  { x: [1, 2], w: [0.5, -0.3], b: 0.1 },
  { x: [0.4, -1.5, 2], w: [1.2, 0.3, -0.8], b: -0.2 },
  { x: [3], w: [-2], b: 1 },
];
check.that({ en: 'neuronOutput is a function', zh: 'neuronOutput 是一个函数' }, typeof neuronOutput === 'function');
for (const { x, w, b } of cases) {
  const z = x.reduce((sum, xi, i) => sum + xi * w[i], b);
  const expected = 1 / (1 + Math.exp(-z));
  check.close({ en: 'neuronOutput(' + JSON.stringify(x) + ', …)', zh: 'neuronOutput(' + JSON.stringify(x) + ', …)' }, neuronOutput(x, w, b), expected, 1e-6);
}
`,
    hints: [
      { en: 'Start with z = b, then add w[i] × x[i] for every i.', zh: '先令 z = b，再对每个 i 加上 w[i] × x[i]。' },
      { en: 'The sigmoid is 1 / (1 + Math.exp(-z)).', zh: 'sigmoid 是 1 / (1 + Math.exp(-z))。' },
    ],
    solution: {
      en: `Sum the weighted inputs and the bias, then apply the sigmoid. For the lesson's first hidden neuron z = 0, so the output is σ(0) = ${fmt(sigmoid(0), 1)}.`,
      zh: `把加权输入和偏置加起来，再套上 sigmoid。课文里第一个隐藏神经元的 z = 0，所以输出是 σ(0) = ${fmt(sigmoid(0), 1)}。`,
    },
  },
]);
