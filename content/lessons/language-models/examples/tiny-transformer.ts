// A character-level language model trained in your browser on this course's
// own text (data/corpus.txt, shipped with the app): a tiny transformer, one
// attention layer, that reads 24 characters and predicts, at every position,
// the next one. Its loss is compared with two counting baselines, then the
// one trained model writes with several sampling settings.
// zh: 一个字符级语言模型，在你的浏览器里用本课程自己的文字（data/corpus.txt，随应用
// zh: 一起提供）训练：一个微型 Transformer，只有一层注意力，读入 24 个字符，在每个位置上
// zh: 预测下一个字符。它的损失要和两条基于计数的基线比较，然后用这一个训练好的模型，
// zh: 按几种采样设置分别写一段文字。

const temperature = lab.control('temperature', { value: 0.8, min: 0.1, max: 1.5, step: 0.1 });
//zh> const temperature = lab.control('温度', { value: 0.8, min: 0.1, max: 1.5, step: 0.1 });
const topK = lab.control('top-k (0 = off)', { value: 0, min: 0, max: 20, step: 1 });
//zh> const topK = lab.control('top-k（0 = 关闭）', { value: 0, min: 0, max: 20, step: 1 });
const topP = lab.control('top-p (1 = off)', { value: 1, min: 0.5, max: 1, step: 0.05 });
//zh> const topP = lab.control('top-p（1 = 关闭）', { value: 1, min: 0.5, max: 1, step: 0.05 });
const rng = lab.random();

// 1. The text and its vocabulary: every distinct character gets an index.
// zh: 1. 文本和它的词表：每个不同的字符分到一个编号。
const text = await lab.fetchText('data/corpus.txt');
const chars = [...new Set(text)].sort();
const index = new Map(chars.map((c, i) => [c, i]));
const V = chars.length;
const ids = Array.from(text, (c) => index.get(c) ?? 0);
lab.print(`${text.length} characters of text, a vocabulary of ${V}.`);
//zh> lab.print(`文本共 ${text.length} 个字符，词表大小为 ${V}。`);

// 2. Baselines counted on the same text, in nats per character:
//    uniform guessing ln V; letter frequencies (unigram) −Σ P(c) ln P(c);
//    letter pairs (bigram) −mean ln P(next | previous), P from the text's own pair counts.
// zh: 2. 在同一段文本上计数得到的基线，单位是每字符奈特：
// zh:    均匀猜测 ln V；字母频率（一元语法）−Σ P(c) ln P(c)；
// zh:    字母对（二元语法）−ln P(下一个 | 前一个) 的平均值，P 由这段文本自己的字母对计数得出。
const unigramCounts = new Array<number>(V).fill(0);
const pairCounts = Array.from({ length: V }, () => new Array<number>(V).fill(0));
ids.forEach((c, t) => {
  unigramCounts[c] = (unigramCounts[c] ?? 0) + 1;
  const next = ids[t + 1];
  const row = pairCounts[c];
  if (next !== undefined && row) row[next] = (row[next] ?? 0) + 1;
});
const unigram = -unigramCounts.reduce((s, n) => (n > 0 ? s + (n / ids.length) * Math.log(n / ids.length) : s), 0);
let pairLogSum = 0;
for (const row of pairCounts) {
  const total = row.reduce((s, n) => s + n, 0);
  for (const n of row) if (n > 0) pairLogSum += n * Math.log(n / total);
}
const bigram = -pairLogSum / (ids.length - 1);
lab.print(`Baselines: uniform ${Math.log(V).toFixed(2)}, unigram ${unigram.toFixed(2)}, bigram ${bigram.toFixed(2)} nats per character.`);
//zh> lab.print(`基线：均匀猜测 ${Math.log(V).toFixed(2)}，一元语法 ${unigram.toFixed(2)}，二元语法 ${bigram.toFixed(2)}（单位：奈特/字符）。`);

