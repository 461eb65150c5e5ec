// Top-p (nucleus) sampling: keep the fewest likeliest tokens whose
// probabilities add up to at least p, set the rest to 0, renormalize.
// zh: top-p（核采样）：保留最少的几个最可能的词元，使它们的概率之和至少达到 p，
// zh: 其余的设为 0，再重新归一化。
function topP(probabilities: number[], p: number): number[] {
  // Token indices, likeliest first.
  // zh: 词元的下标，最可能的排在前面。
  const order = probabilities.map((_, i) => i).sort((a, b) => (probabilities[b] ?? 0) - (probabilities[a] ?? 0));
  // Add up the likeliest probabilities until the total reaches p.
  // zh: 从最可能的开始累加概率，直到总和达到 p。
  let count = 0;
  let total = 0;
  while (count < order.length && total < p) {
    total += probabilities[order[count] ?? 0] ?? 0;
    count++;
  }
  const kept = new Set(order.slice(0, count));
  return probabilities.map((q, i) => (kept.has(i) ? q / total : 0));
}

lab.print(topP([0.6, 0.25, 0.1, 0.05], 0.8));
