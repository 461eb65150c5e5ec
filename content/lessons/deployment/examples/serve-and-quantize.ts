// Deployment, end to end in the browser: train a small credit model, save it
// (in this browser's IndexedDB and as files to download), load it back, serve
// it behind an API-like function, measure latency, quantize it to 8 bits, and
// turn the measured latency into a cost per 1,000 calls for the worksheet.
// zh: 部署，在浏览器里从头到尾走一遍：训练一个小型信用模型，保存它（存进这个浏览器的
// zh: IndexedDB，也存成可下载的文件），再加载回来，放到一个类似 API 的函数后面提供服务，
// zh: 测量延迟，量化到 8 位，最后把测得的延迟换算成测算表里每千次调用的成本。

const pricePerHour = lab.control('machine price per hour (USD)', { value: 0.1, min: 0.01, max: 5, log: true });
//zh> const pricePerHour = lab.control('机器每小时价格（美元）', { value: 0.1, min: 0.01, max: 5, log: true });
const rng = lab.random();

// 1. Data and a quick model (the credit-scoring lesson's data set).
// zh: 1. 数据和一个很快就能训练好的模型（用信用评分那一课的数据集）。
const data = await lab.fetchJSON<{ columns: string[]; rows: number[][] }>('data/credit.json');
const features = data.columns.slice(0, -1);
const rows = rng.shuffle(data.rows);
const cut = Math.round(rows.length * 0.8);
const mean = features.map((_, j) => rows.slice(0, cut).reduce((s, r) => s + (r[j] ?? 0), 0) / cut);
const std = features.map((_, j) => Math.sqrt(rows.slice(0, cut).reduce((s, r) => s + ((r[j] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / cut) || 1);
const standardize = (r: readonly number[]) => features.map((_, j) => ((r[j] ?? 0) - (mean[j] ?? 0)) / (std[j] ?? 1));
const trainX = tf.tensor2d(rows.slice(0, cut).map(standardize));
const trainY = tf.tensor2d(rows.slice(0, cut).map((r) => [r.at(-1) ?? 0]));
const testRows = rows.slice(cut);
const testX = tf.tensor2d(testRows.map(standardize));

const model = tf.sequential();
model.add(tf.layers.dense({ units: 16, activation: 'relu', inputShape: [features.length], kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed }) }));
model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed + 1 }) }));
model.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy' });
await model.fit(trainX, trainY, { epochs: Math.max(1, Math.round(10 * lab.scale)), batchSize: 64, shuffle: false, callbacks: lab.fitCallbacks() });
const predict = async (m: tf.LayersModel, x: tf.Tensor) => {
  const p = m.predict(x) as tf.Tensor;
  const values = Array.from(await p.data());
  p.dispose();
  return values;
};
const original = await predict(model, testX);
const accuracyOf = (scores: number[]) => scores.filter((s, i) => (s >= 0.5 ? 1 : 0) === testRows[i]?.at(-1)).length / scores.length;

// 2. Save as files: topology (JSON) + weights (binary). Offered as downloads, and kept in memory to reload.
// zh: 2. 存成文件：拓扑结构（JSON）+ 权重（二进制）。提供下载，同时留在内存里以便重新加载。
const saves: tf.io.ModelArtifacts[] = [];
await model.save(tf.io.withSaveHandler((a) => {
  saves.push(a);
  return Promise.resolve({ modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } });
}));
const saved = saves[0];
if (!saved) throw new Error('the model was not saved');
//zh> if (!saved) throw new Error('模型没有保存下来');
const weightBytes = tf.io.CompositeArrayBuffer.join(saved.weightData);
lab.download('credit-model.json', JSON.stringify({ modelTopology: saved.modelTopology, weightsManifest: [{ paths: ['credit-model.weights.bin'], weights: saved.weightSpecs }] }), 'application/json');
lab.download('credit-model.weights.bin', weightBytes);
const fromFiles = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: saved.modelTopology, weightSpecs: saved.weightSpecs, weightData: weightBytes }));
const reloaded = await predict(fromFiles, testX);
lab.print(`Reloaded from files: ${reloaded.every((p, i) => p === original[i]) ? 'identical predictions' : 'predictions DIFFER'} on ${reloaded.length} test borrowers.`);
//zh> lab.print(`从文件重新加载：${reloaded.every((p, i) => p === original[i]) ? '预测完全相同' : '预测不一致'}（共 ${reloaded.length} 位测试借款人）。`);

