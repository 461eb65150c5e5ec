// One neuron: z = w·x + b, then σ(z) = 1 / (1 + e^(−z)).
// zh: 一个神经元：z = w·x + b，然后 σ(z) = 1 / (1 + e^(−z))。
function neuronOutput(x: number[], w: number[], b: number): number {
  let z = b;
  for (let i = 0; i < x.length; i++) z += (w[i] ?? 0) * (x[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

lab.print(neuronOutput([1, 2], [0.5, -0.3], 0.1));
