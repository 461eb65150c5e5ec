// Scaled dot-product attention: softmax(Q Kᵀ / √d_k) · V.
// Q has one row per query, K and V one row per key; d_k is the number of columns of Q and K.
// zh: 缩放点积注意力：softmax(Q Kᵀ / √d_k) · V。
// zh: Q 每个查询一行，K 和 V 每个键一行；d_k 是 Q 和 K 的列数。
function attention(Q: tf.Tensor2D, K: tf.Tensor2D, V: tf.Tensor2D): tf.Tensor2D {
  // Scores: every query against every key, one row per query.
  // zh: 分数：每个查询对每个键，每个查询一行。
  const scores = tf.matMul(Q, K, false, true);
  const dk = Q.shape[1];
  const weights = tf.softmax(scores.div(Math.sqrt(dk))); // each row sums to 1 // zh: 每行之和为 1
  return tf.matMul(weights, V);
}

// The lesson's four tokens: the cat sat down.
// zh: 课文里的四个词元：the cat sat down（这只猫坐下）。
const Q = tf.tensor2d([[1, 0], [0, 2], [2, 1], [0, 1]]);
const K = tf.tensor2d([[1, 0], [0, 2], [1, 1], [-1, 1]]);
const V = tf.tensor2d([[1, 0], [0, 1], [1, 1], [0, 0]]);
lab.print('output:', attention(Q, K, V));
//zh> lab.print('输出：', attention(Q, K, V));
