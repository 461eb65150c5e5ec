// 8-bit quantization of one tensor: Δ = (max − min) / 255, q = round((w − min) / Δ).
// zh: 一个张量的 8 位量化：Δ = (max − min) / 255，q = round((w − min) / Δ)。
function quantize(weights: number[]): { q: number[]; step: number; min: number } {
  const min = Math.min(...weights);
  const max = Math.max(...weights);
  const step = (max - min) / 255;
  return { q: weights.map((w) => Math.round((w - min) / step)), step, min };
}

// Decoding: w̃ = q · Δ + min.
// zh: 解码：w̃ = q · Δ + min。
function dequantize(t: { q: number[]; step: number; min: number }): number[] {
  return t.q.map((v) => v * t.step + t.min);
}

const packed = quantize([-0.8, 0.1, 0.5, 1.2]);
lab.print(packed.q, dequantize(packed));
