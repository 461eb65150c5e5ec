// One neuron: multiply each input by its weight, add them up with the bias,
// then squash the sum with the sigmoid σ(z) = 1 / (1 + e^(−z)).
// zh: 一个神经元：每个输入乘以它的权重，连同偏置加起来，
// zh: 再用 sigmoid σ(z) = 1 / (1 + e^(−z)) 把和压缩。
function neuronOutput(x: number[], w: number[], b: number): number {
  // Your code here: compute z = w·x + b, then return σ(z).
  // zh: 在这里写代码：先算 z = w·x + b，再返回 σ(z)。
  return 0;
}

// Try it on the lesson's first hidden neuron (the answer is 0.5: z is 0 there).
// zh: 用课文里第一个隐藏神经元试一试（答案是 0.5：那里 z 等于 0）。
lab.print(neuronOutput([1, 2], [0.5, -0.3], 0.1));
