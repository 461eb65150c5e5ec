/**
 * Exercises of "Attention and the transformer block": every answer is
 * computed here with the course's own math (src/math/attention, softmax),
 * never typed in.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtVector } from '../../../src/format/prose';
import { attentionScores } from '../../../src/math/attention';
import { softmax } from '../../../src/math/softmax';
import { inputs } from './facts';

const at = (values: readonly number[], k: number) => values[k] ?? Number.NaN;

// One query against three keys, d_k = 4 (so √d_k = 2).
const query = [1, 0, 1, 0];
const keys = [[1, 1, 0, 0], [2, 0, 2, 0], [0, 1, 0, 1]];
const dk = query.length;
const dots = keys.map((k) => k.reduce((s, v, j) => s + v * at(query, j), 0));
const scores = attentionScores([query], keys)[0] ?? []; // q·k / √d_k
const weights = softmax(scores);
// Causal mask, the query at position 2: the third key is masked (−∞), softmax over the first two scores.
const causalWeights = softmax(scores.slice(0, 2));
const vec = (v: readonly number[]) => `(${v.join(', ')})`;

export const exercises = defineExercises([
  {
    id: 'attention-weight',
    kind: 'number',
    title: { en: 'One attention weight', zh: '算一个注意力权重' },
    prompt: {
      en: `A query q = ${vec(query)} meets three keys k₁ = ${vec(keys[0] ?? [])}, k₂ = ${vec(keys[1] ?? [])} and k₃ = ${vec(keys[2] ?? [])}, so dₖ = ${fmt(dk, 0)}. What attention weight does it give to k₂? Answer to three decimals.`,
      zh: `查询 q = ${vec(query)} 面对三个键 k₁ = ${vec(keys[0] ?? [])}、k₂ = ${vec(keys[1] ?? [])}、k₃ = ${vec(keys[2] ?? [])}，所以 dₖ = ${fmt(dk, 0)}。它分给 k₂ 的注意力权重是多少？保留三位小数。`,
    },
    answer: at(weights, 1),
    tolerance: 0.0015,
    hints: [
      { en: 'Scores are dot products divided by √dₖ; softmax turns them into weights.', zh: '分数是点积除以 √dₖ；softmax 再把分数变成权重。' },
      {
        en: `The dot products are ${fmtVector(dots, 0)}; divided by √${fmt(dk, 0)} = ${fmt(Math.sqrt(dk), 0)} they give ${fmtVector(scores, 1)}.`,
        zh: `三个点积是 ${fmtVector(dots, 0)}；除以 √${fmt(dk, 0)} = ${fmt(Math.sqrt(dk), 0)}，得到 ${fmtVector(scores, 1)}。`,
      },
      {
        en: `The weight is e^${fmt(at(scores, 1), 0)} / (e^${fmt(at(scores, 0), 1)} + e^${fmt(at(scores, 1), 0)} + e^${fmt(at(scores, 2), 0)}).`,
        zh: `权重是 e^${fmt(at(scores, 1), 0)} / (e^${fmt(at(scores, 0), 1)} + e^${fmt(at(scores, 1), 0)} + e^${fmt(at(scores, 2), 0)})。`,
      },
    ],
    solution: {
      en: `Scaled scores ${fmtVector(scores, 1)}, softmax ${fmtVector(weights, 3)}: k₂ gets **${fmt(at(weights, 1), 3)}**. The three weights add up to 1.`,
      zh: `缩放后的分数是 ${fmtVector(scores, 1)}，softmax 后是 ${fmtVector(weights, 3)}：k₂ 分到 **${fmt(at(weights, 1), 3)}**。三个权重加起来等于 1。`,
    },
  },
  {
    id: 'causal-weight',
    kind: 'number',
    title: { en: 'The same query, masked', zh: '同一个查询，加上掩码' },
    prompt: {
      en: `Take the same query and keys, and say the query belongs to the **second** of the three tokens, with a causal mask on. What weight does it now give to k₂, its own key? Answer to three decimals.`,
      zh: `还是同样的查询和键，假设这个查询属于三个词元中的**第二个**，并且加上了因果掩码。现在它分给 k₂（它自己的键）的权重是多少？保留三位小数。`,
    },
    answer: at(causalWeights, 1),
    tolerance: 0.0015,
    hints: [
      { en: 'The causal mask sets the scores of later positions to −∞ before the softmax.', zh: '因果掩码在 softmax 之前把后面各位置的分数设成 −∞。' },
      {
        en: `So k₃ gets weight 0, and the softmax runs over the first two scores, ${fmtVector(scores.slice(0, 2), 1)}.`,
        zh: `所以 k₃ 的权重是 0，softmax 只在前两个分数 ${fmtVector(scores.slice(0, 2), 1)} 上计算。`,
      },
    ],
    solution: {
      en: `e^${fmt(at(scores, 1), 0)} / (e^${fmt(at(scores, 0), 1)} + e^${fmt(at(scores, 1), 0)}) ≈ **${fmt(at(causalWeights, 1), 3)}**, up from ${fmt(at(weights, 1), 3)}: the weight k₃ had is shared out, and the weights ${fmtVector([...causalWeights, 0], 3)} still add up to 1.`,
      zh: `e^${fmt(at(scores, 1), 0)} / (e^${fmt(at(scores, 0), 1)} + e^${fmt(at(scores, 1), 0)}) ≈ **${fmt(at(causalWeights, 1), 3)}**，比原来的 ${fmt(at(weights, 1), 3)} 高：k₃ 原先分到的权重被分给了前两个，权重 ${fmtVector([...causalWeights, 0], 3)} 加起来仍然等于 1。`,
    },
  },
  {
    id: 'order-blind',
    kind: 'choice',
    title: { en: 'Who bit whom?', zh: '谁咬了谁？' },
    prompt: {
      en: `An attention layer without position embeddings reads "${inputs.sentenceA.join(' ')}", then "${inputs.sentenceB.join(' ')}". What happens to the output for "dog"?`,
      zh: `一个没有位置编码的注意力层先读“${inputs.sentenceA.join(' ')}”（狗咬人），再读“${inputs.sentenceB.join(' ')}”（人咬狗）。“dog”的输出会怎样？`,
    },
    options: [
      {
        text: { en: 'It is exactly the same in both sentences; the output rows are only reordered.', zh: '在两句话里完全一样；输出的各行只是换了顺序。' },
        correct: true,
        why: {
          en: 'Right: each output is a weighted average over a set of keys and values, and a set has no order. Reorder the input rows and the output rows are reordered the same way. Position embeddings add the order back.',
          zh: '对：每个输出都是对一组键和值的加权平均，而集合没有顺序。把输入的行重新排列，输出的行也按同样的方式重新排列。位置编码把顺序补了回来。',
        },
      },
      {
        text: { en: 'It changes, because "dog" now stands next to different words.', zh: '会变，因为“dog”旁边的词不一样了。' },
        why: {
          en: '"dog" sees the same four words with the same vectors in both sentences. Nothing in QKᵀ/√dₖ says where a word stands, so its weights and output are the same.',
          zh: '在两句话里，“dog”看到的都是同样四个词、同样的向量。QKᵀ/√dₖ 里没有任何东西说明一个词在哪个位置，所以它的权重和输出都一样。',
        },
      },
      {
        text: { en: 'It changes, because the scores are divided by √dₖ.', zh: '会变，因为分数要除以 √dₖ。' },
        why: {
          en: 'The division scales every score by the same number. It controls how sharp the softmax is, not where the words are.',
          zh: '这个除法把每个分数都缩小同样的倍数。它控制的是 softmax 有多尖锐，与词在哪个位置无关。',
        },
      },
      {
        text: { en: 'It stays the same, but only because of the particular word vectors chosen.', zh: '不变，但那只是因为恰好选了这样的词向量。' },
        why: {
          en: 'It holds for any word vectors and any projections: Attention(ΠXW_q, ΠXW_k, ΠXW_v) = Π·Attention(XW_q, XW_k, XW_v) for every reordering Π.',
          zh: '对任何词向量、任何投影矩阵都成立：对每一种重排 Π，都有 Attention(ΠXW_q, ΠXW_k, ΠXW_v) = Π·Attention(XW_q, XW_k, XW_v)。',
        },
      },
    ],
    hints: [
      { en: 'Look at the formula softmax(QKᵀ/√dₖ)V: where in it does a token\'s position appear?', zh: '看看公式 softmax(QKᵀ/√dₖ)V：词元的位置出现在哪里？' },
      { en: 'Both sentences hold the same set of word vectors; only their order differs.', zh: '两句话里是同一组词向量，只是顺序不同。' },
    ],
    solution: {
      en: 'Without positions, attention treats its input as a set: "dog" gets the same output in both sentences, and so does every other word. Adding a position vector to each token, xₜ + pₜ, lets the model tell who bit whom.',
      zh: '没有位置信息时，注意力把输入当作一个集合：“dog”在两句话里的输出相同，其他每个词也一样。给每个词元加上位置向量 xₜ + pₜ，模型才分得清是谁咬了谁。',
    },
  },
  {
    id: 'why-scale',
    kind: 'choice',
    title: { en: 'Why divide by √dₖ', zh: '为什么除以 √dₖ' },
    prompt: {
      en: 'Attention divides the scores QKᵀ by √dₖ before the softmax. Why?',
      zh: '注意力在 softmax 之前把分数 QKᵀ 除以 √dₖ。为什么？',
    },
    options: [
      {
        text: {
          en: 'Dot products of longer vectors are larger, about √dₖ in size; unscaled, the softmax becomes nearly one-hot and the other keys get almost no gradient.',
          zh: '向量越长，点积越大，典型大小约为 √dₖ；不缩放的话，softmax 几乎变成独热，其他键几乎得不到梯度。',
        },
        correct: true,
        why: {
          en: 'Right: with unit-variance entries a dot product has variance dₖ. Dividing by √dₖ keeps the scores near unit size whatever dₖ is, so the weights stay soft and training keeps moving.',
          zh: '对：各分量方差为 1 时，点积的方差是 dₖ。除以 √dₖ 之后，不论 dₖ 是多少，分数都保持在 1 左右的量级，权重不会太尖锐，训练也不会停滞。',
        },
      },
      {
        text: { en: 'So that each row of weights adds up to 1.', zh: '为了让每一行权重加起来等于 1。' },
        why: {
          en: 'The softmax already makes every row add up to 1, whatever the scores. The division only changes how sharp the weights are.',
          zh: '不管分数是多少，softmax 本来就让每一行加起来等于 1。这个除法只改变权重有多尖锐。',
        },
      },
      {
        text: { en: 'So that a token cannot attend to later tokens.', zh: '为了让词元看不到后面的词元。' },
        why: {
          en: 'That is the causal mask: it sets the scores of later positions to −∞. Dividing by √dₖ treats every position alike.',
          zh: '那是因果掩码的作用：它把后面各位置的分数设成 −∞。除以 √dₖ 对所有位置一视同仁。',
        },
      },
      {
        text: { en: 'To make the computation faster.', zh: '为了让计算更快。' },
        why: {
          en: 'It adds a division rather than saving work. Its purpose is numerical: keeping the softmax out of saturation.',
          zh: '它多了一次除法，并没有省下计算。它的目的在数值上：让 softmax 不至于饱和。',
        },
      },
    ],
    hints: [
      { en: 'How does the typical size of a dot product grow with the length dₖ of the vectors?', zh: '点积的典型大小怎样随向量长度 dₖ 增长？' },
      { en: 'What does softmax do to scores that are far apart, such as [8, −5, 3]?', zh: '对相差很大的分数，比如 [8, −5, 3]，softmax 会得到什么？' },
    ],
    solution: {
      en: `With dₖ = ${fmt(inputs.bigD, 0)}, raw scores are about √${fmt(inputs.bigD, 0)} = ${fmt(Math.sqrt(inputs.bigD), 0)} in size and softmax puts nearly all the weight on one key. Divided by √dₖ, the scores are near unit size and every key keeps a share of the weight and of the gradient.`,
      zh: `当 dₖ = ${fmt(inputs.bigD, 0)} 时，原始分数的大小约为 √${fmt(inputs.bigD, 0)} = ${fmt(Math.sqrt(inputs.bigD), 0)}，softmax 几乎把全部权重压在一个键上。除以 √dₖ 之后，分数在 1 左右的量级，每个键都分到一份权重，也保住了梯度。`,
    },
  },
  {
    id: 'write-attention',
    kind: 'code',
    title: { en: 'Write attention', zh: '写出注意力' },
    prompt: {
      en: 'Open the exercise in the editor and finish `attention(Q, K, V)` with tensors: softmax(QKᵀ/√dₖ)·V, where dₖ is the number of columns of Q and K. The check calls it with shapes you have not seen: more keys than queries, and values of another width.',
      zh: '在编辑器里打开这道练习，用张量完成 `attention(Q, K, V)`：softmax(QKᵀ/√dₖ)·V，其中 dₖ 是 Q 和 K 的列数。检查会用你没见过的形状调用它：键比查询多，值的宽度也不一样。',
    },
    starter: 'write-attention.ts',
    solutionFile: 'write-attention.solution.ts',
    checker: `
const cases = [
  { Q: [[1, 0, 2], [0, 1, -1]], K: [[1, 1, 0], [0, 2, 1], [-1, 0, 1], [2, 0, 0]], V: [[1, 0], [0, 1], [2, 2], [-1, 3]] },
  { Q: [[0.5, -1, 0, 2], [1, 1, 1, 1], [0, 0, 1, 0]], K: [[1, 0, 0, 1], [0, 1, 1, 0], [2, -1, 0, 0]], V: [[1, 2, 3], [0, -1, 1], [2, 0, 0]] },
];
function expectedAttention(Q, K, V) {
  const dk = Q[0].length;
  return Q.map((q) => {
    const scores = K.map((k) => k.reduce((s, kj, j) => s + kj * q[j], 0) / Math.sqrt(dk));
    const max = Math.max(...scores);
    const e = scores.map((s) => Math.exp(s - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return V[0].map((_, c) => e.reduce((s, ej, j) => s + (ej / sum) * V[j][c], 0));
  });
}
check.that({ en: 'attention is a function', zh: 'attention 是一个函数' }, typeof attention === 'function');
for (const { Q, K, V } of cases) {
  const out = attention(tf.tensor2d(Q), tf.tensor2d(K), tf.tensor2d(V));
  check.equal({ en: 'output shape for ' + Q.length + ' queries, ' + K.length + ' keys', zh: Q.length + ' 个查询、' + K.length + ' 个键时的输出形状' }, out.shape, [Q.length, V[0].length]);
  const got = await out.array();
  check.close({ en: 'output values, dₖ = ' + Q[0].length, zh: '输出的数值，dₖ = ' + Q[0].length }, got.flat(), expectedAttention(Q, K, V).flat(), 1e-4);
}
`,
    hints: [
      { en: 'dₖ is `Q.shape[1]`; divide the scores by `Math.sqrt(dk)`.', zh: 'dₖ 就是 `Q.shape[1]`；把分数除以 `Math.sqrt(dk)`。' },
      { en: '`tf.softmax(x)` works along the last axis, so on each row; then `tf.matMul(weights, V)` averages the values.', zh: '`tf.softmax(x)` 沿最后一个轴计算，也就是逐行；然后用 `tf.matMul(weights, V)` 对值求加权平均。' },
    ],
    solution: {
      en: 'Scale, softmax per row, then multiply by V: `tf.matMul(tf.softmax(scores.div(Math.sqrt(dk))), V)`. On the lesson\'s four tokens this gives the output matrix the lesson computes, and each row of the weights adds up to 1.',
      zh: '缩放、逐行 softmax，再乘以 V：`tf.matMul(tf.softmax(scores.div(Math.sqrt(dk))), V)`。在课文的四个词元上，它给出的正是课文算出的输出矩阵，权重的每一行加起来都等于 1。',
    },
  },
]);
