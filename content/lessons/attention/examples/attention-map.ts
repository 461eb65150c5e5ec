// Scaled dot-product attention on four tokens, computed with tensors and
// drawn as a heat map: row i shows how much token i attends to each token.
// The numbers are the lesson's worked example; change them and rerun.

const mask = lab.control('mask', { kind: 'choice', value: 'none', options: ['none', 'causal'] });
const scale = lab.control('divide by √d_k', { kind: 'choice', value: 'yes', options: ['yes', 'no'] });

const tokens = ['the', 'cat', 'sat', 'down'];
const Q = tf.tensor2d([[1, 0], [0, 2], [2, 1], [0, 1]]); // what each token looks for
const K = tf.tensor2d([[1, 0], [0, 2], [1, 1], [-1, 1]]); // what each token offers
const V = tf.tensor2d([[1, 0], [0, 1], [1, 1], [0, 0]]); // what each token passes on
const dk = Q.shape[1];

// scores = Q Kᵀ / √d_k: one row per query token, one column per key token.
let scores = tf.matMul(Q, K, false, true);
if (scale === 'yes') scores = scores.div(Math.sqrt(dk));
if (mask === 'causal') {
  // A language model must not peek ahead: token i may attend only to tokens 0…i.
  const future = tf.linalg.bandPart(tf.ones([4, 4]), 0, -1).sub(tf.eye(4)); // 1 above the diagonal
  scores = scores.add(future.mul(-1e9));
}
const weights = tf.softmax(scores); // each row sums to 1
const output = tf.matMul(weights, V); // each row: a weighted average of the values

lab.heatmap('attention weights', { values: weights, showValues: true, rowLabels: tokens, columnLabels: tokens, yTitle: 'query token', xTitle: 'key token', min: 0, max: 1 });
lab.print('scores (before softmax):', scores);
lab.print('output (weights · V):', output);
const rowSums = await weights.sum(1).data();
lab.print(`Row sums: ${Array.from(rowSums, (s) => s.toFixed(3)).join(', ')}`);
const w = (await weights.array()) as number[][];
lab.metrics({ satToCat: w[2]?.[1] ?? NaN, satToSat: w[2]?.[2] ?? NaN, maxWeight: Math.max(...w.flat()) });

export {};
