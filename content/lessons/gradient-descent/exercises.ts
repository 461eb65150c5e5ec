/**
 * Exercises of "Gradient descent": one step by hand with the lesson's own
 * functions (src/math/gradient-descent), the error factor (1 − 2η) on
 * standardized inputs, the symptom of a learning rate that is too big, and
 * the update rule written in code.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtVector } from '../../../src/format/prose';
import { descendStep, lineGradient } from '../../../src/math/gradient-descent';
import { inputs } from './facts';

// One step from w = 0, b = 0 on three new houses.
const houses = { areas: [1, 2, 3], prices: [2, 3, 5], eta: 0.1 };
const start = { w: 0, b: 0 };
const gradient = lineGradient(start, houses.areas, houses.prices);
const afterStep = descendStep(start, houses.areas, houses.prices, houses.eta);
const weighted = houses.areas.map((x, i) => (start.w * x + start.b - (houses.prices[i] ?? NaN)) * x); // (ŷᵢ − yᵢ)·xᵢ
const weightedSum = weighted.reduce((a, v) => a + v, 0);

// On standardized inputs each step multiplies the error by (1 − 2η).
const oscillating = { eta: 0.8, steps: 3 };
const factor = 1 - 2 * oscillating.eta;
const remaining = Math.abs(factor) ** oscillating.steps; // |1 − 2η|^steps

// The lesson's first step, printed by the code exercise's starter.
const lessonStep = descendStep(start, inputs.areas, inputs.prices, inputs.eta);

export const exercises = defineExercises([
  {
    id: 'one-step',
    kind: 'number',
    title: { en: 'One step by hand', zh: '手算一步' },
    prompt: {
      en: `Fit ŷ = wx + b by mean squared error to three houses with areas x = ${fmtVector(houses.areas, 0)} and prices y = ${fmtVector(houses.prices, 0)}. Start from w = 0, b = 0 and take one gradient-descent step with η = ${fmt(houses.eta, 1)}. What is w after the step? Answer to three decimals.`,
      zh: `用均方误差把 ŷ = wx + b 拟合到三套房子上，面积 x = ${fmtVector(houses.areas, 0)}，价格 y = ${fmtVector(houses.prices, 0)}。从 w = 0、b = 0 出发，取 η = ${fmt(houses.eta, 1)} 走一步梯度下降。走完这一步后 w 是多少？保留三位小数。`,
    },
    answer: afterStep.w,
    tolerance: 0.0015,
    hints: [
      { en: 'The gradient is ∂L/∂w = (2/n) Σ (ŷᵢ − yᵢ)·xᵢ, and the step is w ← w − η·∂L/∂w.', zh: '梯度是 ∂L/∂w = (2/n) Σ (ŷᵢ − yᵢ)·xᵢ，更新是 w ← w − η·∂L/∂w。' },
      { en: `At w = b = 0 every prediction is 0, so the products (ŷᵢ − yᵢ)·xᵢ are ${fmtVector(weighted, 0)}.`, zh: `在 w = b = 0 处每个预测都是 0，所以各项 (ŷᵢ − yᵢ)·xᵢ 是 ${fmtVector(weighted, 0)}。` },
      { en: `∂L/∂w = (2/3) × (${fmt(weightedSum, 0)}) ≈ ${fmt(gradient.dw, 3)}; now step against it.`, zh: `∂L/∂w = (2/3) × (${fmt(weightedSum, 0)}) ≈ ${fmt(gradient.dw, 3)}；接着逆着它走一步。` },
    ],
    solution: {
      en: `∂L/∂w ≈ ${fmt(gradient.dw, 3)}, so w = 0 − ${fmt(houses.eta, 1)} × (${fmt(gradient.dw, 3)}) ≈ **${fmt(afterStep.w, 3)}**. The gradient is negative, so the step raises w (and b rises to ${fmt(afterStep.b, 3)}).`,
      zh: `∂L/∂w ≈ ${fmt(gradient.dw, 3)}，所以 w = 0 − ${fmt(houses.eta, 1)} × (${fmt(gradient.dw, 3)}) ≈ **${fmt(afterStep.w, 3)}**。梯度是负的，所以这一步把 w 调大了（b 也升到 ${fmt(afterStep.b, 3)}）。`,
    },
  },
  {
    id: 'error-factor',
    kind: 'number',
    title: { en: 'Jumping across the valley', zh: '跳过山谷' },
    prompt: {
      en: `On standardized inputs each gradient-descent step multiplies the remaining error of the line by (1 − 2η). With η = ${fmt(oscillating.eta, 1)}, what fraction of the starting error's size is left after ${oscillating.steps} steps? Answer to three decimals.`,
      zh: `输入标准化之后，梯度下降每走一步，直线剩下的误差都乘以 (1 − 2η)。取 η = ${fmt(oscillating.eta, 1)}，走 ${oscillating.steps} 步之后，误差的大小还剩起始时的多大比例？保留三位小数。`,
    },
    answer: remaining,
    tolerance: 0.0015,
    hints: [
      { en: `Compute the factor 1 − 2 × ${fmt(oscillating.eta, 1)} first. A negative factor means the line lands on the other side of the valley.`, zh: `先算出因子 1 − 2 × ${fmt(oscillating.eta, 1)}。因子为负，意味着直线落到了山谷的另一侧。` },
      { en: `The factor is ${fmt(factor, 1)}; its size, ${fmt(Math.abs(factor), 1)}, applies once per step.`, zh: `因子是 ${fmt(factor, 1)}；它的大小 ${fmt(Math.abs(factor), 1)} 每走一步乘一次。` },
      { en: `Raise ${fmt(Math.abs(factor), 1)} to the power ${oscillating.steps}.`, zh: `求 ${fmt(Math.abs(factor), 1)} 的 ${oscillating.steps} 次方。` },
    ],
    solution: {
      en: `|1 − 2 × ${fmt(oscillating.eta, 1)}|^${oscillating.steps} = ${fmt(Math.abs(factor), 1)}^${oscillating.steps} = **${fmt(remaining, 3)}**. The error flips sign every step but still shrinks, because η < 1; at η = 1 the factor would be −1 and the line would jump back and forth forever.`,
      zh: `|1 − 2 × ${fmt(oscillating.eta, 1)}|^${oscillating.steps} = ${fmt(Math.abs(factor), 1)}^${oscillating.steps} = **${fmt(remaining, 3)}**。误差每一步都变号，但因为 η < 1，它仍在缩小；η = 1 时因子是 −1，直线会永远来回跳。`,
    },
  },
  {
    id: 'exploding-loss',
    kind: 'choice',
    title: { en: 'A loss that explodes', zh: '爆炸的损失' },
    prompt: {
      en: 'Your training loss, step by step, reads 2.1, 3.4, 9.8, 41, 180, then `Infinity`, then `NaN`. What do you change first?',
      zh: '你的训练损失一步一步地是 2.1、3.4、9.8、41、180，然后变成 `Infinity`，再变成 `NaN`。你首先该改什么？',
    },
    options: [
      {
        text: { en: 'Lower the learning rate, say by a factor of 3 to 10, and run again.', zh: '把学习率调低，比如降到原来的 1/3 到 1/10，再跑一次。' },
        correct: true,
        why: {
          en: 'Right: each step overshoots the valley and lands higher on the other side, by more each time. A smaller η takes steps that stay inside the valley.',
          zh: '对：每一步都越过谷底，落到对面更高的地方，而且一次比一次越得远。更小的 η 迈出的步子能留在山谷里。',
        },
      },
      {
        text: { en: 'Train for more steps: the loss often rises before it falls.', zh: '多训练几步：损失常常先升后降。' },
        why: {
          en: 'A loss that grows by a larger factor every step is diverging, not warming up; more steps only reach `NaN` sooner.',
          zh: '每一步都以越来越大的倍数增长的损失是在发散，而不是在热身；多走几步只会更快地变成 `NaN`。',
        },
      },
      {
        text: { en: 'Raise the learning rate so the model escapes the bad region faster.', zh: '把学习率调高，让模型更快地逃出这片糟糕的区域。' },
        why: {
          en: 'That makes every overshoot bigger: the loss would blow up in even fewer steps.',
          zh: '这会让每一次越过都更远：损失会在更少的步数里爆炸。',
        },
      },
      {
        text: { en: 'The update has the wrong sign: use θ + η∇L instead of θ − η∇L.', zh: '更新的符号写反了：应该用 θ + η∇L，而不是 θ − η∇L。' },
        why: {
          en: 'θ − η∇L is right: the gradient points uphill, so we step the other way. Adding it would climb on purpose, even with a tiny η.',
          zh: 'θ − η∇L 才是对的：梯度指向上坡，所以我们往反方向走。改成加号就是有意往上爬，哪怕 η 很小也一样。',
        },
      },
    ],
    hints: [
      { en: 'The loss does not just rise: it rises by a larger factor each step. Which of the three learning-rate regimes in the lesson looks like that?', zh: '损失不只是在上升：它每一步增长的倍数还越来越大。课文讲的三种学习率情形里，哪一种是这个样子？' },
      { en: 'Too big a step overshoots the valley and lands higher on the other side.', zh: '步子太大，就会越过谷底，落到对面更高的地方。' },
    ],
    solution: {
      en: 'The learning rate is too big: every step overshoots further, the loss grows without bound and ends as `Infinity` and `NaN`. Lower η by a factor of 3 to 10 and keep the largest value that trains smoothly.',
      zh: '学习率太大了：每一步都越过得更远，损失无限增长，最后变成 `Infinity` 和 `NaN`。把 η 降到原来的 1/3 到 1/10，留下能平稳训练的最大那个值。',
    },
  },
  {
    id: 'descend-step',
    kind: 'code',
    title: { en: 'Write the update', zh: '写出更新规则' },
    prompt: {
      en: 'Open the exercise in the editor and finish `descendStep(w, b, xs, ys, eta)`: one step of gradient descent for the line ŷ = wx + b under mean squared error, returning the new `[w, b]`. The check calls it on houses you have not seen and then runs it many times to see that it converges.',
      zh: '在编辑器里打开这道练习，完成 `descendStep(w, b, xs, ys, eta)`：对直线 ŷ = wx + b 在均方误差下做一步梯度下降，返回新的 `[w, b]`。检查会用你没见过的房子调用它，再连续调用很多次，看它是否收敛。',
    },
    starter: 'descend-step.ts',
    solutionFile: 'descend-step.solution.ts',
    checker: `
check.that({ en: 'descendStep is a function', zh: 'descendStep 是一个函数' }, typeof descendStep === 'function');
const reference = (w, b, xs, ys, eta) => {
  const n = xs.length;
  let dw = 0;
  let db = 0;
  xs.forEach((x, i) => {
    const error = w * x + b - ys[i];
    dw += (2 / n) * error * x;
    db += (2 / n) * error;
  });
  return [w - eta * dw, b - eta * db];
};
const cases = [
  { w: 0, b: 0, xs: [1, 2, 3], ys: [2, 3, 5], eta: 0.1 },
  { w: 0.5, b: -1, xs: [-1.2, 0.3, 0.9, 2], ys: [0.4, 1.1, 2.6, 3.3], eta: 0.05 },
  { w: 2, b: 1, xs: [0.5, 1.5], ys: [1, 1], eta: 0.2 },
];
for (const { w, b, xs, ys, eta } of cases) {
  check.close({ en: 'one step from w = ' + w + ', b = ' + b, zh: '从 w = ' + w + '、b = ' + b + ' 走一步' }, descendStep(w, b, xs, ys, eta), reference(w, b, xs, ys, eta), 1e-9);
}
// Many steps on standardized data drawn from y = 3x − 2 must find that line.
const xs = [-1.5, -0.5, 0.5, 1.5];
const ys = xs.map((x) => 3 * x - 2);
let line = [0, 0];
for (let step = 0; step < 100; step++) line = descendStep(line[0], line[1], xs, ys, 0.2);
check.close({ en: '100 steps on y = 3x − 2 find w = 3, b = −2', zh: '在 y = 3x − 2 上走 100 步，找到 w = 3、b = −2' }, line, [3, -2], 1e-3);
`,
    hints: [
      { en: 'For every house, the error is ŷᵢ − yᵢ = w·xᵢ + b − yᵢ. Add up error × xᵢ for dw and the error alone for db.', zh: '对每套房子，误差是 ŷᵢ − yᵢ = w·xᵢ + b − yᵢ。dw 累加误差 × xᵢ，db 只累加误差本身。' },
      { en: 'Multiply both sums by 2/n, where n is the number of houses.', zh: '两个和都乘以 2/n，n 是房子的套数。' },
      { en: 'Return [w − eta × dw, b − eta × db]: a step against the gradient.', zh: '返回 [w − eta × dw, b − eta × db]：逆着梯度走一步。' },
    ],
    solution: {
      en: `Sum the errors (times xᵢ for w), scale by 2/n, and step against the gradient. On the lesson's three houses the first step gives w = ${fmt(lessonStep.w, 3)} and b = ${fmt(lessonStep.b, 3)}.`,
      zh: `把误差加起来（对 w 要先乘以 xᵢ），乘以 2/n，再逆着梯度走一步。在课文的三套房子上，第一步得到 w = ${fmt(lessonStep.w, 3)}、b = ${fmt(lessonStep.b, 3)}。`,
    },
  },
]);