// 3. Save in this browser (IndexedDB, survives reloads and works offline). Not available outside a browser.
// zh: 3. 存进这个浏览器（IndexedDB：刷新页面后还在，离线也能用）。浏览器之外没有它。
if (typeof indexedDB === 'undefined') {
  lab.print('No IndexedDB here (not a browser): skipping the browser-storage save.');
//zh>   lab.print('这里没有 IndexedDB（不是浏览器）：跳过存进浏览器存储这一步。');
} else {
  await model.save('indexeddb://lml-credit-model');
  const fromBrowser = await tf.loadLayersModel('indexeddb://lml-credit-model');
  const again = await predict(fromBrowser, testX);
  lab.print(`Reloaded from IndexedDB: ${again.every((p, i) => p === original[i]) ? 'identical predictions' : 'predictions DIFFER'}.`);
//zh>   lab.print(`从 IndexedDB 重新加载：${again.every((p, i) => p === original[i]) ? '预测完全相同' : '预测不一致'}。`);
}

// 4. An API: a request object in, a JSON-able answer out, with input checks like a real endpoint.
// zh: 4. 一个 API：传进一个请求对象，返回一个可以转成 JSON 的回答，并像真正的接口那样检查输入。
async function scoreApi(request: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  if (typeof request !== 'object' || request === null) return { status: 400, body: { error: 'send a JSON object' } };
//zh>   if (typeof request !== 'object' || request === null) return { status: 400, body: { error: '请发送一个 JSON 对象' } };
  const body = request as Record<string, unknown>;
  const missing = features.filter((f) => typeof body[f] !== 'number' || !Number.isFinite(body[f]));
  if (missing.length > 0) return { status: 422, body: { error: `missing or not a number: ${missing.join(', ')}` } };
//zh>   if (missing.length > 0) return { status: 422, body: { error: `缺失或不是数字：${missing.join(', ')}` } };
  const x = tf.tensor2d([standardize(features.map((f) => body[f] as number))]);
  const [p = NaN] = await predict(model, x);
  x.dispose();
  return { status: 200, body: { probabilityOfDefault: Number(p.toFixed(4)), decision: p < 0.3 ? 'approve' : p < 0.6 ? 'review' : 'decline' } };
}
const example = Object.fromEntries(features.map((f, j) => [f, testRows[0]?.[j] ?? 0]));
lab.print('POST /score', example, '→', (await scoreApi(example)).body);
//zh> lab.print('POST /score', example, '→', (await scoreApi(example)).body);
lab.print('POST /score {"age": "old"} →', (await scoreApi({ age: 'old' })).body);
//zh> lab.print('POST /score {"age": "old"} →', (await scoreApi({ age: 'old' })).body);

// 5. Latency on this device: one call at a time, as a single-worker server would.
// zh: 5. 这台设备上的延迟：一次只处理一个调用，就像只有一个工作进程的服务器那样。
const calls = Math.max(5, Math.round(300 * lab.scale));
const times: number[] = [];
for (let k = 0; k < calls; k++) {
  const request = Object.fromEntries(features.map((f, j) => [f, testRows[k % testRows.length]?.[j] ?? 0]));
  const started = performance.now();
  await scoreApi(request);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? NaN;
const p95 = times[Math.floor(times.length * 0.95)] ?? NaN;
const perSecond = 1000 / (times.reduce((s, t) => s + t, 0) / times.length);

// 6. Quantize to 8 bits: per tensor, map [min, max] onto 0…255 (the step Δ and the minimum kept as floats).
// zh: 6. 量化到 8 位：对每个张量，把 [min, max] 映射到 0…255（步长 Δ 和最小值仍存为浮点数）。
const quantized: { shape: number[]; q: Uint8Array; scale: number; min: number }[] = [];
for (const w of model.getWeights()) {
  const values = (await w.data()) as Float32Array;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const scale = (max - min) / 255 || 1;
  quantized.push({ shape: w.shape, q: Uint8Array.from(values, (v) => Math.round((v - min) / scale)), scale, min });
}
const int8Model = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: saved.modelTopology, weightSpecs: saved.weightSpecs, weightData: weightBytes }));
int8Model.setWeights(quantized.map(({ shape, q, scale, min }) => tf.tensor(Float32Array.from(q, (v) => v * scale + min), shape)));
const dequantized = await predict(int8Model, testX);
const floatBytes = weightBytes.byteLength;
const int8Bytes = quantized.reduce((s, t) => s + t.q.length + 8, 0); // 1 byte per weight + scale and min per tensor // zh: 每个权重 1 个字节 + 每个张量的步长和最小值
const maxChange = Math.max(...dequantized.map((p, i) => Math.abs(p - (original[i] ?? 0))));