// 3. Parameters. d = 32 numbers per position; one attention head; an MLP of 4·d.
// zh: 3. 参数。每个位置 d = 32 个数；一个注意力头；一个宽 4·d 的 MLP。
const T = 24;
const d = 32;
let seed = lab.seed;
const param = (shape: number[], std: number) => tf.variable(tf.randomNormal(shape, 0, std, 'float32', seed++));
const E = param([V, d], 0.1); // token embedding // zh: 词元嵌入
const P = param([T, d], 0.1); // position embedding: attention alone cannot tell positions apart // zh: 位置嵌入：单靠注意力分不清各个位置
const Wq = param([d, d], 1 / Math.sqrt(d));
const Wk = param([d, d], 1 / Math.sqrt(d));
const Wv = param([d, d], 1 / Math.sqrt(d));
const Wo = param([d, d], 1 / Math.sqrt(d));
const W1 = param([d, 4 * d], 1 / Math.sqrt(d));
const b1 = tf.variable(tf.zeros([4 * d]));
const W2 = param([4 * d, d], 1 / Math.sqrt(4 * d));
const Wout = param([d, V], 1 / Math.sqrt(d));
const bout = tf.variable(tf.zeros([V]));
// Causal mask: −∞ (well, −10⁹) above the diagonal, so position t sees only positions ≤ t.
// zh: 因果掩码：对角线以上是 −∞（其实是 −10⁹），于是位置 t 只能看到位置 ≤ t。
const mask = tf.linalg.bandPart(tf.ones([T, T]), 0, -1).sub(tf.eye(T)).mul(-1e9);

const proj = (x: tf.Tensor3D, w: tf.Tensor) => {
  const [b, t, n] = x.shape;
  return x.reshape([b * t, n]).matMul(w as tf.Tensor2D).reshape([b, t, w.shape[1] ?? 0]) as tf.Tensor3D;
};
// Layer normalisation: each position's 32 numbers rescaled to mean 0, variance 1.
// zh: 层规范化：把每个位置的 32 个数重新缩放到均值 0、方差 1。
const norm = (x: tf.Tensor3D) => {
  const { mean, variance } = tf.moments(x, -1, true);
  return x.sub(mean).div(variance.add(1e-5).sqrt()) as tf.Tensor3D;
};

// Logits for the next character at every position: [batch, T, V].
// zh: 每个位置上下一个字符的 logit：[batch, T, V]。
function forward(batch: tf.Tensor2D): tf.Tensor3D {
  let x = tf.gather(E, batch).add(P) as tf.Tensor3D; // [b, T, d]: what each character is + where it is // zh: [b, T, d]：每个字符是什么 + 它在哪里
  const h = norm(x);
  const q = proj(h, Wq);
  const k = proj(h, Wk);
  const v = proj(h, Wv);
  const weights = tf.softmax(tf.matMul(q, k, false, true).div(Math.sqrt(d)).add(mask)); // [b, T, T] // zh: [b, T, T]
  x = x.add(proj(tf.matMul(weights, v) as tf.Tensor3D, Wo)) as tf.Tensor3D; // attention, with a residual connection // zh: 注意力，带残差连接
  x = x.add(proj(proj(norm(x), W1).add(b1).relu() as tf.Tensor3D, W2)) as tf.Tensor3D; // feed-forward network, residual // zh: 前馈网络，带残差连接
  return proj(norm(x), Wout).add(bout) as tf.Tensor3D;
}

// 4. Train on random 25-character slices: input = first 24, target = the same shifted by one.
// zh: 4. 在随机截取的 25 个字符的片段上训练：输入是前 24 个，目标是同样的片段错后一位。
const steps = Math.max(3, Math.round(300 * lab.scale));
const batchSize = 16;
// Adam through lab.optimizer: tfjs's own update rule; on WebGPU one fused GPU dispatch
// updates all eleven weight tensors, where tf.train.adam takes about ten per tensor.
// zh: 用 lab.optimizer 做 Adam：更新规则与 tfjs 的相同；在 WebGPU 上，一次融合的 GPU 调度
// zh: 就更新全部十一个权重张量，而 tf.train.adam 每个张量大约要十次。
const optimizer = lab.optimizer({ variables: [E, P, Wq, Wk, Wv, Wo, W1, b1, W2, Wout, bout], optimizer: 'adam', learningRate: 0.01 });
const slices = (starts: number[], shift: number) => tf.tensor2d(starts.map((s) => ids.slice(s + shift, s + shift + T)), [starts.length, T], 'int32');
// The losses stay on the GPU and are read back ten steps at a time: a read waits
// until the GPU has finished everything queued, so reading every step would stall it every step.
// zh: 损失留在 GPU 上，每十步一起读回：读回要等 GPU 做完排队的全部工作，
// zh: 每步都读，就会每步都让它停下来等。
const unread: tf.Scalar[] = [];
for (let step = 1; step <= steps; step++) {
  const starts = Array.from({ length: batchSize }, () => rng.int(0, ids.length - T - 2));
  const input = slices(starts, 0);
  const target = tf.tidy(() => tf.oneHot(slices(starts, 1), V));
  // Mean cross-entropy per character, in nats; perplexity = e^loss.
  // zh: 每个字符的平均交叉熵，单位是奈特；困惑度 = e^损失。
  unread.push(optimizer.minimize(() => tf.losses.softmaxCrossEntropy(target, forward(input)) as tf.Scalar));
  tf.dispose([input, target]);
  lab.progress({ epoch: 1, epochs: 1, batch: step, batches: steps });
  if (unread.length === 10 || step === steps) {
    const stacked = tf.stack(unread);
    const losses = await stacked.data();
    tf.dispose([stacked, ...unread]);
    const first = step - unread.length + 1;
    unread.length = 0;
    losses.forEach((loss, i) => lab.chart('loss', 'training (nats per character)', first + i, loss));
//zh>     losses.forEach((loss, i) => lab.chart('损失', '训练（奈特/字符）', first + i, loss));
  }
}
// The baselines as flat lines across the loss chart.
// zh: 把两条基线画成横贯损失图的水平线。
for (const x of [1, steps]) {
  lab.chart('loss', 'unigram baseline', x, unigram);
//zh>   lab.chart('损失', '一元语法基线', x, unigram);
  lab.chart('loss', 'bigram baseline', x, bigram);
//zh>   lab.chart('损失', '二元语法基线', x, bigram);
}

