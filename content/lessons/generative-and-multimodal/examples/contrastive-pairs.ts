// The idea behind CLIP, on a toy: pictures of shapes and short captions
// ("small circle", "large cross"). Two encoders, one for pictures and one for
// captions, each map their input to 8 numbers. A contrastive loss pulls each
// picture towards its own caption and away from the other captions in the
// batch. Then the captions classify new pictures, and a caption finds pictures.
// Settings: which caption to search for, and whether to hold "large triangle"
// out of training (can the model match a combination it never saw?).

const SIZE = 16;
const PIXELS = SIZE * SIZE;
const DIM = 8;
const TAU = 0.1; // temperature of the similarities (CLIP learns it; here it is fixed)
const SHAPES = ['circle', 'square', 'triangle', 'cross'];
const SIZES = ['small', 'large'];
const WORDS = [...SIZES, ...SHAPES];
const HELD_OUT = 'large triangle';
const holdOut = lab.control(`hold out "${HELD_OUT}"`, { kind: 'choice', value: 'no', options: ['no', 'yes'] });
const rng = lab.random();

// 1. Pictures: a shape outline, small (radius 2.5–3.5) or large (5–6.5), anywhere it fits.
function draw(shape: number, large: boolean): number[] {
  const r = large ? rng.uniform(5, 6.5) : rng.uniform(2.5, 3.5);
  const cx = rng.uniform(r + 0.5, 15.5 - r);
  const cy = rng.uniform(r + 0.5, 15.5 - r);
  const pixels: number[] = [];
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const dx = x - cx;
      const dy = y - cy;
      let distance: number;
      if (shape === 0) distance = Math.abs(Math.hypot(dx, dy) - r);
      else if (shape === 1) distance = Math.abs(Math.max(Math.abs(dx), Math.abs(dy)) - r);
      else if (shape === 2) distance = Math.abs(Math.max(dy - r * 0.7, -dx * 0.866 - dy * 0.5 - r * 0.5, dx * 0.866 - dy * 0.5 - r * 0.5));
      else distance = Math.min(Math.abs(dx - dy), Math.abs(dx + dy)) / Math.SQRT2 + (Math.max(Math.abs(dx), Math.abs(dy)) > r ? 9 : 0);
      pixels.push(distance < 0.9 ? 1 : 0);
    }
  }
  return pixels;
}
// The 8 captions, as bags of words: "a" carries nothing, so a caption is its size word and its shape word.
const captions = SIZES.flatMap((size) => SHAPES.map((shape) => `${size} ${shape}`));
const captionWords = tf.tensor2d(captions.map((c) => WORDS.map((w) => (c.split(' ').includes(w) ? 1 : 0)))); // [8, 6]
const pair = (caption: number) => draw(caption % SHAPES.length, caption >= SHAPES.length);
const search = lab.control('search for', { kind: 'choice', value: 'large circle', options: captions });
const trainCaptions = captions.map((_, c) => c).filter((c) => holdOut === 'no' || captions[c] !== HELD_OUT);

// 2. The encoders. Pictures: 256 pixels → 32 ReLU units → 8 numbers. Captions: a learned vector
//    per word, summed, → 8 numbers. Both are scaled to length 1, so a dot product is a cosine similarity.
let seed = lab.seed;
const weight = (rows: number, cols: number) => tf.variable(tf.randomNormal([rows, cols], 0, Math.sqrt(2 / rows), 'float32', seed++));
const img = { w1: weight(PIXELS, 32), b1: tf.variable(tf.zeros([32])), w2: weight(32, DIM) };
const txt = { words: weight(WORDS.length, 16), w: weight(16, DIM) };
const unit = (x: tf.Tensor2D) => x.div(x.norm('euclidean', 1, true).add(1e-6)) as tf.Tensor2D;
const encodeImages = (x: tf.Tensor2D) => unit(x.matMul(img.w1).add(img.b1).relu().matMul(img.w2) as tf.Tensor2D);
const encodeCaptions = (bags: tf.Tensor2D) => unit(bags.matMul(txt.words).matMul(txt.w) as tf.Tensor2D);

