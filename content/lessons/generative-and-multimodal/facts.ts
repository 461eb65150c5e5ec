/**
 * Numbers quoted by "Generative and multimodal models": the losses worked by
 * src/math/generative, the toy models' sizes and training compute, and what
 * real image models cost, priced with the worksheet's own compute model
 * (src/worksheet/model) like the business-models lesson. The bounds the
 * examples' tests check, at the students' settings, are inputs.
 */
import { fmt, fmtCount, fmtGrouped, fmtMoney, fmtPercent, type LocalizedFact } from '../../../src/format/prose';
import { cosineSimilarity, gaussianKl, generatorGradient, infoNce } from '../../../src/math/generative';
import { softmax } from '../../../src/math/softmax';
import { inferenceCostPer1k, inferenceFlopsPerCall, trainingFlops } from '../../../src/worksheet/model/compute';
import { DEFAULT_GPUS } from '../../../src/worksheet/model/gpus';
import { fraction, usd } from '../../../src/worksheet/model/units';

export const inputs = {
  /** KL worked example: two latent numbers. */
  klMean: [1, 0],
  klLogVariance: [0, -2],
  /** The discriminator is sure a fake is fake: D = 0.01. */
  fakeScore: 0.01,
  /** InfoNCE worked example: three pictures against their three captions (cosine similarities), τ = 0.1. */
  pictures: [[1, 0, 0], [0.6, 0.8, 0], [0, 0.6, 0.8]],
  texts: [[0.8, 0.6, 0], [0.6, 0.8, 0], [0, 0, 1]],
  tau: 0.1,
  /** The VAE example: 16 × 16 pictures, 32 hidden units, 2 latent numbers; 400 pictures × 15 epochs for students. */
  pixels: 256,
  hidden: 32,
  latent: 2,
  vaePictures: 400,
  vaeEpochs: 15,
  /** VAE test: reconstruction error below this share of the average picture's, and latent nearest-centre accuracy above… */
  vaeErrorShareBelow: 0.75,
  latentAccuracyAbove: 0.6,
  /** Contrastive test: caption accuracy above, search precision above; held-out combination below. */
  captionAccuracyAbove: 0.6,
  precisionAbove: 0.7,
  heldOutBelow: 0.25,
  /** Contrastive example: 200 steps of one picture per caption (8 captions); 8 embedding numbers, a 16-number vector per word, 6 words. */
  clipSteps: 200,
  captions: 8,
  embedding: 8,
  wordVector: 16,
  words: 6,
  /** DALL·E (Ramesh et al. 2021): 12 billion parameters; up to 256 text tokens, then 32 × 32 = 1,024 image tokens. */
  dalleParameters: 12e9,
  dalleTextTokens: 256,
  dalleImageTokens: 1024,
  /** The worksheet's reference call (business-models lesson): a 7B model, 1,000 tokens, an H100 at 10 % utilisation. */
  textParameters: 7e9,
  textTokens: 1000,
  gpuId: 'h100-sxm',
  inferenceUtilisation: 0.1,
  /** CLIP (Radford et al. 2021): 400 million pairs; the largest ViT trained 12 days on 256 V100 GPUs. */
  clipPairs: 400e6,
  clipGpus: 256,
  clipDays: 12,
} as const;

const i = inputs;
const logit = Math.log(i.fakeScore / (1 - i.fakeScore));
const similarities = i.pictures.map((p) => i.texts.map((t) => cosineSimilarity(p, t)));
const nce = infoNce(similarities, i.tau);
/** Picture k's own term: −ln softmax(row k / τ)[k], the cross-entropy of picking its caption. */
const pictureLoss = (k: number) => -Math.log(softmax((similarities[k] ?? []).map((v) => v / i.tau))[k] ?? Number.NaN);
const vaeParameters = i.pixels * i.hidden + i.hidden + 2 * (i.hidden * i.latent + i.latent) + i.latent * i.hidden + i.hidden + i.hidden * i.pixels + i.pixels;
const vaeFlops = trainingFlops(vaeParameters, i.vaePictures * i.vaeEpochs); // 6 · N · (pictures seen)
const clipToyParameters = i.pixels * i.hidden + i.hidden + i.hidden * i.embedding + i.words * i.wordVector + i.wordVector * i.embedding;
const callCost = (parameters: number, tokens: number) =>
  inferenceCostPer1k(
    { mode: 'derived', costPer1kCalls: usd(0), parameters, tokensPerCall: tokens, gpuId: i.gpuId, utilisation: fraction(i.inferenceUtilisation), costSource: '' },
    DEFAULT_GPUS,
  );
