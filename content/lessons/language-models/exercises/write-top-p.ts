// Top-p (nucleus) sampling: keep the fewest likeliest tokens whose
// probabilities add up to at least p, set the rest to 0, renormalize.
// zh: top-p（核采样）：保留最少的几个最可能的词元，使它们的概率之和至少达到 p，
// zh: 其余的设为 0，再重新归一化。
function topP(probabilities: number[], p: number): number[] {
  // Token indices, likeliest first.
  // zh: 词元的下标，最可能的排在前面。
  const order = probabilities.map((_, i) => i).sort((a, b) => (probabilities[b] ?? 0) - (probabilities[a] ?? 0));
  // How many of the likeliest tokens to keep. This first try keeps a share p of the
  // tokens, which is not top-p. Your code here: count the likeliest tokens until
  // their probabilities add up to at least p.
  // zh: 保留几个最可能的词元。这个初稿保留的是 p 这个比例的词元个数，这不是 top-p。
  // zh: 在这里写代码：从最可能的词元数起，直到它们的概率之和至少达到 p。
  const count = Math.ceil(p * order.length);
  const kept = new Set(order.slice(0, count));
  // Your code here too: divide each kept probability by their total, so they add up to 1.
  // zh: 这里也要写：把每个保留下来的概率除以它们的总和，使它们加起来等于 1。
  return probabilities.map((q, i) => (kept.has(i) ? q : 0));
}

// The first two add up to 0.85, at least 0.8: they are kept and become about [0.706, 0.294, 0, 0].
// zh: 前两个加起来是 0.85，已达到 0.8：保留它们，结果约为 [0.706, 0.294, 0, 0]。
lab.print(topP([0.6, 0.25, 0.1, 0.05], 0.8));
