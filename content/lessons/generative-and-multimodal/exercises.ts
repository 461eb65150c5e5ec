/**
 * Exercises of "Generative and multimodal models": every answer is computed
 * here with the course's own math (src/math/generative), never typed in.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt } from '../../../src/format/prose';
import { cosineSimilarity, gaussianKl, generatorGradient, infoNce } from '../../../src/math/generative';
import { inputs } from './facts';

const at = (values: readonly number[], k: number) => values[k] ?? Number.NaN;
/** A number for prose with a true minus sign: "−1.386", not "-1.386". */
const signed = (x: number, digits: number) => fmt(x, digits).replace(/^-/, '−');
const pair = (v: readonly number[], digits: number) => `(${v.map((x) => signed(x, digits)).join(', ')})`;

// KL(N(μ, s²) ‖ N(0, 1)) = ½ Σ (μ² + s² − 1 − ln s²), from μ and ln s².
const mean = [0.5, -1];
const variance = [1, 0.25];
const logVariance = variance.map((v) => Math.log(v));
const klTerms = mean.map((m, j) => gaussianKl([m], [at(logVariance, j)]));
const kl = gaussianKl(mean, logVariance);

// GAN: D = σ(a) = 0.05; gradients with respect to the logit a.
const fake = 0.05;
const logit = Math.log(fake / (1 - fake));
const saturating = generatorGradient(logit, 'saturating'); // −D
const nonSaturating = generatorGradient(logit, 'non-saturating'); // −(1 − D)
const ratio = nonSaturating / saturating;

// The lesson's worked InfoNCE batch, for the code exercise's solution text.
const similarities = inputs.pictures.map((p) => inputs.texts.map((t) => cosineSimilarity(p, t)));
const nce = infoNce(similarities, inputs.tau);

