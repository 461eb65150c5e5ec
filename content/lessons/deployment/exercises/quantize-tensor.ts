// 8-bit quantization of one tensor: map its range [min, max] linearly onto
// the integers 0…255. Keep the step Δ = (max − min) / 255 and the minimum,
// so that each byte q decodes back to q · Δ + min.
// zh: 一个张量的 8 位量化：把它的取值范围 [min, max] 线性地映射到整数 0…255 上。
// zh: 留下步长 Δ = (max − min) / 255 和最小值，这样每个字节 q 都能解码回 q · Δ + min。
function quantize(weights: number[]): { q: number[]; step: number; min: number } {
  // Your code here: find min and max, the step, and each byte q = round((w − min) / Δ).
  // zh: 在这里写代码：求出 min 和 max、步长，以及每个字节 q = round((w − min) / Δ)。
  return { q: weights.map(() => 0), step: 0, min: 0 };
}

// Decoding is given: w̃ = q · Δ + min.
// zh: 解码已经写好了：w̃ = q · Δ + min。
function dequantize(t: { q: number[]; step: number; min: number }): number[] {
  return t.q.map((v) => v * t.step + t.min);
}

// Try it on the lesson's weights: the bytes should be [0, 115, 166, 255].
// zh: 用课文中的权重试一试：字节应该是 [0, 115, 166, 255]。
const packed = quantize([-0.8, 0.1, 0.5, 1.2]);
lab.print(packed.q, dequantize(packed));
