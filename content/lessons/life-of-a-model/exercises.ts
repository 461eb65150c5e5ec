/**
 * Exercises of "The life of a model": cost arithmetic with the lesson's own
 * functions (src/math/lifecycle-costs), and the two habits the loop depends
 * on (scaling statistics from the training set only, an untouched test set).
 * Prices reuse the lesson's scenario where they can; the rest are new round
 * figures, made up like the lesson's.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtCount, fmtGrouped, fmtPercent } from '../../../src/format/prose';
import { breakEvenRequests, dedicatedServingCost, HOURS_PER_MONTH, payPerUseServingCost, trainingComputeCost } from '../../../src/math/lifecycle-costs';
import { scenario } from './facts';

// Every run counts: 12 runs of 4 GPUs for 10 hours at the lesson's GPU price.
const runs = { runs: 12, gpus: 4, hours: 10, price: scenario.pricePerGpuHour };
const oneRun = trainingComputeCost(1, runs.gpus, runs.hours, runs.price);
const allRuns = trainingComputeCost(runs.runs, runs.gpus, runs.hours, runs.price);

// Break-even: a cheaper dedicated GPU, shorter requests, the lesson's token price.
const serving = { gpuPrice: 0.9, tokens: 600, pricePerMillion: scenario.pricePerMillionTokens };
const dedicated = dedicatedServingCost(1, serving.gpuPrice);
const perRequest = payPerUseServingCost(1, serving.tokens, serving.pricePerMillion);
const breakEven = breakEvenRequests(dedicated, serving.tokens, serving.pricePerMillion);
const breakEvenText = fmtCount(breakEven);

export const exercises = defineExercises([
  {
    id: 'every-run-counts',
    kind: 'number',
    title: { en: 'Count every run', zh: '每一次训练都要算' },
    prompt: {
      en: `One fine-tuning run uses ${runs.gpus} GPUs for ${runs.hours} hours, at ${fmt(runs.price, 2)} USD per GPU-hour. The team makes ${runs.runs} runs before one is good enough to ship. What is the training compute bill, in USD?`,
      zh: `一次微调用 ${runs.gpus} 块 GPU 跑 ${runs.hours} 小时，每 GPU 小时 ${fmt(runs.price, 2)} 美元。团队跑了 ${runs.runs} 次才得到一个够好、能上线的模型。训练的算力账单是多少美元？`,
    },
    answer: allRuns,
    tolerance: 0.5,
    unit: { en: 'USD', zh: '美元' },
    hints: [
      { en: 'First price one run: GPUs × hours × price per GPU-hour.', zh: '先算一次训练的价钱：GPU 数 × 小时数 × 每 GPU 小时的价格。' },
      { en: `One run costs ${runs.gpus} × ${runs.hours} × ${fmt(runs.price, 2)} = ${fmtGrouped(oneRun)} USD. The runs that were thrown away were paid for too.`, zh: `一次训练要 ${runs.gpus} × ${runs.hours} × ${fmt(runs.price, 2)} = ${fmtGrouped(oneRun)} 美元。被扔掉的那些训练也是付了钱的。` },
      { en: `Multiply ${fmtGrouped(oneRun)} USD by all ${runs.runs} runs.`, zh: `用 ${fmtGrouped(oneRun)} 美元乘以全部 ${runs.runs} 次训练。` },
    ],
    solution: {
      en: `${runs.runs} × ${runs.gpus} × ${runs.hours} × ${fmt(runs.price, 2)} = **${fmtGrouped(allRuns)} USD**. The run that shipped cost only ${fmtGrouped(oneRun)} USD; the other ${runs.runs - 1}, ${fmtPercent((allRuns - oneRun) / allRuns, 0)} of the bill, were experiments that did not ship.`,
      zh: `${runs.runs} × ${runs.gpus} × ${runs.hours} × ${fmt(runs.price, 2)} = **${fmtGrouped(allRuns)} 美元**。最终上线的那一次只花了 ${fmtGrouped(oneRun)} 美元；另外 ${runs.runs - 1} 次占了账单的 ${fmtPercent((allRuns - oneRun) / allRuns, 0)}，都是没能上线的实验。`,
    },
  },
  {
    id: 'break-even',
    kind: 'number',
    title: { en: 'When a dedicated GPU pays off', zh: '独占 GPU 什么时候划算' },
    prompt: {
      en: `A dedicated GPU costs ${fmt(serving.gpuPrice, 2)} USD an hour, all ${HOURS_PER_MONTH} hours of the month. Paying per use costs ${fmt(serving.pricePerMillion, 2)} USD per million tokens, and a request uses about ${serving.tokens} tokens. At how many requests a month are the two bills equal?`,
      zh: `独占一块 GPU 每小时 ${fmt(serving.gpuPrice, 2)} 美元，整月 ${HOURS_PER_MONTH} 小时都要付钱。按用量付费是每百万词元 ${fmt(serving.pricePerMillion, 2)} 美元，每个请求约 ${serving.tokens} 个词元。每月多少个请求时，两份账单相等？`,
    },
    answer: breakEven,
    tolerance: 0.5,
    unit: { en: 'requests', zh: '个请求' },
    hints: [
      { en: 'Work out the flat monthly bill D and the price c of one request; they are equal at D / c requests.', zh: '先算出每月的固定账单 D 和单个请求的价格 c；请求数为 D / c 时两者相等。' },
      { en: `D = ${HOURS_PER_MONTH} × ${fmt(serving.gpuPrice, 2)} = ${fmtGrouped(dedicated)} USD. One request is ${serving.tokens} / 1,000,000 of a million tokens.`, zh: `D = ${HOURS_PER_MONTH} × ${fmt(serving.gpuPrice, 2)} = ${fmtGrouped(dedicated)} 美元。一个请求是一百万词元的 ${serving.tokens} / 1,000,000。` },
      { en: `c = ${serving.tokens} / 1,000,000 × ${fmt(serving.pricePerMillion, 2)} = ${fmt(perRequest, 4)} USD. Divide ${fmtGrouped(dedicated)} by it.`, zh: `c = ${serving.tokens} / 1,000,000 × ${fmt(serving.pricePerMillion, 2)} = ${fmt(perRequest, 4)} 美元。用 ${fmtGrouped(dedicated)} 除以它。` },
    ],
    solution: {
      en: `${fmtGrouped(dedicated)} / ${fmt(perRequest, 4)} = **${breakEvenText.en}** requests a month. Below that, paying per use is cheaper; above it, the dedicated GPU is (if one GPU can carry the load).`,
      zh: `${fmtGrouped(dedicated)} / ${fmt(perRequest, 4)} = **${breakEvenText.zh}**，即每月 ${breakEvenText.zh}个请求。低于这个数，按用量付费更便宜；高于它，独占 GPU 更划算（前提是一块 GPU 扛得住这个负载）。`,
    },
  },
  {
    id: 'scaling-leak',
    kind: 'choice',
    title: { en: 'Scaling before the split', zh: '先缩放，后切分' },
    prompt: {
      en: 'A teammate standardizes every feature with the mean and standard deviation of the **whole** data set, then splits it into a training set and a test set. What is wrong?',
      zh: '一位同事先用**整个**数据集的均值和标准差把每个特征标准化，然后才把数据切分成训练集和测试集。错在哪里？',
    },
    options: [
      {
        text: { en: 'The test set helped compute the scaling, so its information leaks into training and the evaluation is too optimistic.', zh: '测试集参与了缩放统计量的计算，它的信息泄漏进了训练，评估结果会过于乐观。' },
        correct: true,
        why: {
          en: 'Right: split first, compute the mean and standard deviation on the training set only, then apply those same numbers to the test set (and later to real requests).',
          zh: '对：先切分，只在训练集上算均值和标准差，再把同样这两个数用到测试集上（以后也用到真实请求上）。',
        },
      },
      {
        text: { en: 'Nothing: the more data the statistics use, the more accurate they are.', zh: '没有错：统计量用的数据越多就越准确。' },
        why: {
          en: 'Accuracy of the mean is not the point. The test set must stay unseen until evaluation; any use of it during preprocessing makes the test score flatter the model.',
          zh: '问题不在均值准不准。测试集在评估之前必须保持“没见过”；预处理时用了它，测试分数就会替模型说好话。',
        },
      },
      {
        text: { en: 'Each example should be standardized with its own mean and standard deviation instead.', zh: '应该改成每条样本用它自己的均值和标准差来标准化。' },
        why: {
          en: 'That is a mistake a widely copied article makes: it erases the differences between examples that the model needs to see. Every example is scaled with the same training-set statistics.',
          zh: '这正是一篇流传很广的文章犯的错：它抹掉了模型需要看到的样本之间的差别。每条样本都应该用同一组来自训练集的统计量来缩放。',
        },
      },
      {
        text: { en: 'Standardization belongs after training, not before it.', zh: '标准化应该放在训练之后，而不是之前。' },
        why: {
          en: 'The model learns from the scaled features, so scaling is part of preprocessing, before training. The problem is which data the statistics come from.',
          zh: '模型是从缩放后的特征里学习的，所以缩放属于预处理，要在训练之前做。问题出在统计量来自哪些数据。',
        },
      },
    ],
    hints: [
      { en: 'Which examples should the model, and everything that shapes its input, never see before evaluation?', zh: '在评估之前，哪些样本是模型以及一切影响它输入的步骤都不该见到的？' },
      { en: 'The whole data set includes the test set. What did the test set just contribute to?', zh: '整个数据集里也包括测试集。测试集刚才参与了什么的计算？' },
    ],
    solution: {
      en: 'The test set leaked into preprocessing through the mean and standard deviation. Split first, compute the statistics on the training set only, and reuse them for the test set.',
      zh: '测试集通过均值和标准差泄漏进了预处理。应该先切分，只在训练集上计算统计量，再把它们用到测试集上。',
    },
  },
  {
    id: 'peeking',
    kind: 'choice',
    title: { en: 'Tuned on the test set', zh: '在测试集上调参' },
    prompt: {
      en: 'A team trains 40 versions with different learning rates and data mixes, scores each on the test set, ships the best one and announces its test score. Why is the model likely to disappoint in production?',
      zh: '一个团队用不同的学习率和数据配比训练了 40 个版本，每个都在测试集上打分，把分数最高的那个上线，并公布它的测试分数。为什么这个模型上线后很可能让人失望？',
    },
    options: [
      {
        text: { en: 'Choosing by test score used the test set for tuning; the winner partly fits that set\'s quirks, so its score overstates how it does on new data.', zh: '按测试分数挑选，就是拿测试集来调参；胜出的版本有一部分是碰巧契合了这组数据的特点，所以它的分数高估了它在新数据上的表现。' },
        correct: true,
        why: {
          en: 'Right: the test set is no longer unseen. Choose among versions on data set aside for that, and touch the test set once, at the end.',
          zh: '对：测试集已经不再是“没见过”的数据了。应该在另外留出的数据上挑选版本，测试集只在最后用一次。',
        },
      },
      {
        text: { en: 'Forty versions are too few; with more experiments the best test score would be trustworthy.', zh: '40 个版本太少了；实验再多一些，最高的测试分数就可信了。' },
        why: {
          en: 'More versions make it worse: the more you pick from, the more the best score owes to luck on that particular test set.',
          zh: '版本越多反而越糟：挑选的范围越大，最高分里靠这组测试数据碰运气的成分就越多。',
        },
      },
      {
        text: { en: 'Nothing is wrong with the evaluation; production data is simply always harder than any test set.', zh: '评估本身没有问题；生产环境的数据就是永远比任何测试集都难。' },
        why: {
          en: 'Real data can drift, which is what feedback catches, but that does not excuse a test score inflated by selection.',
          zh: '真实数据确实会漂移，这正是反馈要捕捉的；但这不能为因挑选而虚高的测试分数开脱。',
        },
      },
    ],
    hints: [
      { en: 'What is the one question evaluation answers, and what must be true of the data it uses?', zh: '评估要回答的那一个问题是什么？它用的数据必须满足什么条件？' },
      { en: 'Once you pick the version with the best test score, has the test set influenced the model?', zh: '一旦你挑了测试分数最高的版本，测试集有没有影响到模型？' },
    ],
    solution: {
      en: 'Picking the best of 40 by test score tunes the model on the test set, so the score is optimistic. Keep separate data for choosing, and use the test set once, at the end.',
      zh: '按测试分数从 40 个版本里挑最好的，等于在测试集上调参，所以这个分数偏乐观。挑选版本要用另外留出的数据，测试集只在最后用一次。',
    },
  },
]);
