// Scaled dot-product attention on four tokens, computed with tensors and
// drawn as a heat map: row i shows how much token i attends to each token.
// The numbers are the lesson's worked example; change them and rerun.
// zh: 在四个词元上做缩放点积注意力：用张量计算，再画成热力图，
// zh: 第 i 行表示词元 i 对每个词元分配了多少注意力。
// zh: 这些数就是本课手算的例子；改一改，再运行一次。

const mask = lab.control('mask', { kind: 'choice', value: 'none', options: ['none', 'causal'] });
//zh> const mask = lab.control('掩码', { kind: 'choice', value: '无', options: ['无', '因果'] });
const scale = lab.control('divide by √d_k', { kind: 'choice', value: 'yes', options: ['yes', 'no'] });
//zh> const scale = lab.control('除以 √d_k', { kind: 'choice', value: '是', options: ['是', '否'] });

const tokens = ['the', 'cat', 'sat', 'down'];
//zh> const tokens = ['这只', '猫', '坐', '下'];
const Q = tf.tensor2d([[1, 0], [0, 2], [2, 1], [0, 1]]); // what each token looks for // zh: 每个词元在找什么
const K = tf.tensor2d([[1, 0], [0, 2], [1, 1], [-1, 1]]); // what each token offers // zh: 每个词元能提供什么
const V = tf.tensor2d([[1, 0], [0, 1], [1, 1], [0, 0]]); // what each token passes on // zh: 每个词元被选中时传出什么
const dk = Q.shape[1];

// scores = Q Kᵀ / √d_k: one row per query token, one column per key token.
// zh: 分数 = Q Kᵀ / √d_k：每个查询词元一行，每个键词元一列。
let scores = tf.matMul(Q, K, false, true);
if (scale === 'yes') scores = scores.div(Math.sqrt(dk));
//zh> if (scale === '是') scores = scores.div(Math.sqrt(dk));
if (mask === 'causal') {
//zh> if (mask === '因果') {
  // A language model must not peek ahead: token i may attend only to tokens 0…i.
  // zh: 语言模型不能偷看后文：词元 i 只能关注词元 0…i。
  const future = tf.linalg.bandPart(tf.ones([4, 4]), 0, -1).sub(tf.eye(4)); // 1 above the diagonal // zh: 对角线以上为 1
  scores = scores.add(future.mul(-1e9));
}
const weights = tf.softmax(scores); // each row sums to 1 // zh: 每行之和为 1
const output = tf.matMul(weights, V); // each row: a weighted average of the values // zh: 每一行：值向量的加权平均

lab.heatmap('attention weights', { values: weights, showValues: true, rowLabels: tokens, columnLabels: tokens, yTitle: 'query token', xTitle: 'key token', min: 0, max: 1 });
//zh> lab.heatmap('注意力权重', { values: weights, showValues: true, rowLabels: tokens, columnLabels: tokens, yTitle: '查询词元', xTitle: '键词元', min: 0, max: 1 });
lab.print('scores (before softmax):', scores);
//zh> lab.print('分数（softmax 之前）：', scores);
lab.print('output (weights · V):', output);
//zh> lab.print('输出（权重 · V）：', output);
const rowSums = await weights.sum(1).data();
lab.print(`Row sums: ${Array.from(rowSums, (s) => s.toFixed(3)).join(', ')}`);
//zh> lab.print(`每行之和：${Array.from(rowSums, (s) => s.toFixed(3)).join(', ')}`);
const w = (await weights.array()) as number[][];
lab.metrics({ satToCat: w[2]?.[1] ?? NaN, satToSat: w[2]?.[2] ?? NaN, maxWeight: Math.max(...w.flat()) });

export {};
