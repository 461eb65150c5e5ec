// The idea behind CLIP, on a toy: pictures of shapes and short captions
// ("small circle", "large cross"). Two encoders, one for pictures and one for
// captions, each map their input to 8 numbers. A contrastive loss pulls each
// picture towards its own caption and away from the other captions in the
// batch. Then the captions classify new pictures, and a caption finds pictures.
// Settings: which caption to search for, and whether to hold "large triangle"
// out of training (can the model match a combination it never saw?).
// zh: CLIP 背后的思路，放在一个玩具上：形状图片和简短的文字说明
// zh: （“小号圆形”“大号十字”）。两个编码器，一个管图片，一个管文字说明，
// zh: 各自把输入映射成 8 个数。对比损失把每张图片拉向它自己的说明，
// zh: 同时推离同一批量里的其他说明。然后用这些说明给新图片分类，
// zh: 也用一条说明去找图片。
// zh: 设置：搜索哪一条说明，以及训练时是否留出“大号三角形”
// zh: （模型能不能匹配一个从没见过的组合？）。

const SIZE = 16;
const PIXELS = SIZE * SIZE;
const DIM = 8;
const TAU = 0.1; // temperature of the similarities (CLIP learns it; here it is fixed) // zh: 相似度的温度（CLIP 会学习它，这里固定不变）
const SHAPES = ['circle', 'square', 'triangle', 'cross'];
//zh> const SHAPES = ['圆形', '正方形', '三角形', '十字'];
const SIZES = ['small', 'large'];
//zh> const SIZES = ['小', '大'];
const WORDS = [...SIZES, ...SHAPES];
const HELD_OUT = 'large triangle';
//zh> const HELD_OUT = '大号三角形';
const holdOut = lab.control(`hold out "${HELD_OUT}"`, { kind: 'choice', value: 'no', options: ['no', 'yes'] });
//zh> const holdOut = lab.control(`留出“${HELD_OUT}”`, { kind: 'choice', value: '否', options: ['否', '是'] });
const rng = lab.random();

// 1. Pictures: a shape outline, small (radius 2.5–3.5) or large (5–6.5), anywhere it fits.
// zh: 1. 图片：一个形状的轮廓，小号（半径 2.5–3.5）或大号（5–6.5），放在画面里放得下的任意位置。
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
// zh: 8 条文字说明，当作词袋：一条说明就是一个大小词（小、大）加一个形状词，中间用“号”连接。
const captions = SIZES.flatMap((size) => SHAPES.map((shape) => `${size} ${shape}`));
//zh> const captions = SIZES.flatMap((size) => SHAPES.map((shape) => `${size}号${shape}`));
const captionWords = tf.tensor2d(captions.map((c) => WORDS.map((w) => (c.split(' ').includes(w) ? 1 : 0)))); // [8, 6] // zh: [8, 6]
//zh> const captionWords = tf.tensor2d(captions.map((c) => WORDS.map((w) => (c.split('号').includes(w) ? 1 : 0)))); // [8, 6]
const pair = (caption: number) => draw(caption % SHAPES.length, caption >= SHAPES.length);
const search = lab.control('search for', { kind: 'choice', value: 'large circle', options: captions });
//zh> const search = lab.control('搜索', { kind: 'choice', value: '大号圆形', options: captions });
const trainCaptions = captions.map((_, c) => c).filter((c) => holdOut === 'no' || captions[c] !== HELD_OUT);
//zh> const trainCaptions = captions.map((_, c) => c).filter((c) => holdOut === '否' || captions[c] !== HELD_OUT);

