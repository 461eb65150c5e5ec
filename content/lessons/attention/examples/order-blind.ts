// Attention is blind to word order. The same four word vectors, in two orders:
// "the dog bites man" and "the man bites dog". Without position information,
// every word gets exactly the same output in both sentences, so nothing after
// attention can tell who bit whom. Switch positions on in Settings.

const positions = lab.control('positions', { kind: 'choice', value: 'none', options: ['none', 'sinusoidal'] });

// Each word's vector (d = 2), and the projections to queries, keys and values.
const vectors: Record<string, number[]> = { the: [1, 0], dog: [0, 2], bites: [1, 1], man: [2, -1] };
const Wq = tf.tensor2d([[1, 1], [0, 1]]);
const Wk = tf.tensor2d([[1, 0], [1, 1]]);
const Wv = tf.tensor2d([[1, 0], [0, 1]]);
const sentences = [['the', 'dog', 'bites', 'man'], ['the', 'man', 'bites', 'dog']];

// Sinusoidal position vectors for d = 2: position p gets (sin p, cos p).
const positionVectors = tf.tensor2d([0, 1, 2, 3].map((p) => [Math.sin(p), Math.cos(p)]));

function attend(words: string[]) {
  return tf.tidy(() => {
    let x = tf.tensor2d(words.map((w) => vectors[w] ?? [0, 0])); // one row per word
    if (positions === 'sinusoidal') x = x.add(positionVectors); // now each row also says where it is
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
  results.push({ words, output: (await output.array()) as number[][] });
}

// The same word's output in the two sentences, side by side.
const [first, second] = results;
let maxDifference = 0;
const rows = ['the', 'dog', 'bites', 'man'].map((word) => {
  const a = first?.output[first.words.indexOf(word)] ?? [];
  const b = second?.output[second.words.indexOf(word)] ?? [];
  const difference = Math.max(...a.map((v, j) => Math.abs(v - (b[j] ?? NaN))));
  maxDifference = Math.max(maxDifference, difference);
  return { word, 'output in "the dog bites man"': a.map((v) => v.toFixed(3)).join(', '), 'output in "the man bites dog"': b.map((v) => v.toFixed(3)).join(', '), difference: Number(difference.toFixed(6)) };
});
lab.table(rows);
lab.print(
  maxDifference < 1e-6
    ? 'Without positions every word has the same output in both sentences (the rows are only reordered): attention cannot tell them apart.'
    : `With positions the outputs differ (by up to ${maxDifference.toFixed(3)}): the model can now tell "dog bites man" from "man bites dog".`,
);
lab.metrics({ maxDifference });

export {};
