/**
 * Exercises of "Losses and softmax": every answer is computed here with the
 * course's own math (src/math), never typed in.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtVector } from '../../../src/format/prose';
import { binaryCrossEntropy } from '../../../src/math/losses';
import { softmax } from '../../../src/math/softmax';

const logits = [3, 1, 0.2];
const probabilities = softmax(logits);
const exps = logits.map((z) => Math.exp(z));
const expSum = exps.reduce((a, b) => a + b, 0);

const confident = { y: 1, p: 0.1 };
const bce = binaryCrossEntropy([confident.y], [confident.p]);

export const exercises = defineExercises([
  {
    id: 'softmax-by-hand',
    kind: 'number',
    title: { en: 'Softmax by hand', zh: '手算 softmax' },
    prompt: {
      en: `A classifier gives the logits ${fmtVector(logits, 1)} for three classes. What probability does softmax give the **first** class? Answer to three decimals.`,
      zh: `一个分类器对三个类别给出 logits ${fmtVector(logits, 1)}。softmax 给**第一个**类别的概率是多少？保留三位小数。`,
    },
    answer: probabilities[0] ?? NaN,
    tolerance: 0.0015,
    hints: [
      { en: 'Softmax exponentiates every logit, then divides each by the sum of all of them.', zh: 'softmax 先对每个 logit 取指数，再把每一项除以所有项之和。' },
      {
        en: `e³ ≈ ${fmt(exps[0] ?? NaN, 2)}, e¹ ≈ ${fmt(exps[1] ?? NaN, 2)}, e^0.2 ≈ ${fmt(exps[2] ?? NaN, 2)}. Add them up.`,
        zh: `e³ ≈ ${fmt(exps[0] ?? NaN, 2)}，e¹ ≈ ${fmt(exps[1] ?? NaN, 2)}，e^0.2 ≈ ${fmt(exps[2] ?? NaN, 2)}。把它们加起来。`,
      },
      { en: `The sum is about ${fmt(expSum, 2)}; divide e³ by it.`, zh: `总和约为 ${fmt(expSum, 2)}；用 e³ 除以它。` },
    ],
    solution: {
      en: `e³ / (e³ + e¹ + e^0.2) = ${fmt(exps[0] ?? NaN, 2)} / ${fmt(expSum, 2)} ≈ **${fmt(probabilities[0] ?? NaN, 3)}**. All three are ${fmtVector(probabilities, 3)}, which add up to 1.`,
      zh: `e³ / (e³ + e¹ + e^0.2) = ${fmt(exps[0] ?? NaN, 2)} / ${fmt(expSum, 2)} ≈ **${fmt(probabilities[0] ?? NaN, 3)}**。三个概率是 ${fmtVector(probabilities, 3)}，加起来等于 1。`,
    },
  },
  {
    id: 'softmax-sums',
    kind: 'choice',
    title: { en: 'A softmax that adds up to 1.2', zh: '加起来是 1.2 的 softmax' },
    prompt: {
      en: 'An article says softmax([2.0, 1.0, 0.5]) ≈ [0.864, 0.272, 0.064]. What is wrong with it?',
      zh: '一篇文章说 softmax([2.0, 1.0, 0.5]) ≈ [0.864, 0.272, 0.064]。它错在哪里？',
    },
    options: [
      {
        text: { en: 'The three numbers add up to 1.2; softmax outputs always add up to 1.', zh: '三个数加起来是 1.2；softmax 的输出之和总是 1。' },
        correct: true,
        why: {
          en: `Right: each output is divided by the same sum, so they add up to exactly 1. The correct values are ${fmtVector(softmax([2, 1, 0.5]), 3)}.`,
          zh: `对：每个输出都除以同一个总和，所以加起来正好是 1。正确的值是 ${fmtVector(softmax([2, 1, 0.5]), 3)}。`,
        },
      },
      {
        text: { en: 'Nothing: softmax only keeps the order of the logits, the values may add up to anything.', zh: '没错：softmax 只保持 logits 的大小顺序，数值之和可以是任何数。' },
        why: { en: 'Softmax keeps the order, but it also normalizes: the outputs are probabilities and add up to 1.', zh: 'softmax 确实保持顺序，但它还会归一化：输出是概率，之和为 1。' },
      },
      {
        text: { en: 'The first value should be 2.0 / 3.5 ≈ 0.571, the logit divided by the sum of logits.', zh: '第一个值应该是 2.0 / 3.5 ≈ 0.571，即 logit 除以 logits 之和。' },
        why: { en: 'That divides the raw logits, which fails as soon as a logit is negative. Softmax exponentiates first: e^zᵢ / Σ e^zⱼ.', zh: '那是直接除原始 logits，一旦有负的 logit 就不成立。softmax 先取指数：e^zᵢ / Σ e^zⱼ。' },
      },
    ],
    hints: [
      { en: 'Add the three numbers.', zh: '把三个数加起来。' },
      { en: 'What must probabilities over all classes add up to?', zh: '所有类别的概率之和应该是多少？' },
    ],
    solution: {
      en: `0.864 + 0.272 + 0.064 = 1.2, so these cannot be softmax outputs. Computed: ${fmtVector(softmax([2, 1, 0.5]), 3)}.`,
      zh: `0.864 + 0.272 + 0.064 = 1.2，所以它们不可能是 softmax 的输出。算出来是 ${fmtVector(softmax([2, 1, 0.5]), 3)}。`,
    },
  },
  {
    id: 'confident-and-wrong',
    kind: 'number',
    title: { en: 'Confident and wrong', zh: '自信却错了' },
    prompt: {
      en: `The true label is ${confident.y} and the model predicts a probability of ${confident.p} for it. What is the binary cross-entropy of this one example (natural log)? Answer to two decimals.`,
      zh: `真实标签是 ${confident.y}，模型给它的预测概率是 ${confident.p}。这一个样本的二元交叉熵是多少（自然对数）？保留两位小数。`,
    },
    answer: bce,
    tolerance: 0.006,
    hints: [
      { en: 'Binary cross-entropy of one example is −[y log ŷ + (1 − y) log(1 − ŷ)].', zh: '一个样本的二元交叉熵是 −[y log ŷ + (1 − y) log(1 − ŷ)]。' },
      { en: `With y = 1 the second term vanishes: the loss is −ln ${confident.p}.`, zh: `y = 1 时第二项为零：损失就是 −ln ${confident.p}。` },
    ],
    solution: {
      en: `−ln ${confident.p} ≈ **${fmt(bce, 2)}**. A confident wrong answer costs far more than a hesitant one: −ln 0.5 is only ${fmt(-Math.log(0.5), 2)}.`,
      zh: `−ln ${confident.p} ≈ **${fmt(bce, 2)}**。自信的错误比犹豫的错误代价大得多：−ln 0.5 只有 ${fmt(-Math.log(0.5), 2)}。`,
    },
  },
]);
