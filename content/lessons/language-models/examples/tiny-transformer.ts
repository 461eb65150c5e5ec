// A character-level language model trained in your browser on this course's
// own text (data/corpus.txt, shipped with the app): a tiny transformer, one
// attention layer, that reads 24 characters and predicts, at every position,
// the next one. Its loss is compared with two counting baselines, then the
// one trained model writes with several sampling settings.

const temperature = lab.control('temperature', { value: 0.8, min: 0.1, max: 1.5, step: 0.1 });
const topK = lab.control('top-k (0 = off)', { value: 0, min: 0, max: 20, step: 1 });
const topP = lab.control('top-p (1 = off)', { value: 1, min: 0.5, max: 1, step: 0.05 });
const rng = lab.random();

// 1. The text and its vocabulary: every distinct character gets an index.
const text = await lab.fetchText('data/corpus.txt');
const chars = [...new Set(text)].sort();
const index = new Map(chars.map((c, i) => [c, i]));
const V = chars.length;
const ids = Array.from(text, (c) => index.get(c) ?? 0);
lab.print(`${text.length} characters of text, a vocabulary of ${V}.`);

// 2. Baselines counted on the same text, in nats per character:
//    uniform guessing ln V; letter frequencies (unigram) −Σ P(c) ln P(c);
//    letter pairs (bigram) −mean ln P(next | previous), P from the text's own pair counts.
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

// 3. Parameters. d = 32 numbers per position; one attention head; an MLP of 4·d.
const T = 24;
const d = 32;
let seed = lab.seed;
const param = (shape: number[], std: number) => tf.variable(tf.randomNormal(shape, 0, std, 'float32', seed++));
const E = param([V, d], 0.1); // token embedding
const P = param([T, d], 0.1); // position embedding: attention alone cannot tell positions apart
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
const mask = tf.linalg.bandPart(tf.ones([T, T]), 0, -1).sub(tf.eye(T)).mul(-1e9);

const proj = (x: tf.Tensor3D, w: tf.Tensor) => {
  const [b, t, n] = x.shape;
  return x.reshape([b * t, n]).matMul(w as tf.Tensor2D).reshape([b, t, w.shape[1] ?? 0]) as tf.Tensor3D;
};
// Layer normalisation: each position's 32 numbers rescaled to mean 0, variance 1.
const norm = (x: tf.Tensor3D) => {
  const { mean, variance } = tf.moments(x, -1, true);
  return x.sub(mean).div(variance.add(1e-5).sqrt()) as tf.Tensor3D;
};

/** Logits for the next character at every position: [batch, T, V]. */
function forward(batch: tf.Tensor2D): tf.Tensor3D {
  let x = tf.gather(E, batch).add(P) as tf.Tensor3D; // [b, T, d]: what each character is + where it is
  const h = norm(x);
  const q = proj(h, Wq);
  const k = proj(h, Wk);
  const v = proj(h, Wv);
  const weights = tf.softmax(tf.matMul(q, k, false, true).div(Math.sqrt(d)).add(mask)); // [b, T, T]
  x = x.add(proj(tf.matMul(weights, v) as tf.Tensor3D, Wo)) as tf.Tensor3D; // attention, with a residual connection
  x = x.add(proj(proj(norm(x), W1).add(b1).relu() as tf.Tensor3D, W2)) as tf.Tensor3D; // feed-forward network, residual
  return proj(norm(x), Wout).add(bout) as tf.Tensor3D;
}

// 4. Train on random 25-character slices: input = first 24, target = the same shifted by one.
const steps = Math.max(20, Math.round(300 * lab.scale));
const batchSize = 16;
const optimizer = tf.train.adam(0.01);
const slices = (starts: number[], shift: number) => tf.tensor2d(starts.map((s) => ids.slice(s + shift, s + shift + T)), [starts.length, T], 'int32');
for (let step = 1; step <= steps; step++) {
  const starts = Array.from({ length: batchSize }, () => rng.int(0, ids.length - T - 2));
  const input = slices(starts, 0);
  const target = tf.tidy(() => tf.oneHot(slices(starts, 1), V));
  // Mean cross-entropy per character, in nats; perplexity = e^loss.
  const value = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(target, forward(input)) as tf.Scalar, true) as tf.Scalar;
  const loss = (await value.data())[0] ?? NaN;
  tf.dispose([input, target, value]);
  lab.chart('loss', 'training (nats per character)', step, loss);
  lab.progress({ epoch: 1, epochs: 1, batch: step, batches: steps });
}
// The baselines as flat lines across the loss chart.
for (const x of [1, steps]) {
  lab.chart('loss', 'unigram baseline', x, unigram);
  lab.chart('loss', 'bigram baseline', x, bigram);
}

