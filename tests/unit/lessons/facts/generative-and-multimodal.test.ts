/**
 * "Generative and multimodal models": the VAE's KL term, the GAN gradients,
 * the InfoNCE batch, the toy models' sizes and the image-versus-text cost,
 * all by hand (the cost with the worksheet's published formula written out:
 * 2·N·T FLOPs per call, GPU-hours at 10 % of the H100's peak, its price).
 * Money and the counts quoted in billions or millions read the Chinese way
 * in the Chinese edition (美元, 亿).
 */
import { describe, expect, it } from 'vitest';
import { facts } from '../../../../content/lessons/generative-and-multimodal/facts';
import { DEFAULT_GPUS } from '../../../../src/worksheet/model/gpus';
import { expectUsesExactly, fixed, grouped } from './helpers';

describe('generative-and-multimodal facts', () => {
  it('match the hand arithmetic', () => {
    // KL: μ = (1, 0), ln σ² = (0, −2): ½(1 + 1 − 1 − 0) + ½(0 + e⁻² − 1 + 2).
    const kl = 0.5 * (1 + 1 - 1 - 0) + 0.5 * (0 + Math.exp(-2) - 1 + 2);
    // InfoNCE: cosines of pictures (1,0,0), (0.6,0.8,0), (0,0.6,0.8) with texts (0.8,0.6,0), (0.6,0.8,0), (0,0,1); all unit length.
    const s = [
      [0.8, 0.6, 0],
      [0.48 + 0.48, 0.36 + 0.64, 0],
      [0.36, 0.48, 0.8],
    ];
    const ce = (row: number[], k: number) => -Math.log(Math.exp((row[k] ?? NaN) / 0.1) / row.reduce((a, v) => a + Math.exp(v / 0.1), 0));
    const columns = [0, 1, 2].map((j) => s.map((r) => r[j] ?? NaN));
    const loss = ([0, 1, 2].reduce((a, k) => a + ce(s[k] ?? [], k) + ce(columns[k] ?? [], k), 0)) / 6;
    // Sizes: VAE 256→32→(2, 2), 2→32→256 with biases; CLIP toy 256→32→8 (+32 biases), 6 words × 16, 16→8.
    const vae = 256 * 32 + 32 + 2 * (32 * 2 + 2) + 2 * 32 + 32 + 32 * 256 + 256; // 16,900
    const toy = 256 * 32 + 32 + 32 * 8 + 6 * 16 + 16 * 8; // 8,704
    // Cost per 1,000 calls: 1000 · 2NT / (peak · 0.1 · 3600) · price.
    const h100 = DEFAULT_GPUS.find((g) => g.id === 'h100-sxm');
    if (!h100) throw new Error('no H100 in the shipped GPU table');
    const per1k = (n: number, t: number) => ((1000 * 2 * n * t) / (h100.peakFlopsPerSecond * 0.1 * 3600)) * h100.pricePerHour;
    expect(facts).toEqual({
      kl_mean: '(1, 0)',
      kl_variance: `(1.000, ${fixed(Math.exp(-2), 3)})`,
      kl_value: fixed(kl, 3),
      fake_score: '0.01',
      saturating_gradient: '-0.01', // −D
      non_saturating_gradient: '-0.99', // −(1 − D)
      gradient_ratio: '99',
      gan_value: fixed(-Math.log(4), 3),
      nce_similarities: `\\begin{pmatrix} ${s.map((r) => r.map((v) => fixed(v, 2)).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`,
      tau: '0.1',
      nce_loss: fixed(loss, 3),
      nce_chance: fixed(Math.log(3), 3),
      nce_picture_one: fixed(ce(s[0] ?? [], 0), 3),
      nce_picture_two: fixed(ce(s[1] ?? [], 1), 3),
      vae_parameters: grouped(vae),
      vae_pictures: '400',
      vae_epochs: '15',
      vae_flops: `${fixed((6 * vae * 400 * 15) / 1e8, 1)} \\times 10^{8}`,
      clip_toy_parameters: grouped(toy),
      captions: '8',
      clip_toy_pictures: grouped(200 * 8),
      vae_error_share: '0.75',
      latent_accuracy: '60%',
      caption_accuracy: '60%',
      precision: '70%',
      held_out_below: '25%',
      dalle_billions: { en: '12', zh: '120 亿' }, // 12 × 10⁹ parameters
      dalle_text_tokens: '256',
      dalle_image_tokens: '1,024',
      dalle_tokens: '1,280',
      image_flops: `${fixed((2 * 12e9 * 1280) / 1e13, 1)} \\times 10^{13}`, // 3.07e13
      text_flops: `${fixed((2 * 7e9 * 1000) / 1e13, 1)} \\times 10^{13}`, // 1.4e13
      image_vs_text: fixed((12e9 * 1280) / (7e9 * 1000), 1),
      text_billions: { en: '7', zh: '70 亿' },
      text_tokens: '1,000',
      inference_util: '10%',
      text_cost_1k: { en: `USD ${fixed(per1k(7e9, 1000), 3)}`, zh: `${fixed(per1k(7e9, 1000), 3)} 美元` },
      image_cost_1k: { en: `USD ${fixed(per1k(12e9, 1280), 3)}`, zh: `${fixed(per1k(12e9, 1280), 3)} 美元` },
      clip_pairs_millions: { en: '400', zh: '4 亿' }, // 400 × 10⁶ pairs
      clip_gpus: '256',
      clip_days: '12',
      clip_gpu_hours: grouped(256 * 12 * 24),
    });
    expectUsesExactly('generative-and-multimodal', facts);
  });
});