export const exercises = defineExercises([
  {
    id: 'kl-by-hand',
    kind: 'number',
    title: { en: 'The KL term by hand', zh: '手算 KL 项' },
    prompt: {
      en: `A VAE's encoder gives a picture the means μ = ${pair(mean, 1)} and variances s² = ${pair(variance, 2)} for its two code numbers. What is its KL term ½ Σ (μ² + s² − 1 − ln s²), in nats? Answer to three decimals.`,
      zh: `VAE 的编码器给一张图片的两个编码数输出均值 μ = ${pair(mean, 1)}、方差 s² = ${pair(variance, 2)}。它的 KL 项 ½ Σ (μ² + s² − 1 − ln s²) 是多少奈特？保留三位小数。`,
    },
    answer: kl,
    tolerance: 0.0015,
    unit: { en: 'nats', zh: '奈特' },
    hints: [
      { en: 'Compute the term of each code number on its own, then add the two.', zh: '每个编码数的项分开算，再把两项加起来。' },
      {
        en: `The first: ½(${fmt(at(mean, 0) ** 2, 2)} + ${fmt(at(variance, 0), 0)} − 1 − ln ${fmt(at(variance, 0), 0)}) = ${fmt(at(klTerms, 0), 3)}.`,
        zh: `第一项：½(${fmt(at(mean, 0) ** 2, 2)} + ${fmt(at(variance, 0), 0)} − 1 − ln ${fmt(at(variance, 0), 0)}) = ${fmt(at(klTerms, 0), 3)}。`,
      },
      {
        en: `The second: ½(${fmt(at(mean, 1) ** 2, 0)} + ${fmt(at(variance, 1), 2)} − 1 − ln ${fmt(at(variance, 1), 2)}), with ln ${fmt(at(variance, 1), 2)} ≈ ${signed(at(logVariance, 1), 3)}.`,
        zh: `第二项：½(${fmt(at(mean, 1) ** 2, 0)} + ${fmt(at(variance, 1), 2)} − 1 − ln ${fmt(at(variance, 1), 2)})，其中 ln ${fmt(at(variance, 1), 2)} ≈ ${signed(at(logVariance, 1), 3)}。`,
      },
    ],
    solution: {
      en: `${fmt(at(klTerms, 0), 3)} + ${fmt(at(klTerms, 1), 3)} ≈ **${fmt(kl, 3)}** nats. Only μ = 0 and s² = 1 for both numbers would make it 0: the term pulls every code towards N(0, 1).`,
      zh: `${fmt(at(klTerms, 0), 3)} + ${fmt(at(klTerms, 1), 3)} ≈ **${fmt(kl, 3)}** 奈特。只有两个编码数都满足 μ = 0、s² = 1 时它才为 0：这一项把每个编码都拉向 N(0, 1)。`,
    },
  },
  {
    id: 'gan-gradient',
    kind: 'number',
    title: { en: 'A generator that stops learning', zh: '学不动的生成器' },
    prompt: {
      en: `Early in training the discriminator is sure a fake is fake: D(G(z)) = ${fmt(fake, 2)}. How many times stronger is the generator's gradient (with respect to the discriminator's logit) with the loss −ln D(G(z)) than with the original ln(1 − D(G(z)))?`,
      zh: `训练初期，判别器确信一张假图片是假的：D(G(z)) = ${fmt(fake, 2)}。用损失 −ln D(G(z)) 时，生成器的梯度（对判别器的 logit 求导）是用原来的 ln(1 − D(G(z))) 时的多少倍？`,
    },
    answer: ratio,
    tolerance: 0.5,
    unit: { en: 'times', zh: '倍' },
    hints: [
      { en: 'With D = σ(a), the gradient of ln(1 − D) with respect to a is −D.', zh: '设 D = σ(a)，ln(1 − D) 对 a 的梯度是 −D。' },
      { en: 'The gradient of −ln D with respect to a is −(1 − D).', zh: '−ln D 对 a 的梯度是 −(1 − D)。' },
      { en: `Divide ${fmt(-nonSaturating, 2)} by ${fmt(-saturating, 2)}.`, zh: `用 ${fmt(-nonSaturating, 2)} 除以 ${fmt(-saturating, 2)}。` },
    ],
    solution: {
      en: `${signed(nonSaturating, 2)} against ${signed(saturating, 2)}: **${fmt(ratio, 0)}** times stronger. The original loss barely moves the generator exactly when its fakes are worst, which is why GANs train the generator on −ln D(G(z)).`,
      zh: `${signed(nonSaturating, 2)} 对 ${signed(saturating, 2)}：强了 **${fmt(ratio, 0)}** 倍。恰恰在假图片最差的时候，原来的损失几乎推不动生成器；所以 GAN 用 −ln D(G(z)) 来训练生成器。`,
    },
  },
  {
    id: 'why-kl',
    kind: 'choice',
    title: { en: 'Why a VAE can draw', zh: 'VAE 为什么能画' },
    prompt: {
      en: 'A plain autoencoder mostly decodes a random code to noise. Why does a VAE decode a random point from N(0, 1) to something that looks like the data?',
      zh: '普通自编码器把随机编码解码出来，往往只是噪声。为什么 VAE 从 N(0, 1) 中随便取一点，解码出来的东西就像真的数据？',
    },
    options: [
      {
        text: {
          en: 'Its KL term pulls every picture\'s code distribution towards N(0, 1), so points drawn from N(0, 1) land near codes the decoder knows.',
          zh: '它的 KL 项把每张图片的编码分布都拉向 N(0, 1)，所以从 N(0, 1) 中取的点会落在解码器熟悉的编码附近。',
        },
        correct: true,
        why: {
          en: 'Right: all codes are pulled into the same round cloud, and the decoder has learned to draw from every part of it.',
          zh: '对：所有编码都被拉进同一团圆圆的云里，而解码器学会了从这团云的每个地方画出图片。',
        },
      },
      {
        text: { en: 'Its reconstructions are sharper than a plain autoencoder\'s.', zh: '它的重建比普通自编码器更清晰。' },
        why: {
          en: 'The KL term costs some reconstruction, if anything. What the VAE gains is an organised code space, not sharper rebuilds.',
          zh: '要说有什么区别，KL 项反而会牺牲一点重建质量。VAE 得到的是一个有序的编码空间，而不是更清晰的重建。',
        },
      },
      {
        text: { en: 'The reparameterization trick z = μ + s·ε adds noise, and the noise makes pictures realistic.', zh: '重参数化技巧 z = μ + s·ε 加入了噪声，是噪声让图片变得逼真。' },
        why: {
          en: 'The trick is how gradients reach μ and s through the random draw. It does not by itself keep the codes near N(0, 1); the KL term does.',
          zh: '这个技巧的作用是让梯度穿过随机抽样传到 μ 和 s。它本身并不能让编码靠近 N(0, 1)；做到这一点的是 KL 项。',
        },
      },
      {
        text: { en: 'It is trained with the shape labels, so it knows which code means which shape.', zh: '它是带着形状标签训练的，所以知道哪个编码代表哪种形状。' },
        why: {
          en: 'The lesson\'s VAE never sees a label; the shapes separate in the code plane on their own.',
          zh: '课文里的 VAE 从来看不到标签；形状是自己在编码平面上分开的。',
        },
      },
    ],
    hints: [
      { en: 'Look at the two terms of the VAE loss: which one says anything about where codes should lie?', zh: '看看 VAE 损失的两项：哪一项规定了编码应该落在哪里？' },
      { en: 'The KL term is 0 only for μ = 0, s = 1.', zh: 'KL 项只有在 μ = 0、s = 1 时才为 0。' },
    ],
    solution: {
      en: 'The KL term keeps every code distribution near N(0, 1), so the codes fill one cloud with no empty gaps. Any point drawn from N(0, 1) is near codes the decoder was trained on.',
      zh: 'KL 项让每个编码分布都靠近 N(0, 1)，于是编码填满同一团云，中间没有空洞。从 N(0, 1) 中取的任何一点，都靠近解码器训练时见过的编码。',
    },
  },
  {
    id: 'zero-shot',
    kind: 'choice',
    title: { en: 'Classes CLIP never saw', zh: 'CLIP 没见过的类别' },
    prompt: {
      en: 'A trained CLIP must sort photos into classes it was never trained on, and you have no labelled photos of them. How does it classify them zero-shot?',
      zh: '一个训练好的 CLIP 要把照片分到它从没训练过的类别里，而你手里没有这些类别的带标签照片。它怎样做零样本分类？',
    },
    options: [
      {
        text: {
          en: 'Write one caption per class ("a photo of a dog"), encode the captions with the text encoder, and give each photo the class whose caption is closest to it.',
          zh: '给每个类别写一条说明（“一张狗的照片”），用文本编码器把它们编码，再给每张照片分配与它最接近的那条说明所属的类别。',
        },
        correct: true,
        why: {
          en: 'Right: pictures and captions live in one space, so similarity to a caption is a score for its class. No labelled photo is needed.',
          zh: '对：图片和文字说明处在同一个空间里，所以与某条说明的相似度就是对应类别的得分。不需要任何带标签的照片。',
        },
      },
      {
        text: { en: 'Add a classification layer and train it on labelled photos of the new classes.', zh: '加一个分类层，用新类别的带标签照片训练它。' },
        why: {
          en: 'That is fine-tuning, which needs labelled examples; zero-shot uses none.',
          zh: '那是微调，需要带标签的样本；零样本分类一个也不用。',
        },
      },
      {
        text: { en: 'Generate a picture for each class name and compare pixels with each photo.', zh: '为每个类别名生成一张图片，再和每张照片逐像素比较。' },
        why: {
          en: 'CLIP does not generate pictures, and pixels say little about classes. It compares the embeddings of pictures and text.',
          zh: 'CLIP 不生成图片，而且像素也说明不了多少类别信息。它比较的是图片和文字的嵌入。',
        },
      },
      {
        text: { en: 'Find the most similar photos in its training set and copy their labels.', zh: '在它的训练集里找最相似的照片，照搬它们的标签。' },
        why: {
          en: 'CLIP\'s training pairs carry no class labels, only captions found on the web; the pairing itself is the label.',
          zh: 'CLIP 的训练配对没有类别标签，只有网上找到的文字说明；配对本身就是标签。',
        },
      },
    ],
    hints: [
      { en: 'CLIP has two encoders whose vectors can be compared. What could stand in for a class?', zh: 'CLIP 有两个编码器，它们的向量可以相互比较。什么东西可以代表一个类别？' },
      { en: 'A class can be described by a sentence, and a sentence can be encoded.', zh: '一个类别可以用一句话来描述，而一句话可以被编码。' },
    ],
    solution: {
      en: 'Encode one caption per class and pick the caption most similar to each photo. This way CLIP matched a ResNet-50 trained on ImageNet\'s labelled pictures without using any of them.',
      zh: '为每个类别编码一条说明，为每张照片挑出最相似的说明。CLIP 就这样追平了在 ImageNet 带标签图片上训练出来的 ResNet-50，而一张那样的图片都没用。',
    },
  },
  {
    id: 'write-infonce',
    kind: 'code',
    title: { en: 'Write InfoNCE', zh: '写出 InfoNCE' },
    prompt: {
      en: 'Open the exercise in the editor and finish `infoNce(similarities, tau)`: the symmetric contrastive loss of a batch, where `similarities[i][j]` is the similarity of picture i and caption j. Each picture must pick its caption along its row, and each caption its picture along its column. The check uses batches you have not seen, of other sizes.',
      zh: '在编辑器里打开这道练习，完成 `infoNce(similarities, tau)`：一个批量的对称对比损失，其中 `similarities[i][j]` 是图片 i 与说明 j 的相似度。每张图片沿自己那一行挑出自己的说明，每条说明沿自己那一列挑出自己的图片。检查会用你没见过、大小不同的批量。',
    },
    starter: 'write-infonce.ts',
    solutionFile: 'write-infonce.solution.ts',
    checker: `
const cases = [
  { s: [[0.9, 0.1], [0.2, 0.7]], tau: 0.5 },
  { s: [[0.8, 0.3, -0.2, 0.1], [0.5, 0.6, 0.0, 0.2], [0.1, 0.4, 0.9, -0.3], [0.7, 0.2, 0.1, 0.3]], tau: 0.1 },
  { s: [[0.2, 0.9, 0.4], [0.3, 0.1, 0.8], [0.6, 0.5, 0.5]], tau: 1 },
];
const pickOwn = (scores, own, tau) => {
  const z = scores.map((v) => v / tau);
  const max = Math.max(...z);
  const logSum = max + Math.log(z.reduce((a, v) => a + Math.exp(v - max), 0));
  return logSum - z[own];
};
function expectedInfoNce(s, tau) {
  const n = s.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += pickOwn(s[i], i, tau) + pickOwn(s.map((row) => row[i]), i, tau);
  return total / (2 * n);
}
check.that({ en: 'infoNce is a function', zh: 'infoNce 是一个函数' }, typeof infoNce === 'function');
for (const { s, tau } of cases) {
  const label = s.length + ' × ' + s.length + ', τ = ' + tau;
  check.close({ en: 'loss of a batch of ' + label, zh: label + ' 的批量的损失' }, infoNce(s.map((row) => [...row]), tau), expectedInfoNce(s, tau), 1e-6);
}
`,
    hints: [
      { en: 'Picture i\'s term is −ln of softmax(row i / τ) at position i; caption i\'s term is the same along column i.', zh: '图片 i 的项是 softmax(第 i 行 / τ) 在第 i 个位置上的值取 −ln；说明 i 的项则沿第 i 列同样计算。' },
      { en: '−ln softmax(z)ᵢ = ln Σⱼ e^(zⱼ) − zᵢ: write a helper for it and call it on `logits[i]` and on `logits.map((row) => row[i] ?? 0)`.', zh: '−ln softmax(z)ᵢ = ln Σⱼ e^(zⱼ) − zᵢ：为它写一个小函数，分别用在 `logits[i]` 和 `logits.map((row) => row[i] ?? 0)` 上。' },
    ],
    solution: {
      en: `Add both cross-entropies for every pair and divide by 2n. On the lesson's batch (τ = ${fmt(inputs.tau, 1)}) the pictures' side is ${fmt(nce.imageToText, 3)}, the captions' side ${fmt(nce.textToImage, 3)}, and the loss ${fmt(nce.loss, 3)}; chance would be ln 3 = ${fmt(Math.log(3), 3)}. The two sides differ, so a loss with only one of them is wrong.`,
      zh: `对每一对把两个方向的交叉熵加起来，再除以 2n。在课文的批量上（τ = ${fmt(inputs.tau, 1)}），图片一侧是 ${fmt(nce.imageToText, 3)}，说明一侧是 ${fmt(nce.textToImage, 3)}，损失是 ${fmt(nce.loss, 3)}；瞎猜则是 ln 3 = ${fmt(Math.log(3), 3)}。两个方向并不相等，少算一个就错了。`,
    },
  },
]);