// 5. Measure the trained model on 64 fixed windows spread through the text
//    (the same text the baselines were counted on), instead of one noisy batch.
// zh: 5. 在均匀分布于全文的 64 个固定窗口上衡量训练好的模型（基线也是在这段文本上
// zh:    计数的），而不是只看一个噪声很大的批量。
const evalStarts = Array.from({ length: 64 }, (_, i) => Math.floor((i * (ids.length - T - 2)) / 64));
const evalLossTensor = tf.tidy(() => tf.losses.softmaxCrossEntropy(tf.oneHot(slices(evalStarts, 1), V), forward(slices(evalStarts, 0))));
const evalLoss = (await evalLossTensor.data())[0] ?? NaN;
const verdict = evalLoss < bigram ? 'below the bigram baseline' : evalLoss < unigram ? 'between the unigram and bigram baselines' : 'above the unigram baseline';
//zh> const verdict = evalLoss < bigram ? '低于二元语法基线' : evalLoss < unigram ? '介于一元语法基线和二元语法基线之间' : '高于一元语法基线';
lab.print(`After ${steps} steps: loss ${evalLoss.toFixed(3)} nats per character (perplexity ${Math.exp(evalLoss).toFixed(2)}), ${verdict}.`);
//zh> lab.print(`训练 ${steps} 步后：损失为每字符 ${evalLoss.toFixed(3)} 奈特（困惑度 ${Math.exp(evalLoss).toFixed(2)}），${verdict}。`);

