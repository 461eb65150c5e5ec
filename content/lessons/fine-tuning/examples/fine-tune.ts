// Fine-tuning: a sentiment model pretrained on 4,000 restaurant reviews
// (models/sentiment-base, shipped with the app) learns gadget reviews from
// only 24 labelled examples, side by side with the same network trained
// from scratch on the same 24.
// zh: 微调：一个在 4,000 条餐厅评论上预训练过的情感模型（models/sentiment-base，随应用
// zh: 一起提供），只用 24 条带标签的样本去学数码产品评论；旁边是同一个网络在同样 24 条
// zh: 样本上从零训练的结果。

const freeze = lab.control('pretrained layer', { kind: 'choice', value: 'trainable', options: ['trainable', 'frozen'] });
//zh> const freeze = lab.control('预训练层', { kind: 'choice', value: '可训练', options: ['可训练', '冻结'] });
const labelledCount = lab.control('labelled reviews', { kind: 'number', value: 24, options: [4, 8, 12, 16, 24] });
//zh> const labelledCount = lab.control('带标签评论数', { kind: 'number', value: 24, options: [4, 8, 12, 16, 24] });
const epochs = Math.max(1, Math.round(40 * lab.scale));

// 1. The gadget reviews: a few labelled to learn from; the other 400 split into
//    200 for validation (watched while training) and 200 for the test (used once, at the end).
// zh: 1. 数码产品评论：少数几条带标签，用来学习；其余 400 条分成两份，200 条用来验证
// zh:    （训练时盯着看），200 条用来测试（最后只用一次）。
type Review = { text: string; label: number };
const data = await lab.fetchJSON<{ vocabulary: string[]; labelled: Review[]; test: Review[] }>('data/reviews.json');
const encode = (reviews: Review[]) => ({
  xs: tf.tensor2d(reviews.map((r) => {
    const words = new Set(r.text.split(' '));
    return data.vocabulary.map((w) => (words.has(w) ? 1 : 0));
  })),
  ys: tf.tensor2d(reviews.map((r) => [r.label])),
});
const labelled = data.labelled.slice(0, labelledCount);
const half = data.test.length / 2;
const few = encode(labelled);
const validation = encode(data.test.slice(0, half));
const testReviews = data.test.slice(half);
const test = encode(testReviews);
lab.print(`${labelled.length} labelled gadget reviews to learn from, ${half} to validate on, ${testReviews.length} to test on. One of them: "${labelled[0]?.text}" (${labelled[0]?.label ? 'positive' : 'negative'})`);
//zh> lab.print(`${labelled.length} 条带标签的数码产品评论用来学习，${half} 条用来验证，${testReviews.length} 条用来测试。其中一条：“${labelled[0]?.text}”（${labelled[0]?.label ? '正面' : '负面'}）`);

// 2. The pretrained model. Its first layer turned words into 16 features that
//    separate praise from complaint in restaurant reviews; freezing it keeps
//    them and trains only the final layer on the new reviews.
// zh: 2. 预训练模型。它的第一层把词语变成 16 个特征，在餐厅评论里能把夸奖和抱怨分开；
// zh:    冻结这一层就保留这些特征，只在新评论上训练最后一层。
const pretrained = await tf.loadLayersModel(lab.url('models/sentiment-base/model.json'));
const features = pretrained.getLayer('features');
features.trainable = freeze === 'trainable';
//zh> features.trainable = freeze === '可训练';
// A layer's trainable flag takes effect when the model is compiled.
// zh: 层的 trainable 标志要在编译模型时才生效。
pretrained.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy', metrics: ['accuracy'] });

// 3. The same architecture from random weights.
// zh: 3. 同样的架构，从随机权重开始。
const scratch = tf.sequential();
scratch.add(tf.layers.dense({ units: 16, activation: 'relu', inputShape: [data.vocabulary.length], kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed }) }));
scratch.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed + 1 }) }));
scratch.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy', metrics: ['accuracy'] });

// Test accuracy, with its 95 % Wilson interval (src/math/intervals.ts), for k right out of n.
// zh: 测试准确率（n 条里答对 k 条），附 95 % Wilson 区间（src/math/intervals.ts）。
async function testAccuracy(model: tf.LayersModel): Promise<{ accuracy: number; low: number; high: number }> {
  const scores = await (model.predict(test.xs) as tf.Tensor).data();
  const n = testReviews.length;
  const k = testReviews.filter((r, i) => ((scores[i] ?? 0) >= 0.5 ? 1 : 0) === r.label).length;
  const z = 1.959964;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half95 = (z / d) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { accuracy: p, low: Math.max(0, centre - half95), high: Math.min(1, centre + half95) };
}
const zeroShot = await testAccuracy(pretrained); // before any fine-tuning // zh: 还没做任何微调

// 4. Train both on the same labelled reviews; chart their validation accuracy after every epoch.
// zh: 4. 两个模型在同样的带标签评论上训练；每轮结束后把它们的验证准确率画出来。
for (const [name, model] of [['fine-tuned', pretrained], ['from scratch', scratch]] as const) {
//zh> for (const [name, model] of [['微调', pretrained], ['从零训练', scratch]] as const) {
  await model.fit(few.xs, few.ys, {
    epochs,
    batchSize: 8,
    shuffle: false,
    validationData: [validation.xs, validation.ys],
    callbacks: lab.fitCallbacks({
      charts: [],
      onEpochEnd: (epoch, logs) => {
        lab.chart('validation accuracy', name, epoch + 1, logs['val_acc'] ?? NaN);
//zh>         lab.chart('验证准确率', name, epoch + 1, logs['val_acc'] ?? NaN);
        lab.chart('training loss', name, epoch + 1, logs['loss'] ?? NaN);
//zh>         lab.chart('训练损失', name, epoch + 1, logs['loss'] ?? NaN);
      },
    }),
  });
}
const fineTuned = await testAccuracy(pretrained);
const fromScratch = await testAccuracy(scratch);
const row = (model: string, r: { accuracy: number; low: number; high: number }) => ({
  'model': model,
//zh>   '模型': model,
  'test accuracy': `${(r.accuracy * 100).toFixed(1)} %`,
//zh>   '测试准确率': `${(r.accuracy * 100).toFixed(1)} %`,
  '95 % interval': `${(r.low * 100).toFixed(1)} to ${(r.high * 100).toFixed(1)} %`,
//zh>   '95 % 区间': `${(r.low * 100).toFixed(1)} 至 ${(r.high * 100).toFixed(1)} %`,
});
lab.table([row('pretrained, no fine-tuning', zeroShot), row(`fine-tuned (${freeze} first layer)`, fineTuned), row('same network from scratch', fromScratch)]);
//zh> lab.table([row('预训练模型，未微调', zeroShot), row(`微调后（第一层${freeze}）`, fineTuned), row('同一网络从零训练', fromScratch)]);
lab.metrics({
  labelled: labelled.length,
  zeroShot: zeroShot.accuracy,
  fineTuned: fineTuned.accuracy,
  fineTunedLow: fineTuned.low,
  fineTunedHigh: fineTuned.high,
  scratch: fromScratch.accuracy,
  scratchHigh: fromScratch.high,
});

export {};
