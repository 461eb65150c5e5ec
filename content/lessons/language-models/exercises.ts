/**
 * Exercises of "Sequence models and language models": every answer is
 * computed here with the course's own math (src/math: bpe, sampling,
 * softmax), never typed in.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtVector } from '../../../src/format/prose';
import { trainBpe } from '../../../src/math/bpe';
import { topP, withTemperature } from '../../../src/math/sampling';

const at = (values: readonly number[], k: number) => values[k] ?? Number.NaN;

// Perplexity = e^loss (loss in nats per token).
const loss = 1.2;
const perplexity = Math.exp(loss);

// Temperature: softmax(z / τ).
const logits = [3, 1, 0];
const tau = 2;
const scaled = logits.map((z) => z / tau);
const hot = withTemperature(logits, tau);
const plain = withTemperature(logits, 1);

// BPE: two merges learned from one short sentence.
const bpeText = 'the cat sat on the mat';
const bpe = trainBpe(bpeText, 2);
const [firstMerge, secondMerge] = bpe.merges;
const mergeName = (m: readonly [string, string] | undefined) => (m ? `${m[0]}+${m[1]}` : '?');
const tokens0 = at(bpe.tokenCounts, 0);
const tokens1 = at(bpe.tokenCounts, 1);
const tokens2 = at(bpe.tokenCounts, 2);

// Top-p in the starter's example.
const starterProbs = [0.6, 0.25, 0.1, 0.05];
const starterP = 0.8;

export const exercises = defineExercises([
  {
    id: 'perplexity',
    kind: 'number',
    title: { en: 'From loss to perplexity', zh: '从损失到困惑度' },
    prompt: {
      en: `On held-out text, a character-level language model has a loss of ${fmt(loss, 1)} nats per character. What is its perplexity? Answer to two decimals.`,
      zh: `在预留的文本上，一个字符级语言模型的损失是每字符 ${fmt(loss, 1)} 奈特。它的困惑度是多少？保留两位小数。`,
    },
    answer: perplexity,
    tolerance: 0.006,
    hints: [
      { en: 'Perplexity undoes the logarithm in the loss.', zh: '困惑度把损失里的对数还原回去。' },
      { en: `Perplexity = e^loss: compute e^${fmt(loss, 1)}.`, zh: `困惑度 = e^损失：算一算 e^${fmt(loss, 1)}。` },
    ],
    solution: {
      en: `e^${fmt(loss, 1)} ≈ **${fmt(perplexity, 2)}**: the model is as unsure as if it chose uniformly among about ${fmt(perplexity, 1)} characters.`,
      zh: `e^${fmt(loss, 1)} ≈ **${fmt(perplexity, 2)}**：模型的犹豫程度，相当于在大约 ${fmt(perplexity, 1)} 个字符里均匀地随机挑一个。`,
    },
  },
  {
    id: 'temperature',
    kind: 'number',
    title: { en: 'A hotter softmax', zh: '温度更高的 softmax' },
    prompt: {
      en: `A language model gives the logits ${fmtVector(logits, 0)} for three tokens. You sample at temperature τ = ${fmt(tau, 0)}. What probability does the **first** token get? Answer to three decimals.`,
      zh: `一个语言模型给三个词元的 logit 是 ${fmtVector(logits, 0)}。你以温度 τ = ${fmt(tau, 0)} 采样。**第一个**词元的概率是多少？保留三位小数。`,
    },
    answer: at(hot, 0),
    tolerance: 0.0015,
    hints: [
      { en: 'Divide every logit by the temperature, then take the softmax.', zh: '先把每个 logit 除以温度，再做 softmax。' },
      { en: `The scaled logits are ${fmtVector(scaled, 1)}.`, zh: `缩放后的 logit 是 ${fmtVector(scaled, 1)}。` },
      {
        en: `e^${fmt(at(scaled, 0), 1)} ≈ ${fmt(Math.exp(at(scaled, 0)), 2)}; divide it by e^${fmt(at(scaled, 0), 1)} + e^${fmt(at(scaled, 1), 1)} + e^${fmt(at(scaled, 2), 0)}.`,
        zh: `e^${fmt(at(scaled, 0), 1)} ≈ ${fmt(Math.exp(at(scaled, 0)), 2)}；用它除以 e^${fmt(at(scaled, 0), 1)} + e^${fmt(at(scaled, 1), 1)} + e^${fmt(at(scaled, 2), 0)}。`,
      },
    ],
    solution: {
      en: `softmax(${fmtVector(scaled, 1)}) ≈ ${fmtVector(hot, 3)}, so the first token gets **${fmt(at(hot, 0), 3)}**, down from ${fmt(at(plain, 0), 3)} at τ = 1: a temperature above 1 flattens the distribution.`,
      zh: `softmax(${fmtVector(scaled, 1)}) ≈ ${fmtVector(hot, 3)}，所以第一个词元的概率是 **${fmt(at(hot, 0), 3)}**，比 τ = 1 时的 ${fmt(at(plain, 0), 3)} 低：温度高于 1 会让分布变平。`,
    },
  },
  {
    id: 'bpe-merges',
    kind: 'number',
    title: { en: 'Two merges by hand', zh: '手算两次合并' },
    prompt: {
      en: `Byte-pair encoding starts from the text \`${bpeText}\` with one token per character: ${fmt(tokens0, 0)} tokens, spaces included. Each word keeps the space before it and merges never cross a word. How many tokens is the text after the first **two** merges?`,
      zh: `字节对编码从文本 \`${bpeText}\` 出发，每个字符一个词元：共 ${fmt(tokens0, 0)} 个词元，空格也算。每个单词带上它前面的空格，合并从不跨越单词。做完最早的**两次**合并后，这段文本有多少个词元？`,
    },
    answer: tokens2,
    tolerance: 0.5,
    unit: { en: 'tokens', zh: '个词元' },
    hints: [
      { en: 'List the pairs of neighbouring characters inside each word and count them: which pair occurs most often?', zh: '列出每个单词内部相邻的字符对并计数：哪一对出现得最多？' },
      {
        en: `The first merge is \`${mergeName(firstMerge)}\`: it occurs ${fmt(tokens0 - tokens1, 0)} times, in cat, sat and mat, so the text drops to ${fmt(tokens1, 0)} tokens.`,
        zh: `第一次合并是 \`${mergeName(firstMerge)}\`：它在 cat、sat、mat 里共出现 ${fmt(tokens0 - tokens1, 0)} 次，所以文本降到 ${fmt(tokens1, 0)} 个词元。`,
      },
      {
        en: `The next most frequent pair is \`${mergeName(secondMerge)}\`, once in each of the two the's.`,
        zh: `接下来最常见的一对是 \`${mergeName(secondMerge)}\`，两个 the 里各出现一次。`,
      },
    ],
    solution: {
      en: `Merging \`${mergeName(firstMerge)}\` saves ${fmt(tokens0 - tokens1, 0)} tokens and \`${mergeName(secondMerge)}\` saves ${fmt(tokens1 - tokens2, 0)}: ${fmt(tokens0, 0)} − ${fmt(tokens0 - tokens1, 0)} − ${fmt(tokens1 - tokens2, 0)} = **${fmt(tokens2, 0)}**. Each merge saves one token per place the pair occurs, which is why the most frequent pair goes first.`,
      zh: `合并 \`${mergeName(firstMerge)}\` 省下 ${fmt(tokens0 - tokens1, 0)} 个词元，合并 \`${mergeName(secondMerge)}\` 再省下 ${fmt(tokens1 - tokens2, 0)} 个：${fmt(tokens0, 0)} − ${fmt(tokens0 - tokens1, 0)} − ${fmt(tokens1 - tokens2, 0)} = **${fmt(tokens2, 0)}**。这一对每出现一处，合并就省下一个词元，所以最常见的那一对最先合并。`,
    },
  },
  {
    id: 'next-token',
    kind: 'choice',
    title: { en: 'Where the next token comes from', zh: '下一个词元从哪里来' },
    prompt: {
      en: 'An article writes a language model as P(wₜ | earlier words) = e^(U·wₜ + V·wₜ₋₁ + …) / Z, as if each earlier word added its own fixed term. How does a neural language model really get the probability of the next token?',
      zh: '一篇文章把语言模型写成 P(wₜ | 前面的词) = e^(U·wₜ + V·wₜ₋₁ + …) / Z，仿佛前面的每个词各自贡献一个固定的项。神经语言模型到底是怎样得到下一个词元的概率的？',
    },
    options: [
      {
        text: {
          en: 'A network reads the whole context and outputs one logit for every token in the vocabulary; a softmax over the entire vocabulary turns them into probabilities.',
          zh: '一个网络读取整个上下文，为词表中的每一个词元输出一个 logit；再由覆盖整个词表的 softmax 把它们变成概率。',
        },
        correct: true,
        why: {
          en: 'Right: z = f_θ(w₁, …, wₜ₋₁) is computed from the context as a whole, so word order and interactions between words can change every logit.',
          zh: '对：z = f_θ(w₁, …, wₜ₋₁) 是从整个上下文算出来的，所以词序和词与词之间的相互作用都能改变每一个 logit。',
        },
      },
      {
        text: { en: 'As the article says: each earlier word adds a fixed term, and Z normalizes the result.', zh: '就像文章说的：前面每个词各加一个固定的项，再用 Z 归一化。' },
        why: {
          en: 'A sum of separate per-word terms cannot express how words interact, such as what "not" does to "good". A network computes the logits from the context together.',
          zh: '把每个词各自的项加起来，表达不了词与词之间的相互作用，比如 “not” 对 “good” 的影响。网络是把上下文放在一起算出 logit 的。',
        },
      },
      {
        text: { en: 'The softmax runs only over the words in the context, so the next token is one of them.', zh: 'softmax 只在上下文里出现过的词上计算，所以下一个词元一定是其中之一。' },
        why: {
          en: 'Then the model could never produce a new word. Every token in the vocabulary gets a logit, and the softmax normalizes over all of them.',
          zh: '那样模型就永远说不出新词了。词表中的每个词元都有一个 logit，softmax 在所有词元上做归一化。',
        },
      },
      {
        text: { en: 'It counts how often each token followed the previous token in the training text.', zh: '它统计训练文本中每个词元跟在前一个词元后面的次数。' },
        why: {
          en: 'That is the bigram counting baseline, which sees only one token of context. A neural model uses the whole context, and only a loss below the bigram line shows it does.',
          zh: '那是二元语法的计数基线，只看前一个词元。神经模型用的是整个上下文；只有损失降到二元语法线以下，才说明它确实用上了。',
        },
      },
    ],
    hints: [
      { en: 'What does the network f_θ take as input, and what does it output?', zh: '网络 f_θ 的输入是什么，输出又是什么？' },
      { en: 'The output is a vector with one entry per vocabulary token, and softmax normalizes it.', zh: '输出是一个向量，词表中每个词元对应一项，再由 softmax 归一化。' },
    ],
    solution: {
      en: 'P(wₜ = v | w₁ … wₜ₋₁) = e^(z_v) / Σ_u e^(z_u) with z = f_θ(w₁, …, wₜ₋₁): logits from a network over the whole context, softmax over the whole vocabulary.',
      zh: 'P(wₜ = v | w₁ … wₜ₋₁) = e^(z_v) / Σ_u e^(z_u)，其中 z = f_θ(w₁, …, wₜ₋₁)：logit 由读取整个上下文的网络给出，softmax 覆盖整个词表。',
    },
  },
  {
    id: 'write-top-p',
    kind: 'code',
    title: { en: 'Write top-p', zh: '写一个 top-p' },
    prompt: {
      en: 'Open the exercise in the editor and finish `topP(probabilities, p)`: keep the fewest likeliest tokens whose probabilities add up to at least p, set the others to 0, and renormalize the kept ones so they add up to 1. The first try in the starter keeps a share p of the tokens instead. The check calls it on distributions you have not seen, not all sorted.',
      zh: '在编辑器里打开这道练习，完成 `topP(probabilities, p)`：保留最少的几个最可能的词元，使它们的概率之和至少达到 p，其余的设为 0，再把保留下来的重新归一化，使它们加起来等于 1。起始代码里的初稿保留的却是 p 这个比例的词元个数。检查会用你没见过的分布调用它，而且不一定排好了序。',
    },
    starter: 'write-top-p.ts',
    solutionFile: 'write-top-p.solution.ts',
    checker: `
const cases = [
  { probs: [0.1, 0.5, 0.15, 0.25], p: 0.7 },
  { probs: [0.05, 0.05, 0.9], p: 0.5 },
  { probs: [0.3, 0.2, 0.25, 0.15, 0.1], p: 0.85 },
  { probs: [0.2, 0.3, 0.5], p: 0.1 },
  { probs: [0.35, 0.4, 0.25], p: 0.95 },
];
function expectedTopP(probs, p) {
  const order = probs.map((_, i) => i).sort((a, b) => probs[b] - probs[a] || a - b);
  const kept = [];
  let total = 0;
  for (const i of order) {
    kept.push(i);
    total += probs[i];
    if (total >= p - 1e-12) break;
  }
  return probs.map((q, i) => (kept.includes(i) ? q / total : 0));
}
check.that({ en: 'topP is a function', zh: 'topP 是一个函数' }, typeof topP === 'function');
for (const { probs, p } of cases) {
  const label = 'topP(' + JSON.stringify(probs) + ', ' + p + ')';
  check.close({ en: label, zh: label }, topP([...probs], p), expectedTopP(probs, p), 1e-6);
}
`,
    hints: [
      { en: 'Top-p counts probability, not tokens: walk down `order`, adding each token\'s probability to a running total, and stop as soon as the total reaches p.', zh: 'top-p 数的是概率，不是词元个数：沿着 `order` 往下走，把每个词元的概率加到累计总和上，总和一达到 p 就停下。' },
      { en: 'Replace the `count` line with `let count = 0; let total = 0;` and the loop `while (count < order.length && total < p) { total += probabilities[order[count] ?? 0] ?? 0; count++; }`; then return `q / total` for the kept tokens.', zh: '把 `count` 那一行换成 `let count = 0; let total = 0;` 和循环 `while (count < order.length && total < p) { total += probabilities[order[count] ?? 0] ?? 0; count++; }`；最后对保留的词元返回 `q / total`。' },
    ],
    solution: {
      en: `Sort by probability, keep tokens until their total reaches p, zero the rest and divide the kept ones by their total. For ${fmtVector(starterProbs, 2)} and p = ${fmt(starterP, 1)} the first two add up to ${fmt(at(starterProbs, 0) + at(starterProbs, 1), 2)}, giving ${fmtVector(topP(starterProbs, starterP), 3)}.`,
      zh: `按概率排序，一个个保留，直到总和达到 p；其余设为 0，保留的除以它们的总和。对 ${fmtVector(starterProbs, 2)} 和 p = ${fmt(starterP, 1)}，前两个加起来是 ${fmt(at(starterProbs, 0) + at(starterProbs, 1), 2)}，结果是 ${fmtVector(topP(starterProbs, starterP), 3)}。`,
    },
  },
]);
