// A character-level language model trained in your browser on this course's
// own text (data/corpus.txt, shipped with the app): a tiny transformer, one
// attention layer, that reads 24 characters and predicts, at every position,
// the next one. Then it writes, at the temperature you choose in Settings.

const temperature = lab.control('temperature', { value: 0.6, min: 0.1, max: 1.5, step: 0.1 });
const rng = lab.random();

// 1. The text and its vocabulary: every distinct character gets an index.
const text = await lab.fetchText('data/corpus.txt');
const chars = [...new Set(text)].sort();
const index = new Map(chars.map((c, i) => [c, i]));
const V = chars.length;
const ids = Array.from(text, (c) => index.get(c) ?? 0);
lab.print(`${text.length} characters of text, a vocabulary of ${V}. Guessing uniformly: loss ln ${V} = ${Math.log(V).toFixed(2)}.`);

// 2. Parameters. d = 32 numbers per position; one attention head; an MLP of 4·d.
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
const norm = (x: tf.Tensor3D) => {
  const { mean, variance } = tf.moments(x, -1, true);
  return x.sub(mean).div(variance.add(1e-5).sqrt()) as tf.Tensor3D;
};

/** Logits for the next character at every position: [batch, T, V]. */
function forward(batch: tf.Tensor2D): tf.Tensor3D {
  let x = tf.gather(E, batch).add(P) as tf.Tensor3D; // [b, T, d]
  const h = norm(x);
  const q = proj(h, Wq);
  const k = proj(h, Wk);
  const v = proj(h, Wv);
  const weights = tf.softmax(tf.matMul(q, k, false, true).div(Math.sqrt(d)).add(mask)); // [b, T, T]
  x = x.add(proj(tf.matMul(weights, v) as tf.Tensor3D, Wo)) as tf.Tensor3D; // attention, with a residual connection
  x = x.add(proj(proj(norm(x), W1).add(b1).relu() as tf.Tensor3D, W2)) as tf.Tensor3D; // MLP, residual
  return proj(norm(x), Wout).add(bout) as tf.Tensor3D;
}

// 3. Train on random 25-character slices: input = first 24, target = the same shifted by one.
const steps = Math.max(20, Math.round(300 * lab.scale));
const batchSize = 16;
const optimizer = tf.train.adam(0.01);
let loss = NaN;
for (let step = 1; step <= steps; step++) {
  const starts = Array.from({ length: batchSize }, () => rng.int(0, ids.length - T - 2));
  const input = tf.tensor2d(starts.map((s) => ids.slice(s, s + T)), [batchSize, T], 'int32');
  const target = tf.tidy(() => tf.oneHot(tf.tensor2d(starts.map((s) => ids.slice(s + 1, s + T + 1)), [batchSize, T], 'int32'), V));
  // Mean cross-entropy per character, in nats; perplexity = e^loss.
  const value = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(target, forward(input)) as tf.Scalar, true) as tf.Scalar;
  loss = (await value.data())[0] ?? NaN;
  tf.dispose([input, target, value]);
  lab.chart('loss', 'training (nats per character)', step, loss);
  if (step % 10 === 0 || step === steps) lab.chart('perplexity', 'training', step, Math.exp(loss));
  lab.progress({ epoch: 1, epochs: 1, batch: step, batches: steps });
}

// 4. Write: feed a prompt, sample the next character from softmax(logits / temperature),
//    append it, slide the 24-character window, repeat.
async function sample(prompt: string, length: number, temp: number): Promise<string> {
  let out = prompt;
  for (let n = 0; n < length; n++) {
    const window = Array.from(out.slice(-T).padStart(T, ' '), (c) => index.get(c) ?? 0);
    const probs = tf.tidy(() => tf.softmax(forward(tf.tensor2d([window], [1, T], 'int32')).slice([0, T - 1, 0], [1, 1, V]).reshape([V]).div(temp)));
    const p = await probs.data();
    probs.dispose();
    let r = rng.next();
    let choice = 0;
    while (choice < V - 1 && r >= (p[choice] ?? 0)) r -= p[choice++] ?? 0;
    out += chars[choice] ?? ' ';
  }
  return out;
}
const generated = await sample('the model ', 200, temperature);
lab.print(`After ${steps} steps, loss ${loss.toFixed(3)} nats per character, perplexity ${Math.exp(loss).toFixed(2)}.`);
lab.print(`Sample at temperature ${temperature}:\n${generated}`);
lab.metrics({ loss, perplexity: Math.exp(loss), steps, vocabulary: V, temperature });

export {};