// 6. Write. Each setting turns the last position's logits z into probabilities:
//    softmax(z / temperature), then optionally keep only the top-k tokens, or the
//    fewest likeliest whose probabilities add up to top-p, renormalized. All the
//    settings are sampled side by side from the same trained model, one batch per character.
// zh: 6. 生成文字。每种设置都把最后一个位置的 logit z 变成概率：先算 softmax(z / 温度)，
// zh:    再视情况只保留概率最高的 top-k 个词元，或者只保留累计概率达到 top-p 的最少几个
// zh:    最可能的词元，然后重新归一化。所有设置都从同一个训练好的模型并排采样，每个字符一个批量。
interface Setting { readonly name: string; readonly temperature: number; readonly topK: number; readonly topP: number }
const settings: Setting[] = [
  { name: 'cold: temperature 0.3', temperature: 0.3, topK: 0, topP: 1 },
//zh>   { name: '低温：温度 0.3', temperature: 0.3, topK: 0, topP: 1 },
  { name: 'hot: temperature 1.3', temperature: 1.3, topK: 0, topP: 1 },
//zh>   { name: '高温：温度 1.3', temperature: 1.3, topK: 0, topP: 1 },
  { name: 'hot, top-p 0.8', temperature: 1.3, topK: 0, topP: 0.8 },
//zh>   { name: '高温，top-p 0.8', temperature: 1.3, topK: 0, topP: 0.8 },
  { name: `yours: temperature ${temperature}, top-k ${topK || 'off'}, top-p ${topP < 1 ? topP : 'off'}`, temperature, topK, topP },
//zh>   { name: `你的设置：温度 ${temperature}，top-k ${topK || '关闭'}，top-p ${topP < 1 ? topP : '关闭'}`, temperature, topK, topP },
];
function probabilities(logits: number[], s: Setting): number[] {
  const scaled = logits.map((z) => z / s.temperature);
  const max = Math.max(...scaled);
  let p = scaled.map((z) => Math.exp(z - max));
  const order = p.map((_, i) => i).sort((a, b) => (p[b] ?? 0) - (p[a] ?? 0) || a - b); // likeliest first // zh: 最可能的排在前面
  const total = p.reduce((a, b) => a + b, 0);
  let keep = s.topK > 0 ? s.topK : V;
  if (s.topP < 1) {
    let running = 0;
    let n = 0;
    while (n < order.length && running < s.topP * total - 1e-12) running += p[order[n++] ?? 0] ?? 0;
    keep = Math.min(keep, Math.max(1, n));
  }
  const kept = new Set(order.slice(0, keep));
  p = p.map((v, i) => (kept.has(i) ? v : 0));
  const sum = p.reduce((a, b) => a + b, 0);
  return p.map((v) => v / sum);
}
const prompt = 'the model ';
const outputs = settings.map(() => prompt);
// Surprise: −ln P(chosen character) under the model itself at temperature 1, summed per sample.
// zh: 意外度：模型自己在温度 1 下给所选字符的 −ln P，每个样本各自累加。
const surprise = settings.map(() => 0);
const length = Math.max(5, Math.min(200, Math.round(400 * lab.scale))); // 200 characters (shorter at test scales below 0.5) // zh: 200 个字符（测试用的规模低于 0.5 时更短）
for (let n = 0; n < length; n++) {
  const windows = outputs.map((out) => Array.from(out.slice(-T).padStart(T, ' '), (c) => index.get(c) ?? 0));
  const last = tf.tidy(() => forward(tf.tensor2d(windows, [windows.length, T], 'int32')).slice([0, T - 1, 0], [windows.length, 1, V]).reshape([windows.length, V]));
  const logits = (await last.array()) as number[][];
  last.dispose();
  settings.forEach((s, b) => {
    const p = probabilities(logits[b] ?? [], s);
    // Inverse-CDF sampling: walk the running total until it passes a uniform draw.
    // zh: 逆累积分布采样：累加概率，直到超过一个均匀分布的随机数。
    let r = rng.next();
    let choice = p.findIndex((v) => (r -= v) < 0);
    if (choice < 0) choice = p.reduce((last, v, i) => (v > 0 ? i : last), 0); // r within rounding of 1: the last possible character // zh: r 与 1 只差舍入误差：取最后一个可能的字符
    outputs[b] = (outputs[b] ?? '') + (chars[choice] ?? ' ');
    const z = logits[b] ?? [];
    const max = Math.max(...z);
    const logSum = max + Math.log(z.reduce((a, v) => a + Math.exp(v - max), 0));
    surprise[b] = (surprise[b] ?? 0) + logSum - (z[choice] ?? 0);
  });
}
settings.forEach((s, b) => lab.print(`Sample, ${s.name}:\n${outputs[b]}`));
//zh> settings.forEach((s, b) => lab.print(`样本，${s.name}：\n${outputs[b]}`));
// Two measures per sample: variety (distinct three-letter pieces) and how surprised the model is by its own text.
// zh: 每个样本两项度量：多样性（不同的三字母片段数）和模型对自己写出的文字有多意外。
const pieces = (sample: string) => new Set(Array.from({ length: sample.length - 2 }, (_, i) => sample.slice(i, i + 3))).size;
lab.table(settings.map((s, b) => ({
  'setting': s.name,
//zh>   '设置': s.name,
  'distinct 3-letter pieces': pieces((outputs[b] ?? '').slice(prompt.length)),
//zh>   '不同的三字母片段数': pieces((outputs[b] ?? '').slice(prompt.length)),
  'surprise (nats per character)': Number(((surprise[b] ?? 0) / length).toFixed(3)),
//zh>   '意外度（奈特/字符）': Number(((surprise[b] ?? 0) / length).toFixed(3)),
})));
lab.metrics({ loss: evalLoss, perplexity: Math.exp(evalLoss), unigram, bigram, steps, vocabulary: V });

export {};
