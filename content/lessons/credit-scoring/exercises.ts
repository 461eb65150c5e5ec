/**
 * Exercises of "Credit scoring": answers computed with src/math (the
 * sigmoid, and the calibration functions the lesson's facts use).
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtGrouped, fmtPercent } from '../../../src/format/prose';
import { sigmoid } from '../../../src/math/activations';
import { expectedCalibrationError, reliabilityBins } from '../../../src/math/calibration';

// The from_logits trap: a sigmoid output of 0.05 read by the loss as a logit.
const output = 0.05;
const squashed = sigmoid(output);
const expMinus = Math.exp(-output); // e^(−z), the middle step of σ(z) = 1 / (1 + e^(−z))

// A reliability check with two bins, run through src/math/calibration as labels and scores.
const calibration = [
  { borrowers: 300, predicted: 0.1, defaults: 24 },
  { borrowers: 100, predicted: 0.4, defaults: 50 },
] as const;
const calLabels = calibration.flatMap((b) => Array.from({ length: b.borrowers }, (_, k) => (k < b.defaults ? 1 : 0)));
const calScores = calibration.flatMap((b) => Array.from({ length: b.borrowers }, () => b.predicted));
const bins = reliabilityBins(calLabels, calScores);
const ece = expectedCalibrationError(bins);
const bin = (k: number) => bins[k] ?? { count: NaN, predicted: NaN, observed: NaN };
const gap = (k: number) => Math.abs(bin(k).observed - bin(k).predicted); // |observed − predicted|
const weight = (k: number) => bin(k).count / calLabels.length; // n_b / n
const [first, second] = calibration;

export const exercises = defineExercises([
  {
    id: 'from-logits-squash',
    kind: 'number',
    title: { en: 'Squashed twice', zh: '被压了两次' },
    prompt: {
      en: `A credit model ends in a sigmoid and gives a borrower a default probability of ${output}. It was compiled with \`from_logits=True\`, so the loss applies the sigmoid again. What probability does the loss think the model gave? Answer to three decimals.`,
      zh: `一个信用模型最后一层是 sigmoid，给某位借款人的违约概率是 ${output}。编译时却用了 \`from_logits=True\`，于是损失函数又套了一次 sigmoid。损失函数以为模型给出的概率是多少？保留三位小数。`,
    },
    answer: squashed,
    tolerance: 0.0015,
    hints: [
      { en: '`from_logits=True` treats the number it gets as a raw score z and computes σ(z) itself.', zh: '`from_logits=True` 把拿到的数当成原始分数 z，自己再算 σ(z)。' },
      { en: `σ(z) = 1 / (1 + e^(−z)) with z = ${output}; e^(−${output}) ≈ ${fmt(expMinus, 3)}.`, zh: `σ(z) = 1 / (1 + e^(−z))，其中 z = ${output}；e^(−${output}) ≈ ${fmt(expMinus, 3)}。` },
    ],
    solution: {
      en: `σ(${output}) = 1 / (1 + ${fmt(expMinus, 3)}) ≈ **${fmt(squashed, 3)}**: a confident "${fmtPercent(output, 0)} chance of default" is scored as a coin flip. Every sigmoid output lies in (0, 1), so after the second sigmoid it lands between 0.5 and ${fmt(sigmoid(1), 2)}, and the loss can no longer tell sure from unsure.`,
      zh: `σ(${output}) = 1 / (1 + ${fmt(expMinus, 3)}) ≈ **${fmt(squashed, 3)}**：很有把握的“${fmtPercent(output, 0)} 的违约概率”被当成了抛硬币。sigmoid 的输出都在 (0, 1) 之间，再套一次 sigmoid 就落在 0.5 到 ${fmt(sigmoid(1), 2)} 之间，损失函数再也分不清有把握和没把握。`,
    },
  },
  {
    id: 'which-statistics',
    kind: 'choice',
    title: { en: 'Whose mean?', zh: '用谁的均值？' },
    prompt: {
      en: 'You standardize each feature as (x − μ) / s before training. Which μ and s do you use for the test borrowers?',
      zh: '训练前，你按 (x − μ) / s 把每个特征标准化。给测试集里的借款人用的是哪个 μ 和 s？',
    },
    options: [
      {
        text: { en: 'Each feature\'s mean and standard deviation over the training set, the same numbers used for training.', zh: '每个特征在训练集上的均值和标准差，也就是训练时用的那几个数。' },
        correct: true,
        why: {
          en: 'Right: the test set stands for new borrowers, who arrive one at a time; they get exactly the transformation the model was trained with.',
          zh: '对：测试集代表的是新来的借款人，他们一个一个地来；他们得到的，正是模型训练时用的那个变换。',
        },
      },
      {
        text: { en: 'Each borrower\'s own mean and spread across their six features.', zh: '每位借款人自己六个特征的均值和离散程度。' },
        why: {
          en: 'That is the per-row mistake of the tutorial the lesson corrects: it mixes incomes with ratios, and a borrower with every feature doubled would look identical. Standardize per feature.',
          zh: '这正是课文纠正的那篇教程的逐行错误：它把收入和比率混在一起算，一位所有特征都翻倍的借款人，看起来会和原来一模一样。应该按特征标准化。',
        },
      },
      {
        text: { en: 'The mean and standard deviation of all borrowers, computed before splitting.', zh: '划分之前，在全部借款人上算出的均值和标准差。' },
        why: {
          en: 'The test borrowers would then shape the numbers the model trains with: information leaks from the test set into training and flatters the result.',
          zh: '那样测试集里的借款人就参与了模型训练所用的数：测试集的信息泄漏进训练，让结果显得比实际好。',
        },
      },
      {
        text: { en: 'The test set\'s own mean and standard deviation, computed on the test borrowers.', zh: '测试集自己的均值和标准差，在测试集的借款人上算出来。' },
        why: {
          en: 'The model would see inputs transformed differently from its training data, and a single new applicant has no "test set" to take statistics from.',
          zh: '那样模型看到的输入，和它训练时的数据变换方式不一样；而且一位新来的申请人，根本没有“测试集”可以拿来算统计量。',
        },
      },
    ],
    hints: [
      { en: 'The test set stands for borrowers who have not applied yet.', zh: '测试集代表的是还没来申请的借款人。' },
      { en: 'When one new applicant arrives, which numbers do you already have?', zh: '当一位新申请人到来时，你手上已经有哪些数？' },
    ],
    solution: {
      en: 'The training set\'s per-feature mean and standard deviation, computed once and reused for validation, test and every future borrower.',
      zh: '训练集上按特征算出的均值和标准差：算一次，然后在验证集、测试集和以后的每一位借款人身上沿用。',
    },
  },
  {
    id: 'random-labels',
    kind: 'choice',
    title: { en: 'Trained on shuffled labels', zh: '在打乱的标签上训练' },
    prompt: {
      en: 'You train the credit network on default flags shuffled among the borrowers. The training loss falls a little over 40 epochs; the test AUC is 0.52. What does this tell you?',
      zh: '你把违约标记在借款人之间打乱，再训练这个信用网络。40 轮里训练损失降了一点；测试集上的 AUC 是 0.52。这说明了什么？',
    },
    options: [
      {
        text: { en: 'The features say nothing about these labels: the model can only memorise training borrowers, and an AUC near 0.5 is the honest result.', zh: '这些特征和这些标签毫无关系：模型只能死记训练集里的借款人，AUC 接近 0.5 才是诚实的结果。' },
        correct: true,
        why: {
          en: 'Right: shuffling keeps the default rate but cuts the link between features and outcome. There is no signal to find, so new borrowers are ranked at chance.',
          zh: '对：打乱保留了违约率，却切断了特征和结果之间的联系。没有信号可找，所以对新借款人的排序只是瞎猜。',
        },
      },
      {
        text: { en: 'The network is too small: add layers until the test AUC rises.', zh: '网络太小了：多加几层，直到测试 AUC 上去为止。' },
        why: { en: 'No architecture can find signal that is not in the data; a bigger network only memorises the training borrowers faster.', zh: '再好的网络结构也找不到数据里没有的信号；更大的网络只会更快地死记训练集里的借款人。' },
      },
      {
        text: { en: 'Train longer: the training loss is still falling.', zh: '再多训练几轮：训练损失还在下降。' },
        why: { en: 'A falling training loss here is memorisation. It says nothing about new borrowers; the validation loss and the test AUC do.', zh: '这里训练损失下降只是死记硬背。它说明不了新借款人的情况；验证损失和测试 AUC 才说明得了。' },
      },
      {
        text: { en: 'The AUC code must be wrong, since the loss went down.', zh: 'AUC 的代码一定写错了，因为损失明明下降了。' },
        why: { en: 'Training curves alone prove nothing: the loss falls on the borrowers the model memorised, while AUC is measured on borrowers it never saw.', zh: '光看训练曲线什么也证明不了：损失是在模型死记过的借款人上下降的，AUC 却是在它从没见过的借款人上测的。' },
      },
    ],
    hints: [
      { en: 'What does shuffling the labels keep, and what does it destroy?', zh: '打乱标签保留了什么，又毁掉了什么？' },
      { en: 'An AUC of 0.5 is what a coin flip scores.', zh: 'AUC 为 0.5 就是抛硬币的水平。' },
    ],
    solution: {
      en: 'Shuffled labels carry no signal, so any model scores near chance on new data (AUC ≈ 0.5). The small drop in training loss is memorisation. The first question for a near-chance model is whether the features say anything about the label.',
      zh: '打乱的标签不带任何信号，所以任何模型在新数据上都接近瞎猜（AUC ≈ 0.5）。训练损失那一点下降是死记硬背。模型得分接近瞎猜时，第一个要问的是：这些特征跟这个标签有没有关系。',
    },
  },
  {
    id: 'calibration-error',
    kind: 'number',
    title: { en: 'Expected calibration error', zh: '期望校准误差' },
    prompt: {
      en: `${fmtGrouped(first.borrowers)} borrowers were predicted about ${fmtPercent(first.predicted, 0)} and ${first.defaults} of them defaulted; ${fmtGrouped(second.borrowers)} were predicted about ${fmtPercent(second.predicted, 0)} and ${second.defaults} defaulted. What is the expected calibration error (ECE) over these two bins? Answer as a decimal, to three decimals.`,
      zh: `有 ${fmtGrouped(first.borrowers)} 位借款人的预测约为 ${fmtPercent(first.predicted, 0)}，其中 ${first.defaults} 人违约；另有 ${fmtGrouped(second.borrowers)} 位的预测约为 ${fmtPercent(second.predicted, 0)}，其中 ${second.defaults} 人违约。这两个区间的期望校准误差（ECE）是多少？用小数回答，保留三位小数。`,
    },
    answer: ece,
    tolerance: 0.0015,
    hints: [
      { en: 'ECE = Σ (n_b / n) · |observed_b − predicted_b|: in each bin, compare the share that defaulted with the prediction.', zh: 'ECE = Σ (n_b / n) · |实际_b − 预测_b|：在每个区间里，拿实际违约的比例和预测值比较。' },
      {
        en: `Observed: ${first.defaults} / ${first.borrowers} = ${fmt(bin(0).observed, 2)} and ${second.defaults} / ${second.borrowers} = ${fmt(bin(1).observed, 2)}, so the gaps are ${fmt(gap(0), 2)} and ${fmt(gap(1), 2)}.`,
        zh: `实际违约比例：${first.defaults} / ${first.borrowers} = ${fmt(bin(0).observed, 2)}，${second.defaults} / ${second.borrowers} = ${fmt(bin(1).observed, 2)}，所以差距分别是 ${fmt(gap(0), 2)} 和 ${fmt(gap(1), 2)}。`,
      },
      {
        en: `Weight each gap by its bin's share of the ${calLabels.length} borrowers: ${fmt(weight(0), 2)} and ${fmt(weight(1), 2)}.`,
        zh: `每个差距按该区间借款人占全部 ${calLabels.length} 人的比例加权：${fmt(weight(0), 2)} 和 ${fmt(weight(1), 2)}。`,
      },
    ],
    solution: {
      en: `ECE = ${fmt(weight(0), 2)} · ${fmt(gap(0), 2)} + ${fmt(weight(1), 2)} · ${fmt(gap(1), 2)} = **${fmt(ece, 3)}**. The small bin contributes more: its predictions are ${fmt(gap(1) * 100, 0)} points too low.`,
      zh: `ECE = ${fmt(weight(0), 2)} · ${fmt(gap(0), 2)} + ${fmt(weight(1), 2)} · ${fmt(gap(1), 2)} = **${fmt(ece, 3)}**。人少的那个区间贡献反而更大：它的预测低了 ${fmt(gap(1) * 100, 0)} 个百分点。`,
    },
  },
  {
    id: 'standardize-features',
    kind: 'code',
    title: { en: 'Standardize with training statistics', zh: '用训练集的统计量做标准化' },
    prompt: {
      en: 'Finish `standardize(train, rows)`: return `rows` with each feature j turned into (x − μⱼ) / sⱼ, where μⱼ and sⱼ are the mean and standard deviation (dividing by n) of feature j over the `train` rows. The check uses training sets and new rows you have not seen.',
      zh: '完成 `standardize(train, rows)`：把 `rows` 的每个特征 j 变成 (x − μⱼ) / sⱼ 后返回，其中 μⱼ 和 sⱼ 是特征 j 在 `train` 各行上的均值和标准差（除以 n）。检查会用你没见过的训练集和新数据来调用它。',
    },
    starter: 'standardize-features.ts',
    solutionFile: 'standardize-features.solution.ts',
    checker: `
const cases = [
  { train: [[30, 0.2, 1], [45, 0.5, 0], [60, 0.3, 2], [75, 0.6, 1], [90, 0.4, 4]], rows: [[84, 0.1, 3], [20, 0.9, 0]] },
  { train: [[25, 12], [40, 3], [58, 7], [33, 9]], rows: [[50, 5]] },
  { train: [[1, 10], [3, 30], [8, 20]], rows: [[1, 10], [3, 30], [8, 20]] },
];
check.that({ en: 'standardize is a function', zh: 'standardize 是一个函数' }, typeof standardize === 'function');
cases.forEach(({ train, rows }, k) => {
  const n = train.length;
  const means = train[0].map((_, j) => train.reduce((s, r) => s + r[j], 0) / n);
  const spreads = train[0].map((_, j) => Math.sqrt(train.reduce((s, r) => s + (r[j] - means[j]) ** 2, 0) / n));
  const expected = rows.map((r) => r.map((x, j) => (x - means[j]) / spreads[j]));
  const got = standardize(train.map((r) => [...r]), rows.map((r) => [...r]));
  const shape = (m) => (Array.isArray(m) ? [m.length, Array.isArray(m[0]) ? m[0].length : 0] : null);
  check.equal({ en: 'shape of the result, case ' + (k + 1), zh: '结果的形状，第 ' + (k + 1) + ' 组' }, shape(got), shape(expected));
  check.close({ en: 'standardized values, case ' + (k + 1), zh: '标准化后的值，第 ' + (k + 1) + ' 组' }, Array.isArray(got) ? got.flat() : got, expected.flat(), 1e-6);
});
`,
    hints: [
      { en: 'For feature j, the standard deviation is √( Σ (xⱼ − μⱼ)² / n ) over the training rows, like the means just above it.', zh: '特征 j 的标准差是在训练集各行上算 √( Σ (xⱼ − μⱼ)² / n )，写法和上面的均值一样。' },
      {
        en: 'Build `spreads` with `Array.from({ length: features }, (_, j) => Math.sqrt(train.reduce((sum, r) => sum + ((r[j] ?? 0) - (means[j] ?? 0)) ** 2, 0) / train.length))`, then divide by `spreads[j]` in the return line.',
        zh: '用 `Array.from({ length: features }, (_, j) => Math.sqrt(train.reduce((sum, r) => sum + ((r[j] ?? 0) - (means[j] ?? 0)) ** 2, 0) / train.length))` 算出 `spreads`，再在 return 那一行里除以 `spreads[j]`。',
      },
    ],
    solution: {
      en: 'Compute each feature\'s mean and standard deviation over the training rows only, then map every row through (x − μⱼ) / sⱼ. A new row is transformed with the training numbers, never with its own.',
      zh: '只在训练集各行上算出每个特征的均值和标准差，然后把每一行都按 (x − μⱼ) / sⱼ 变换。新的一行用的是训练集的数，绝不用它自己的。',
    },
  },
]);
