// CLIP's contrastive loss (symmetric InfoNCE) for a batch of n matched pairs.
// similarities[i][j] is the similarity of picture i and caption j; divided by
// the temperature τ they are logits. Picture i must pick caption i along row i,
// caption i must pick picture i along column i: the loss is the mean of the 2n
// cross-entropies −ln softmax(…)ᵢ.
// zh: CLIP 的对比损失（对称的 InfoNCE），用于一个有 n 对配对的批量。
// zh: similarities[i][j] 是图片 i 与说明 j 的相似度；除以温度 τ 就是 logit。
// zh: 图片 i 要沿第 i 行挑出说明 i，说明 i 要沿第 i 列挑出图片 i：
// zh: 损失是这 2n 个交叉熵 −ln softmax(…)ᵢ 的平均。
function infoNce(similarities: number[][], tau: number): number {
  const logits = similarities.map((row) => row.map((s) => s / tau));
  const n = logits.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    // Your code here: picture i's cross-entropy, −ln softmax(row i of logits) at position i…
    // zh: 在这里写代码：图片 i 的交叉熵，即 softmax(logits 的第 i 行) 在第 i 个位置上的值取 −ln……
    const pictureTerm = 0;
    // …and caption i's, the same along column i of logits.
    // zh: ……以及说明 i 的交叉熵，沿 logits 的第 i 列同样计算。
    const captionTerm = 0;
    total += pictureTerm + captionTerm;
  }
  return total / (2 * n);
}

// The lesson's worked batch of three pairs, τ = 0.1: compare with the loss the lesson gives.
// zh: 课文里手算的三对批量，τ = 0.1：和课文给出的损失比一比。
lab.print(infoNce([[0.8, 0.6, 0], [0.96, 1, 0], [0.36, 0.48, 0.8]], 0.1));