// 5. Measure the trained model on 64 fixed windows spread through the text
//    (the same text the baselines were counted on), instead of one noisy batch.
const evalStarts = Array.from({ length: 64 }, (_, i) => Math.floor((i * (ids.length - T - 2)) / 64));
const evalLossTensor = tf.tidy(() => tf.losses.softmaxCrossEntropy(tf.oneHot(slices(evalStarts, 1), V), forward(slices(evalStarts, 0))));
const evalLoss = (await evalLossTensor.data())[0] ?? NaN;
const verdict = evalLoss < bigram ? 'below the bigram baseline' : evalLoss < unigram ? 'between the unigram and bigram baselines' : 'above the unigram baseline';
lab.print(`After ${steps} steps: loss ${evalLoss.toFixed(3)} nats per character (perplexity ${Math.exp(evalLoss).toFixed(2)}), ${verdict}.`);

// 6. Write. Each setting turns the last position's logits z into probabilities:
//    softmax(z / temperature), then optionally keep only the top-k tokens, or the
//    fewest likeliest whose probabilities add up to top-p, renormalized. All the
//    settings are sampled side by side from the same trained model, one batch per character.
interface Setting { readonly name: string; readonly temperature: number; readonly topK: number; readonly topP: number }
const settings: Setting[] = [
  { name: 'cold: temperature 0.3', temperature: 0.3, topK: 0, topP: 1 },
  { name: 'hot: temperature 1.3', temperature: 1.3, topK: 0, topP: 1 },
  { name: 'hot, top-p 0.8', temperature: 1.3, topK: 0, topP: 0.8 },
  { name: `yours: temperature ${temperature}, top-k ${topK || 'off'}, top-p ${topP < 1 ? topP : 'off'}`, temperature, topK, topP },
];
function probabilities(logits: number[], s: Setting): number[] {
  const scaled = logits.map((z) => z / s.temperature);
  const max = Math.max(...scaled);
  let p = scaled.map((z) => Math.exp(z - max));
  const order = p.map((_, i) => i).sort((a, b) => (p[b] ?? 0) - (p[a] ?? 0) || a - b); // likeliest first
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
const surprise = settings.map(() => 0);
const length = Math.max(20, Math.min(200, Math.round(400 * lab.scale))); // 200 characters (shorter at test scales below 0.5)
for (let n = 0; n < length; n++) {
  const windows = outputs.map((out) => Array.from(out.slice(-T).padStart(T, ' '), (c) => index.get(c) ?? 0));
  const last = tf.tidy(() => forward(tf.tensor2d(windows, [windows.length, T], 'int32')).slice([0, T - 1, 0], [windows.length, 1, V]).reshape([windows.length, V]));
  const logits = (await last.array()) as number[][];
  last.dispose();
  settings.forEach((s, b) => {
    const p = probabilities(logits[b] ?? [], s);
    // Inverse-CDF sampling: walk the running total until it passes a uniform draw.
    let r = rng.next();
    let choice = p.findIndex((v) => (r -= v) < 0);
    if (choice < 0) choice = p.reduce((last, v, i) => (v > 0 ? i : last), 0); // r within rounding of 1: the last possible character
    outputs[b] = (outputs[b] ?? '') + (chars[choice] ?? ' ');
    const z = logits[b] ?? [];
    const max = Math.max(...z);
    const logSum = max + Math.log(z.reduce((a, v) => a + Math.exp(v - max), 0));
    surprise[b] = (surprise[b] ?? 0) + logSum - (z[choice] ?? 0);
  });
}
settings.forEach((s, b) => lab.print(`Sample, ${s.name}:\n${outputs[b]}`));
// Two measures per sample: variety (distinct three-letter pieces) and how surprised the model is by its own text.
const pieces = (sample: string) => new Set(Array.from({ length: sample.length - 2 }, (_, i) => sample.slice(i, i + 3))).size;
lab.table(settings.map((s, b) => ({
  setting: s.name,
  'distinct 3-letter pieces': pieces((outputs[b] ?? '').slice(prompt.length)),
  'surprise (nats per character)': Number(((surprise[b] ?? 0) / length).toFixed(3)),
})));
lab.metrics({ loss: evalLoss, perplexity: Math.exp(evalLoss), unigram, bigram, steps, vocabulary: V });

export {};
