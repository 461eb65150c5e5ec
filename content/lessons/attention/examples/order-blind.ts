// Attention is blind to word order. The same four word vectors, in two orders:
// "the dog bites man" and "the man bites dog". Without position information,
// every word gets exactly the same output in both sentences, so nothing after
// attention can tell who bit whom. Switch positions on in Settings.
// zh: 注意力看不见词序。同样四个词向量，排成两种顺序：
// zh: “the dog bites man”（狗咬人）和“the man bites dog”（人咬狗）。没有位置信息时，
// zh: 每个词在两句话里得到的输出一模一样，注意力之后的任何部分都分不清谁咬了谁。
// zh: 在“设置”里打开位置编码试试。

const positions = lab.control('positions', { kind: 'choice', value: 'none', options: ['none', 'sinusoidal'] });
//zh> const positions = lab.control('位置编码', { kind: 'choice', value: '无', options: ['无', '正弦'] });

// Each word's vector (d = 2), and the projections to queries, keys and values.
// zh: 每个词的向量（d = 2），以及映射到查询、键和值的投影矩阵。
const vectors: Record<string, number[]> = { the: [1, 0], dog: [0, 2], bites: [1, 1], man: [2, -1] };
const Wq = tf.tensor2d([[1, 1], [0, 1]]);
const Wk = tf.tensor2d([[1, 0], [1, 1]]);
const Wv = tf.tensor2d([[1, 0], [0, 1]]);
const sentences = [['the', 'dog', 'bites', 'man'], ['the', 'man', 'bites', 'dog']];

// Sinusoidal position vectors for d = 2: position p gets (sin p, cos p).
// zh: d = 2 时的正弦位置向量：位置 p 得到 (sin p, cos p)。
const positionVectors = tf.tensor2d([0, 1, 2, 3].map((p) => [Math.sin(p), Math.cos(p)]));

function attend(words: string[]) {
  return tf.tidy(() => {
    let x = tf.tensor2d(words.map((w) => vectors[w] ?? [0, 0])); // one row per word // zh: 每个词一行
    if (positions === 'sinusoidal') x = x.add(positionVectors); // now each row also says where it is // zh: 现在每一行还说明了自己在哪个位置
//zh>     if (positions === '正弦') x = x.add(positionVectors); // 现在每一行还说明了自己在哪个位置
    const q = x.matMul(Wq);
    const k = x.matMul(Wk);
    const v = x.matMul(Wv);
    const weights = tf.softmax(q.matMul(k, false, true).div(Math.sqrt(2)));
    return { weights, output: weights.matMul(v) };
  });
}

const results = [];
for (const words of sentences) {
  const { weights, output } = attend(words);
  lab.heatmap(`"${words.join(' ')}": attention weights`, { values: weights, showValues: true, rowLabels: words, columnLabels: words, yTitle: 'query word', xTitle: 'key word', min: 0, max: 1 });
//zh>   lab.heatmap(`“${words.join(' ')}”的注意力权重`, { values: weights, showValues: true, rowLabels: words, columnLabels: words, yTitle: '查询词', xTitle: '键词', min: 0, max: 1 });
  results.push({ words, output: (await output.array()) as number[][] });
}

// The same word's output in the two sentences, side by side.
// zh: 同一个词在两句话里的输出，并排比较。
const [first, second] = results;
let maxDifference = 0;
const rows = ['the', 'dog', 'bites', 'man'].map((word) => {
  const a = first?.output[first.words.indexOf(word)] ?? [];
  const b = second?.output[second.words.indexOf(word)] ?? [];
  const difference = Math.max(...a.map((v, j) => Math.abs(v - (b[j] ?? NaN))));
  maxDifference = Math.max(maxDifference, difference);
  return { 'word': word, 'output in "the dog bites man"': a.map((v) => v.toFixed(3)).join(', '), 'output in "the man bites dog"': b.map((v) => v.toFixed(3)).join(', '), 'difference': Number(difference.toFixed(6)) };
//zh>   return { '词': word, '在“the dog bites man”中的输出': a.map((v) => v.toFixed(3)).join(', '), '在“the man bites dog”中的输出': b.map((v) => v.toFixed(3)).join(', '), '差异': Number(difference.toFixed(6)) };
});
lab.table(rows);
lab.print(
  maxDifference < 1e-6
    ? 'Without positions every word has the same output in both sentences (the rows are only reordered): attention cannot tell them apart.'
//zh>     ? '没有位置信息时，每个词在两句话里的输出完全相同（只是行的顺序变了）：注意力分不清这两句话。'
    : `With positions the outputs differ (by up to ${maxDifference.toFixed(3)}): the model can now tell "dog bites man" from "man bites dog".`,
//zh>     : `加上位置信息后，输出不同了（最多相差 ${maxDifference.toFixed(3)}）：模型现在分得清“狗咬人”和“人咬狗”了。`,
);
lab.metrics({ maxDifference });

export {};
