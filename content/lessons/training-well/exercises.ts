/**
 * Exercises of "Training well": momentum's effective learning rate and the
 * warm-up-then-cosine schedule (computed with src/math), equal starting
 * weights, early stopping's best weights, and gradient clipping by norm in
 * code.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtGrouped, fmtVector } from '../../../src/format/prose';
import { effectiveLearningRate, velocityForSteadyGradient } from '../../../src/math/optimizers';
import { warmupCosineRate } from '../../../src/math/schedules';
import { inputs } from './facts';

// Momentum: the step per unit of a steady gradient once the velocity has built up.
const momentum = { eta: 0.02, beta: 0.95 };
const effective = effectiveLearningRate(momentum.eta, momentum.beta);
const afterTen = velocityForSteadyGradient(momentum.beta, 10);

// The schedule: warm-up over 100 steps to the lesson's peak, cosine decay to 0 at step 1,000.
const schedule = { peak: inputs.schedulePeak, warmupSteps: 100, totalSteps: 1000 };
const step = 400;
const progress = (step - schedule.warmupSteps) / (schedule.totalSteps - schedule.warmupSteps);
const cosine = Math.cos(Math.PI * progress);
const rate = warmupCosineRate(step, schedule);

// Clipping [3, 4] to length 1 by norm, and entry by entry.
const clipExample = { g: [3, 4], c: 1 };
const exampleNorm = Math.hypot(...clipExample.g); // ‖g‖ = √(Σ gᵢ²)
const byNorm = clipExample.g.map((x) => (x * clipExample.c) / exampleNorm);
const byValue = clipExample.g.map((x) => Math.min(Math.max(x, -clipExample.c), clipExample.c));

// Early stopping: the best epoch and the patience.
const stopping = { best: 60, patience: inputs.patience };

export const exercises = defineExercises([
  {
    id: 'effective-rate',
    kind: 'number',
    title: { en: 'Momentum\'s real step', zh: '动量法真正的步长' },
    prompt: {
      en: `Momentum with learning rate η = ${fmt(momentum.eta, 2)} and β = ${fmt(momentum.beta, 2)} descends a long, steady slope. Once its velocity has built up, what is its effective learning rate, the step per unit of gradient? Answer to three decimals.`,
      zh: `动量法取学习率 η = ${fmt(momentum.eta, 2)}、β = ${fmt(momentum.beta, 2)}，沿一段又长又稳定的斜坡往下走。速度积累起来之后，它的有效学习率，也就是每单位梯度迈出的步长，是多少？保留三位小数。`,
    },
    answer: effective,
    tolerance: 0.0015,
    hints: [
      { en: 'The velocity is a decaying sum of gradients: with a steady gradient g it approaches g · (1 + β + β² + …).', zh: '速度是各个梯度逐步衰减的和：梯度一直是 g 时，它逼近 g · (1 + β + β² + …)。' },
      { en: `The geometric series sums to 1/(1 − β) = 1/${fmt(1 - momentum.beta, 2)} = ${fmt(1 / (1 - momentum.beta), 0)}. After ten steps it is only ${fmt(afterTen, 2)}.`, zh: `这个等比数列的和是 1/(1 − β) = 1/${fmt(1 - momentum.beta, 2)} = ${fmt(1 / (1 - momentum.beta), 0)}。十步之后它才到 ${fmt(afterTen, 2)}。` },
      { en: `Multiply η = ${fmt(momentum.eta, 2)} by ${fmt(1 / (1 - momentum.beta), 0)}.`, zh: `用 η = ${fmt(momentum.eta, 2)} 乘以 ${fmt(1 / (1 - momentum.beta), 0)}。` },
    ],
    solution: {
      en: `η / (1 − β) = ${fmt(momentum.eta, 2)} / ${fmt(1 - momentum.beta, 2)} = **${fmt(effective, 3)}**, ${fmt(1 / (1 - momentum.beta), 0)} times η. Comparing it with SGD at η = ${fmt(momentum.eta, 2)} would not be a fair race.`,
      zh: `η / (1 − β) = ${fmt(momentum.eta, 2)} / ${fmt(1 - momentum.beta, 2)} = **${fmt(effective, 3)}**，是 η 的 ${fmt(1 / (1 - momentum.beta), 0)} 倍。拿它和 η = ${fmt(momentum.eta, 2)} 的 SGD 比，并不是一场公平的比赛。`,
    },
  },
  {
    id: 'schedule-rate',
    kind: 'number',
    title: { en: 'Reading the schedule', zh: '读懂学习率调度' },
    prompt: {
      en: `A schedule warms up linearly over the first W = ${schedule.warmupSteps} steps to a peak of ${fmt(schedule.peak, 1)}, then decays along a cosine to 0 at step T = ${fmtGrouped(schedule.totalSteps)} (steps counted from 0). What is the learning rate at step ${step}? Answer to three decimals.`,
      zh: `一个调度在最初 W = ${schedule.warmupSteps} 步里线性预热到峰值 ${fmt(schedule.peak, 1)}，然后沿余弦曲线衰减，到第 T = ${fmtGrouped(schedule.totalSteps)} 步降到 0（步数从 0 数起）。第 ${step} 步的学习率是多少？保留三位小数。`,
    },
    answer: rate,
    tolerance: 0.0015,
    hints: [
      { en: `Step ${step} is past the warm-up, so use the decay: η = peak · ½(1 + cos(π(t − W)/(T − W))).`, zh: `第 ${step} 步已经过了预热，所以用衰减的公式：η = 峰值 · ½(1 + cos(π(t − W)/(T − W)))。` },
      { en: `(t − W)/(T − W) = ${step - schedule.warmupSteps}/${schedule.totalSteps - schedule.warmupSteps} = 1/3 of the decay, and cos(π/3) = ${fmt(cosine, 1)}.`, zh: `(t − W)/(T − W) = ${step - schedule.warmupSteps}/${schedule.totalSteps - schedule.warmupSteps}，即衰减走了 1/3，而 cos(π/3) = ${fmt(cosine, 1)}。` },
      { en: `η = ${fmt(schedule.peak, 1)} × ½ × (1 + ${fmt(cosine, 1)}).`, zh: `η = ${fmt(schedule.peak, 1)} × ½ × (1 + ${fmt(cosine, 1)})。` },
    ],
    solution: {
      en: `${fmt(schedule.peak, 1)} × ½ × (1 + cos(π/3)) = ${fmt(schedule.peak, 1)} × ${fmt((1 + cosine) / 2, 2)} = **${fmt(rate, 3)}**. A third of the way through the decay the rate is still three quarters of the peak: the cosine falls slowly at first and at the end.`,
      zh: `${fmt(schedule.peak, 1)} × ½ × (1 + cos(π/3)) = ${fmt(schedule.peak, 1)} × ${fmt((1 + cosine) / 2, 2)} = **${fmt(rate, 3)}**。衰减走了三分之一时，学习率还有峰值的四分之三：余弦曲线在开头和结尾都降得很慢。`,
    },
  },
  {
    id: 'equal-start',
    kind: 'choice',
    title: { en: 'All weights equal', zh: '所有权重都相等' },
    prompt: {
      en: `A network with one hidden layer of ${inputs.hiddenUnits} tanh units starts with every weight, in both layers, at ${fmt(inputs.equalWeight, 1)}. What happens to the hidden units during training?`,
      zh: `一个网络有一个由 ${inputs.hiddenUnits} 个 tanh 单元组成的隐藏层，两层里的每个权重都从 ${fmt(inputs.equalWeight, 1)} 出发。训练时这些隐藏单元会怎样？`,
    },
    options: [
      {
        text: { en: `The units compute the same output, get the same gradient and take the same step, so they stay identical: the layer acts like one unit.`, zh: `这些单元算出同样的输出，得到同样的梯度，迈出同样的一步，于是永远一模一样：这一层的表现和只有一个单元时一样。` },
        correct: true,
        why: {
          en: 'Right: nothing ever tells the units apart. Random starting weights break the symmetry.',
          zh: '对：没有任何东西能把这些单元区分开。随机的初始权重打破了这种对称性。',
        },
      },
      {
        text: { en: 'Training soon makes them different, because each unit is connected to a different output weight.', zh: '训练很快就会让它们变得不同，因为每个单元连着不同的输出权重。' },
        why: {
          en: 'The output weights started equal too, so they receive equal gradients and stay equal; no unit ever gets a different signal.',
          zh: '输出权重也是从相同的值出发的，所以它们得到相同的梯度，一直相等；没有哪个单元会收到不同的信号。',
        },
      },
      {
        text: { en: 'Nothing special: only the starting weights\' size matters, not whether they differ.', zh: '没什么特别的：重要的只是初始权重的大小，而不是它们是否彼此不同。' },
        why: {
          en: 'Both matter. The size sets how the signal\'s scale grows or shrinks through the layers; the differences are what let the units learn different features.',
          zh: '两者都重要。大小决定信号的尺度在层与层之间是增大还是缩小；彼此不同，单元才能学到不同的特征。',
        },
      },
    ],
    hints: [
      { en: 'Compare two hidden units: same inputs, same weights. What do they output?', zh: '比较两个隐藏单元：输入相同，权重相同。它们输出什么？' },
      { en: 'If two units output the same and reach the loss the same way, what can you say about their gradients and their next step?', zh: '如果两个单元输出相同，影响损失的方式也相同，它们的梯度和下一步会怎样？' },
    ],
    solution: {
      en: 'Equal weights give equal outputs, equal gradients and equal steps, forever: the units never separate. In the lesson\'s example the equal-start network\'s hidden units end exactly identical.',
      zh: '相同的权重带来相同的输出、相同的梯度和相同的步子，永远如此：这些单元永远分不开。在课文的示例里，从相同权重出发的网络，训练结束后隐藏单元仍然完全相同。',
    },
  },
  {
    id: 'early-stopping',
    kind: 'choice',
    title: { en: 'Which weights does early stopping leave?', zh: '早停留下的是哪一组权重？' },
    prompt: {
      en: `The validation loss is lowest at epoch ${stopping.best}. With a patience of ${stopping.patience}, TensorFlow.js's \`tf.callbacks.earlyStopping\` stops training at epoch ${stopping.best + stopping.patience}. Which weights does the model have?`,
      zh: `验证损失在第 ${stopping.best} 轮最低。耐心值为 ${stopping.patience} 时，TensorFlow.js 的 \`tf.callbacks.earlyStopping\` 在第 ${stopping.best + stopping.patience} 轮停止训练。此时模型的权重是哪一组？`,
    },
    options: [
      {
        text: { en: `Those of epoch ${stopping.best + stopping.patience}, ${stopping.patience} epochs past the best; to keep the best you copy the weights whenever the validation loss improves and put that copy back.`, zh: `第 ${stopping.best + stopping.patience} 轮的权重，已经比最佳时多走了 ${stopping.patience} 轮；要留住最佳权重，就得在验证损失每次改善时复制一份权重，最后再把这一份放回去。` },
        correct: true,
        why: {
          en: 'Right: the callback stops, but its `restoreBestWeights` option is not implemented, so the lesson\'s example keeps a checkpoint by hand.',
          zh: '对：这个回调会停下来，但它的 `restoreBestWeights` 选项没有实现，所以课文的示例亲手保存检查点。',
        },
      },
      {
        text: { en: `Those of epoch ${stopping.best}: that is the point of early stopping.`, zh: `第 ${stopping.best} 轮的权重：早停本来就是为了这个。` },
        why: {
          en: 'That is what early stopping should leave, but TensorFlow.js\'s callback does not restore anything; the weights are the last epoch\'s.',
          zh: '早停本该留下它们，但 TensorFlow.js 的回调什么也不恢复；权重是最后一轮的。',
        },
      },
      {
        text: { en: 'It does not matter: a few epochs past the best make no difference.', zh: '无所谓：比最佳时多走几轮，没什么差别。' },
        why: {
          en: `Past the best epoch the model is overfitting again. In the lesson's example the weights at the stop have more than twice the test error of the best weights restored.`,
          zh: `过了最佳的那一轮，模型又在过拟合了。在课文的示例里，停止时的权重，其测试误差是恢复后的最佳权重的两倍多。`,
        },
      },
    ],
    hints: [
      { en: 'Early stopping stops once the validation loss has not improved for `patience` epochs. When was its best?', zh: '早停在验证损失连续“耐心值”轮没有改善时停下。它最好的时候是哪一轮？' },
      { en: 'The lesson notes that one option of `tf.callbacks.earlyStopping` is not implemented. Which one?', zh: '课文提到 `tf.callbacks.earlyStopping` 有一个选项没有实现。是哪一个？' },
    ],
    solution: {
      en: `Training stops at epoch ${stopping.best + stopping.patience} with that epoch's weights. Keep a copy of the weights from each improvement and restore the best one (epoch ${stopping.best}) at the end; judge it on a test set.`,
      zh: `训练在第 ${stopping.best + stopping.patience} 轮停下，权重就是那一轮的。每次改善时保存一份权重，最后恢复最佳的那一份（第 ${stopping.best} 轮）；再在测试集上评判它。`,
    },
  },
  {
    id: 'clip-by-norm',
    kind: 'code',
    title: { en: 'Clip the gradient\'s length', zh: '裁剪梯度的长度' },
    prompt: {
      en: 'Open the exercise in the editor. The starter clips every entry of the gradient separately, which changes its direction. Rewrite `clipByNorm(g, maxNorm)` to clip by norm: if ‖g‖ > maxNorm, return g · maxNorm / ‖g‖, else g unchanged. The check uses gradients you have not seen.',
      zh: '在编辑器里打开这道练习。初始代码把梯度的每个分量分别裁剪，这会改变梯度的方向。请改写 `clipByNorm(g, maxNorm)`，让它按范数裁剪：如果 ‖g‖ > maxNorm，返回 g · maxNorm / ‖g‖，否则原样返回 g。检查会用你没见过的梯度。',
    },
    starter: 'clip-by-norm.ts',
    solutionFile: 'clip-by-norm.solution.ts',
    checker: `
check.that({ en: 'clipByNorm is a function', zh: 'clipByNorm 是一个函数' }, typeof clipByNorm === 'function');
const norm = (v) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
const reference = (g, c) => {
  const n = norm(g);
  return n > c ? g.map((x) => (x * c) / n) : g.slice();
};
const cases = [
  { g: [30, -40], c: 1 },
  { g: [0.2, 3, -1.5, 6], c: 2.5 },
  { g: [0.3, -0.4], c: 1 },
  { g: [-250], c: 5 },
  { g: [0, 0, 0], c: 1 },
];
for (const { g, c } of cases) {
  const got = clipByNorm(g.slice(), c);
  check.close({ en: 'clipByNorm(' + JSON.stringify(g) + ', ' + c + ')', zh: 'clipByNorm(' + JSON.stringify(g) + ', ' + c + ')' }, got, reference(g, c), 1e-9);
}
const big = [3, 4, -12];
const clipped = clipByNorm(big.slice(), 2);
const cosine = Array.isArray(clipped) && clipped.length === big.length ? clipped.reduce((s, x, i) => s + x * big[i], 0) / (norm(clipped) * norm(big)) : NaN;
check.close({ en: 'the clipped gradient points the same way (cosine 1)', zh: '裁剪后的梯度方向不变（余弦为 1）' }, cosine, 1, 1e-9);
`,
    hints: [
      { en: 'The norm is the gradient\'s length: ‖g‖ = √(g₁² + g₂² + …).', zh: '范数就是梯度的长度：‖g‖ = √(g₁² + g₂² + …)。' },
      { en: 'Below the threshold, return g as it is; above it, multiply every entry by the same factor maxNorm / ‖g‖.', zh: '低于阈值时原样返回 g；高于阈值时，把每个分量都乘以同一个因子 maxNorm / ‖g‖。' },
      { en: 'In code: `const norm = Math.sqrt(g.reduce((s, x) => s + x * x, 0));` then `norm > maxNorm ? g.map((x) => x * maxNorm / norm) : g`.', zh: '写成代码：`const norm = Math.sqrt(g.reduce((s, x) => s + x * x, 0));`，然后 `norm > maxNorm ? g.map((x) => x * maxNorm / norm) : g`。' },
    ],
    solution: {
      en: `Compute ‖g‖ and, if it exceeds maxNorm, scale every entry by maxNorm / ‖g‖. For g = ${fmtVector(clipExample.g, 0)} and maxNorm = ${clipExample.c} that gives ${fmtVector(byNorm, 1)}, length ${clipExample.c}, same direction; clipping each entry to ±${clipExample.c} would give ${fmtVector(byValue, 0)}, which points elsewhere.`,
      zh: `算出 ‖g‖，如果它超过 maxNorm，就把每个分量都乘以 maxNorm / ‖g‖。对 g = ${fmtVector(clipExample.g, 0)}、maxNorm = ${clipExample.c}，得到 ${fmtVector(byNorm, 1)}，长度为 ${clipExample.c}，方向不变；而把每个分量分别裁剪到 ±${clipExample.c} 会得到 ${fmtVector(byValue, 0)}，指向了别处。`,
    },
  },
]);