const dalleTokens = i.dalleTextTokens + i.dalleImageTokens;
const imageFlops = inferenceFlopsPerCall(i.dalleParameters, dalleTokens);
const textFlops = inferenceFlopsPerCall(i.textParameters, i.textTokens);
const sci = (v: number) => {
  const exponent = Math.floor(Math.log10(v));
  return `${fmt(v / 10 ** exponent, 1)} \\times 10^{${exponent}}`;
};
/** A large count quoted in millions or billions in English ("12" billion), and whole in Chinese ("120 亿"). */
const inUnits = (count: number, unit: number): LocalizedFact => ({ en: fmt(count / unit, 0), zh: fmtCount(count).zh });

/** Money reads "USD 0.123" / "0.123 美元" (fmtMoney); counts of parameters and pairs read in 亿 in Chinese. */
export const facts: Readonly<Record<string, string | LocalizedFact>> = {
  kl_mean: `(${i.klMean.join(', ')})`,
  kl_variance: `(${i.klLogVariance.map((lv) => fmt(Math.exp(lv), 3)).join(', ')})`,
  kl_value: fmt(gaussianKl(i.klMean, i.klLogVariance), 3),
  fake_score: fmt(i.fakeScore, 2),
  saturating_gradient: fmt(generatorGradient(logit, 'saturating'), 2),
  non_saturating_gradient: fmt(generatorGradient(logit, 'non-saturating'), 2),
  gradient_ratio: fmt(generatorGradient(logit, 'non-saturating') / generatorGradient(logit, 'saturating'), 0),
  gan_value: fmt(-Math.log(4), 3),
  nce_similarities: `\\begin{pmatrix} ${similarities.map((r) => r.map((v) => fmt(v, 2)).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`,
  tau: fmt(i.tau, 1),
  nce_loss: fmt(nce.loss, 3),
  nce_chance: fmt(Math.log(i.pictures.length), 3),
  nce_picture_one: fmt(pictureLoss(0), 3),
  nce_picture_two: fmt(pictureLoss(1), 3),
  vae_parameters: fmtGrouped(vaeParameters),
  vae_pictures: fmt(i.vaePictures, 0),
  vae_epochs: fmt(i.vaeEpochs, 0),
  vae_flops: sci(vaeFlops),
  clip_toy_parameters: fmtGrouped(clipToyParameters),
  captions: fmt(i.captions, 0),
  clip_toy_pictures: fmtGrouped(i.clipSteps * i.captions),
  vae_error_share: fmt(i.vaeErrorShareBelow, 2),
  latent_accuracy: fmtPercent(i.latentAccuracyAbove, 0),
  caption_accuracy: fmtPercent(i.captionAccuracyAbove, 0),
  precision: fmtPercent(i.precisionAbove, 0),
  held_out_below: fmtPercent(i.heldOutBelow, 0),
  dalle_billions: inUnits(i.dalleParameters, 1e9),
  dalle_text_tokens: fmt(i.dalleTextTokens, 0),
  dalle_image_tokens: fmtGrouped(i.dalleImageTokens),
  dalle_tokens: fmtGrouped(dalleTokens),
  image_flops: sci(imageFlops),
  text_flops: sci(textFlops),
  image_vs_text: fmt(imageFlops / textFlops, 1),
  text_billions: inUnits(i.textParameters, 1e9),
  text_tokens: fmtGrouped(i.textTokens),
  inference_util: fmtPercent(i.inferenceUtilisation, 0),
  text_cost_1k: fmtMoney(callCost(i.textParameters, i.textTokens), 3),
  image_cost_1k: fmtMoney(callCost(i.dalleParameters, dalleTokens), 3),
  clip_pairs_millions: inUnits(i.clipPairs, 1e6),
  clip_gpus: fmt(i.clipGpus, 0),
  clip_days: fmt(i.clipDays, 0),
  clip_gpu_hours: fmtGrouped(i.clipGpus * i.clipDays * 24),
};