// Each accuracy with its 95 % Wilson interval (src/math/intervals.ts): how far it could be from the accuracy on new borrowers.
// zh: 每个准确率都附上 95 % Wilson 区间（src/math/intervals.ts）：它与在新借款人上的准确率可能相差多远。
function withInterval(accuracy: number): string {
  const n = testRows.length;
  const z = 1.959964;
  const d = 1 + (z * z) / n;
  const centre = (accuracy + (z * z) / (2 * n)) / d;
  const half = (z / d) * Math.sqrt((accuracy * (1 - accuracy)) / n + (z * z) / (4 * n * n));
  return `${(accuracy * 100).toFixed(1)} % (95 % interval ${((centre - half) * 100).toFixed(1)} to ${((centre + half) * 100).toFixed(1)} %)`;
//zh>   return `${(accuracy * 100).toFixed(1)} %（95 % 区间 ${((centre - half) * 100).toFixed(1)} 至 ${((centre + half) * 100).toFixed(1)} %）`;
}
lab.table([
  { 'version': 'float32', 'weights (bytes)': floatBytes, 'test accuracy': withInterval(accuracyOf(original)) },
//zh>   { '版本': 'float32', '权重（字节）': floatBytes, '测试准确率': withInterval(accuracyOf(original)) },
  { 'version': '8-bit', 'weights (bytes)': int8Bytes, 'test accuracy': withInterval(accuracyOf(dequantized)) },
//zh>   { '版本': '8 位', '权重（字节）': int8Bytes, '测试准确率': withInterval(accuracyOf(dequantized)) },
]);
lab.print(`8-bit weights are ${(floatBytes / int8Bytes).toFixed(2)}× smaller; the largest change in any predicted probability is ${maxChange.toFixed(4)}.`);
//zh> lab.print(`8 位权重缩小到原来的 1/${(floatBytes / int8Bytes).toFixed(2)}；所有预测概率中变化最大的是 ${maxChange.toFixed(4)}。`);

// 7. What a call costs: this device's median latency, priced as a comparable cloud machine.
// 1,000 calls × latency (s) × price per hour ÷ 3,600 s (src/math/lifecycle-costs.ts: costPer1000Calls).
// zh: 7. 一次调用要花多少钱：用这台设备测得的延迟中位数，按一台相当的云服务器来计价。
// zh: 1,000 次调用 × 延迟（秒）× 每小时价格 ÷ 3,600 秒（src/math/lifecycle-costs.ts：costPer1000Calls）。
const costPer1000 = (1000 * (median / 1000) * pricePerHour) / 3600;
lab.print(`Latency: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, ${perSecond.toFixed(0)} calls per second on ${lab.backend}.`);
//zh> lab.print(`延迟：中位数 ${median.toFixed(2)} 毫秒，p95 ${p95.toFixed(2)} 毫秒；每秒 ${perSecond.toFixed(0)} 次调用（${lab.backend} 后端）。`);
lab.print(`At USD ${pricePerHour} per hour, one call at a time: USD ${costPer1000.toPrecision(3)} per 1,000 calls.`);
//zh> lab.print(`按每小时 ${pricePerHour} 美元、一次处理一个调用计：每千次调用 ${costPer1000.toPrecision(3)} 美元。`);
lab.offerWorksheetCost({
  costPer1000Calls: costPer1000,
  provenance: `${median.toFixed(2)} ms per call (median of ${calls}) on ${lab.backend} × USD ${pricePerHour} per hour`,
//zh>   provenance: `每次调用 ${median.toFixed(2)} 毫秒（${calls} 次调用的中位数，${lab.backend} 后端）× 每小时 ${pricePerHour} 美元`,
  callsPerSecond: perSecond,
});
lab.metrics({ medianMs: median, p95Ms: p95, callsPerSecond: perSecond, floatBytes, int8Bytes, floatAccuracy: accuracyOf(original), int8Accuracy: accuracyOf(dequantized), maxChange, costPer1000 });

export {};