// 3. Training: each batch holds one new picture for each training caption. Logits = similarities / τ.
//    Symmetric InfoNCE: each picture must pick its own caption among the batch's captions (cross-entropy
//    along rows), and each caption its own picture (along columns). Equal similarities would give ln(batch size).
const steps = Math.max(10, Math.round(200 * lab.scale));
const optimizer = tf.train.adam(0.01);
const trainBags = tf.gather(captionWords, trainCaptions);
const targets = tf.oneHot(tf.range(0, trainCaptions.length, 1, 'int32'), trainCaptions.length);
lab.print(`${trainCaptions.length} pairs per batch. Chance level: equal similarities everywhere give a loss of ln ${trainCaptions.length} = ${Math.log(trainCaptions.length).toFixed(3)} (random starting encoders can do worse).${holdOut === 'yes' ? ` "${HELD_OUT}" is never paired with a picture in training.` : ''}`);
for (let step = 1; step <= steps; step++) {
  const pictures = tf.tensor2d(trainCaptions.map(pair));
  const loss = optimizer.minimize(() => {
    const logits = encodeImages(pictures).matMul(encodeCaptions(trainBags), false, true).div(TAU);
    const picturesToCaptions = tf.losses.softmaxCrossEntropy(targets, logits);
    const captionsToPictures = tf.losses.softmaxCrossEntropy(targets, logits.transpose());
    return picturesToCaptions.add(captionsToPictures).div(2) as tf.Scalar;
  }, true) as tf.Scalar;
  if (step % 10 === 0 || step === 1) lab.chart('contrastive loss', 'training', step, (await loss.data())[0] ?? NaN);
  tf.dispose([pictures, loss]);
  lab.progress({ epoch: 1, epochs: 1, batch: step, batches: steps });
}

// 4. Classify new pictures with the captions: compare each picture with all 8 captions, take the closest.
const testCaptions = Array.from({ length: 400 }, (_, i) => i % captions.length);
const testPictures = testCaptions.map(pair);
const similarity = encodeImages(tf.tensor2d(testPictures)).matMul(encodeCaptions(captionWords), false, true);
const best = Array.from(await similarity.argMax(1).data());
const accuracy = (keep: (c: number) => boolean) => {
  const idx = testCaptions.map((_, i) => i).filter((i) => keep(testCaptions[i] ?? -1));
  return idx.filter((i) => best[i] === testCaptions[i]).length / idx.length;
};
const heldOut = captions.indexOf(HELD_OUT);
const trainedAccuracy = accuracy((c) => trainCaptions.includes(c));
const heldOutAccuracy = accuracy((c) => c === heldOut);
const matrix = captions.map((_, truth) => captions.map((_, guess) => testCaptions.filter((c, i) => c === truth && best[i] === guess).length));
lab.heatmap('test pictures: true caption (rows) against the closest caption (columns)', { values: matrix, showValues: true, rowLabels: captions, columnLabels: captions, yTitle: 'true', xTitle: 'closest caption' });
lab.images('test pictures and their closest caption', testPictures.slice(0, 16).map((p, i) => ({
  pixels: Array.from({ length: SIZE }, (_, r) => p.slice(r * SIZE, (r + 1) * SIZE)),
  caption: captions[best[i] ?? 0] ?? '',
  tone: best[i] === testCaptions[i] ? ('good' as const) : ('bad' as const),
})));
lab.print(`The closest of the 8 captions is the right one for ${(trainedAccuracy * 100).toFixed(1)} % of new pictures whose caption was trained${holdOut === 'yes' ? `, and for ${(heldOutAccuracy * 100).toFixed(1)} % of "${HELD_OUT}" pictures, a combination never trained` : ''} (chance: 12.5 %).`);

// 5. Search the other way: a caption's embedding against every test picture; show the 8 closest.
//    Precision: the share of those 8 that really fit the caption, averaged over the trained captions.
const byCaption = (await similarity.transpose().array()) as number[][];
const top8 = (c: number) => (byCaption[c] ?? []).map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 8).map(([, i]) => i);
const precision = trainCaptions.reduce((sum, c) => sum + top8(c).filter((i) => testCaptions[i] === c).length / 8, 0) / trainCaptions.length;
const wanted = captions.indexOf(search);
lab.images(`the 8 test pictures closest to "${search}"`, top8(wanted).map((i) => ({
  pixels: Array.from({ length: SIZE }, (_, r) => (testPictures[i] ?? []).slice(r * SIZE, (r + 1) * SIZE)),
  tone: testCaptions[i] === wanted ? ('good' as const) : ('bad' as const),
})));
lab.print(`Searching by caption: on average ${(precision * 100).toFixed(0)} % of the 8 closest pictures fit the caption.`);
lab.metrics({ trainedAccuracy, heldOutAccuracy, precision, steps });

export {};
