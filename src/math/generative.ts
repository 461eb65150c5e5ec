/**
 * The losses behind the generative and multimodal lesson.
 *
 * Variational autoencoder (Kingma & Welling 2014): the encoder gives a mean
 * μ and a log-variance ln σ² per latent number; z = μ + σ·ε with ε ~ N(0, 1)
 * (the reparameterization trick, so gradients reach μ and σ); the loss is the
 * reconstruction error plus the Kullback–Leibler divergence to N(0, 1):
 *   KL = ½ Σ_j (μ_j² + σ_j² − 1 − ln σ_j²)     (0 exactly when μ = 0, σ = 1)
 *
 * GAN (Goodfellow et al. 2014): a discriminator D(x) = σ(a) says "real"; the
 * generator wants D(G(z)) high. With the original loss ln(1 − D(G(z))) the
 * generator's gradient with respect to the discriminator's logit a is −σ(a),
 * tiny while fakes are obviously fake (D ≈ 0); the usual fix minimises
 * −ln D(G(z)) instead, whose gradient is −(1 − σ(a)), large exactly then.
 * At the ideal equilibrium D = ½ everywhere and the value of the game is −ln 4.
 *
 * CLIP-style contrastive loss (InfoNCE; Radford et al. 2021): for a batch
 * of n matched (image, text) pairs and similarities S[i][j] (cosine similarity
 * of image i and text j), logits S/τ; each image must pick its own text among
 * the n (cross-entropy with target i along row i), and each text its own
 * image (along column j); the loss is the mean of the two.
 */
import { softmax } from './softmax';
import type { Matrix } from './attention';

/** KL(N(μ, σ²) ‖ N(0, 1)) summed over the latent numbers, from μ and ln σ². */
export function gaussianKl(mean: readonly number[], logVariance: readonly number[]): number {
  return mean.reduce((s, m, j) => {
    const lv = logVariance[j] ?? Number.NaN;
    return s + 0.5 * (m * m + Math.exp(lv) - 1 - lv);
  }, 0);
}

/** ∂/∂a of the generator's loss, D = σ(a): 'saturating' ln(1 − σ(a)) gives −σ(a); 'non-saturating' −ln σ(a) gives −(1 − σ(a)). */
export function generatorGradient(discriminatorLogit: number, loss: 'saturating' | 'non-saturating'): number {
  const d = 1 / (1 + Math.exp(-discriminatorLogit));
  return loss === 'saturating' ? -d : -(1 - d);
}

/** cos(u, v) = u·v / (|u| |v|). */
export function cosineSimilarity(u: readonly number[], v: readonly number[]): number {
  const dot = u.reduce((s, a, i) => s + a * (v[i] ?? Number.NaN), 0);
  const norm = (w: readonly number[]) => Math.sqrt(w.reduce((s, a) => s + a * a, 0));
  return dot / (norm(u) * norm(v));
}

/** Mean cross-entropy −ln softmax(row)[i] of row i with target i, in nats. */
function diagonalCrossEntropy(rows: Matrix): number {
  return rows.reduce((s, row, i) => s - Math.log(softmax(row)[i] ?? Number.NaN), 0) / rows.length;
}

/**
 * Symmetric InfoNCE for n matched pairs: similarities[i][j] = sim(image i, text j),
 * divided by the temperature τ. Returns both directions and their mean (the loss).
 */
export function infoNce(similarities: Matrix, temperature: number): { imageToText: number; textToImage: number; loss: number } {
  const logits = similarities.map((row) => row.map((s) => s / temperature));
  const transposed = logits.map((_, j) => logits.map((row) => row[j] ?? Number.NaN));
  const imageToText = diagonalCrossEntropy(logits);
  const textToImage = diagonalCrossEntropy(transposed);
  return { imageToText, textToImage, loss: (imageToText + textToImage) / 2 };
}

/** Share of rows whose largest entry is at the row's target column (top-1 retrieval accuracy). */
export function retrievalAccuracy(similarities: Matrix, targets: readonly number[]): number {
  const hits = similarities.filter((row, i) => row.indexOf(Math.max(...row)) === targets[i]).length;
  return hits / similarities.length;
}