// 2. The encoders. Pictures: 256 pixels → 32 ReLU units → 8 numbers. Captions: a learned vector
//    per word, summed, → 8 numbers. Both are scaled to length 1, so a dot product is a cosine similarity.
// zh: 2. 编码器。图片：256 个像素 → 32 个 ReLU 单元 → 8 个数。文字说明：每个词有一个学出来的向量，
// zh:    相加后 → 8 个数。两边都缩放到长度 1，所以点积就是余弦相似度。
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
// zh: 3. 训练：每个批量里，每条参与训练的说明各配一张新图片。logit = 相似度 / τ。
// zh:    对称的 InfoNCE：每张图片要在本批量的说明中挑出自己的那条（沿行做交叉熵），
// zh:    每条说明也要挑出自己的图片（沿列）。相似度全都相等时，损失是 ln(批量大小)。
const steps = Math.max(2, Math.round(200 * lab.scale));
const optimizer = tf.train.adam(0.01);
const trainBags = tf.gather(captionWords, trainCaptions);
const targets = tf.oneHot(tf.range(0, trainCaptions.length, 1, 'int32'), trainCaptions.length);
lab.print(`${trainCaptions.length} pairs per batch. Chance level: equal similarities everywhere give a loss of ln ${trainCaptions.length} = ${Math.log(trainCaptions.length).toFixed(3)} (random starting encoders can do worse).${holdOut === 'yes' ? ` "${HELD_OUT}" is never paired with a picture in training.` : ''}`);
//zh> lab.print(`每个批量 ${trainCaptions.length} 对。瞎猜的水平：相似度处处相等时，损失为 ln ${trainCaptions.length} = ${Math.log(trainCaptions.length).toFixed(3)}（随机初始化的编码器可能更差）。${holdOut === '是' ? `训练时从不给“${HELD_OUT}”配图片。` : ''}`);
for (let step = 1; step <= steps; step++) {
  const pictures = tf.tensor2d(trainCaptions.map(pair));
  const loss = optimizer.minimize(() => {
    const logits = encodeImages(pictures).matMul(encodeCaptions(trainBags), false, true).div(TAU);
    const picturesToCaptions = tf.losses.softmaxCrossEntropy(targets, logits);
    const captionsToPictures = tf.losses.softmaxCrossEntropy(targets, logits.transpose());
    return picturesToCaptions.add(captionsToPictures).div(2) as tf.Scalar;
  }, true) as tf.Scalar;
  if (step % 10 === 0 || step === 1) lab.chart('contrastive loss', 'training', step, (await loss.data())[0] ?? NaN);
//zh>   if (step % 10 === 0 || step === 1) lab.chart('对比损失', '训练', step, (await loss.data())[0] ?? NaN);
  tf.dispose([pictures, loss]);
  lab.progress({ epoch: 1, epochs: 1, batch: step, batches: steps });
}

// 4. Classify new pictures with the captions: compare each picture with all 8 captions, take the closest.
// zh: 4. 用说明给新图片分类：把每张图片和全部 8 条说明比较，取最接近的那条。
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
//zh> lab.heatmap('测试图片：真实说明（行）与最接近的说明（列）', { values: matrix, showValues: true, rowLabels: captions, columnLabels: captions, yTitle: '真实说明', xTitle: '最接近的说明' });
lab.images('test pictures and their closest caption', testPictures.slice(0, 16).map((p, i) => ({
//zh> lab.images('测试图片及其最接近的说明', testPictures.slice(0, 16).map((p, i) => ({
  pixels: Array.from({ length: SIZE }, (_, r) => p.slice(r * SIZE, (r + 1) * SIZE)),
  caption: captions[best[i] ?? 0] ?? '',
  tone: best[i] === testCaptions[i] ? ('good' as const) : ('bad' as const),
})));
lab.print(`The closest of the 8 captions is the right one for ${(trainedAccuracy * 100).toFixed(1)} % of new pictures whose caption was trained${holdOut === 'yes' ? `, and for ${(heldOutAccuracy * 100).toFixed(1)} % of "${HELD_OUT}" pictures, a combination never trained` : ''} (chance: 12.5 %).`);
//zh> lab.print(`8 条说明里最接近的那条，对说明参与过训练的新图片有 ${(trainedAccuracy * 100).toFixed(1)} % 是对的${holdOut === '是' ? `；换成从没训练过的组合，这个比例是 ${(heldOutAccuracy * 100).toFixed(1)} %（“${HELD_OUT}”的图片）` : ''}，瞎猜的水平是 12.5 %。`);

// 5. Search the other way: a caption's embedding against every test picture; show the 8 closest.
//    Precision: the share of those 8 that really fit the caption, averaged over the trained captions.
// zh: 5. 反过来搜索：拿一条说明的嵌入和每张测试图片比较，显示最接近的 8 张。
// zh:    查准率：这 8 张里真正符合该说明的比例，在参与训练的各条说明上取平均。
const byCaption = (await similarity.transpose().array()) as number[][];
const top8 = (c: number) => (byCaption[c] ?? []).map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 8).map(([, i]) => i);
const precision = trainCaptions.reduce((sum, c) => sum + top8(c).filter((i) => testCaptions[i] === c).length / 8, 0) / trainCaptions.length;
const wanted = captions.indexOf(search);
lab.images(`the 8 test pictures closest to "${search}"`, top8(wanted).map((i) => ({
//zh> lab.images(`与“${search}”最接近的 8 张测试图片`, top8(wanted).map((i) => ({
  pixels: Array.from({ length: SIZE }, (_, r) => (testPictures[i] ?? []).slice(r * SIZE, (r + 1) * SIZE)),
  tone: testCaptions[i] === wanted ? ('good' as const) : ('bad' as const),
})));
lab.print(`Searching by caption: on average ${(precision * 100).toFixed(0)} % of the 8 closest pictures fit the caption.`);
//zh> lab.print(`按说明搜索：最接近的 8 张图片里，平均有 ${(precision * 100).toFixed(0)} % 符合该说明。`);
lab.metrics({ trainedAccuracy, heldOutAccuracy, precision, steps });

export {};
