/**
 * Exercises of "Privacy": the size of DP-SGD's noise, FedAvg by hand,
 * quasi-identifiers, what federated learning does not promise, and one
 * DP-SGD step in code. Every number is computed here.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtGrouped, fmtPercent, fmtVector } from '../../../src/format/prose';
import { inputs } from './facts';

// DP-SGD noise: std of N(0, ν²C²) on the summed gradient is νC; on the averaged gradient νC / B.
const dp = { clip: 1.5, batch: 64, nu: 1.1 };
const noiseOnSum = dp.nu * dp.clip;
const noiseOnMean = noiseOnSum / dp.batch;

// FedAvg: the server's weight = Σ nₖ wₖ / Σ nₖ (each client weighted by its number of examples).
const clients = [
  { examples: 120, weight: 0.42 },
  { examples: 380, weight: 0.95 },
  { examples: 500, weight: 0.61 },
];
const totalExamples = clients.reduce((s, c) => s + c.examples, 0);
const fedAvg = clients.reduce((s, c) => s + c.examples * c.weight, 0) / totalExamples;
const plainMean = clients.reduce((s, c) => s + c.weight, 0) / clients.length;
const clientWeights = clients.map((c) => c.weight);

// The code exercise's starter example: two people, C = 1, no noise (ν = 0), so the result is the mean of the clipped gradients.
const demo = [
  [3, 4],
  [0.3, -0.4],
];
const demoClipped = demo.map((g) => {
  const norm = Math.hypot(...g);
  return g.map((v) => (norm > 1 ? v / norm : v));
});
const demoResult = [0, 1].map((j) => demoClipped.reduce((s, g) => s + (g[j] ?? 0), 0) / demo.length);

export const exercises = defineExercises([
  {
    id: 'dp-noise-size',
    kind: 'number',
    title: { en: 'How much noise?', zh: '噪声有多大？' },
    prompt: {
      en: `DP-SGD clips each person's gradient to norm C = ${fmt(dp.clip, 1)}, uses batches of B = ${dp.batch} people and the noise multiplier ν = ${fmt(dp.nu, 1)}. What is the standard deviation of the noise on each coordinate of the **averaged** gradient? Answer to four decimals.`,
      zh: `DP-SGD 把每个人的梯度裁剪到范数 C = ${fmt(dp.clip, 1)}，批量为 B = ${dp.batch} 人，噪声乘数 ν = ${fmt(dp.nu, 1)}。**平均**梯度的每个坐标上，噪声的标准差是多少？保留四位小数。`,
    },
    answer: noiseOnMean,
    tolerance: 0.00015,
    hints: [
      { en: 'The noise is added to the sum of the clipped gradients, with standard deviation ν × C.', zh: '噪声加在裁剪后的梯度之和上，标准差是 ν × C。' },
      {
        en: `On the sum: ${fmt(dp.nu, 1)} × ${fmt(dp.clip, 1)} = ${fmt(noiseOnSum, 2)}. Dividing the sum by B divides its noise by B too.`,
        zh: `梯度之和上：${fmt(dp.nu, 1)} × ${fmt(dp.clip, 1)} = ${fmt(noiseOnSum, 2)}。把总和除以 B，它的噪声也跟着除以 B。`,
      },
    ],
    solution: {
      en: `νC / B = ${fmt(noiseOnSum, 2)} / ${dp.batch} ≈ **${fmt(noiseOnMean, 4)}**. A bigger batch shrinks it: the noise stays ${fmt(noiseOnSum, 2)} per step while the signal grows with the batch.`,
      zh: `νC / B = ${fmt(noiseOnSum, 2)} / ${dp.batch} ≈ **${fmt(noiseOnMean, 4)}**。批量越大它越小：每一步的噪声始终是 ${fmt(noiseOnSum, 2)}，信号却随批量增大而增强。`,
    },
  },
  {
    id: 'fedavg-by-hand',
    kind: 'number',
    title: { en: 'Federated averaging by hand', zh: '手算联邦平均' },
    prompt: {
      en: `Three phones train the same one-weight model locally. They hold ${clients.map((c) => c.examples).join(', ')} examples and send back the weights ${fmtVector(clientWeights, 2)}. What weight does FedAvg give the next global model? Answer to three decimals.`,
      zh: `三部手机在本地训练同一个只有一个权重的模型。它们分别有 ${clients.map((c) => c.examples).join('、')} 个样本，发回的权重是 ${fmtVector(clientWeights, 2)}。FedAvg 给下一个全局模型的权重是多少？保留三位小数。`,
    },
    answer: fedAvg,
    tolerance: 0.0015,
    hints: [
      { en: 'FedAvg weights each client by how much data it has: Σ nₖ wₖ / Σ nₖ.', zh: 'FedAvg 按每个客户端拥有的数据量加权：Σ nₖ wₖ / Σ nₖ。' },
      {
        en: `The phones hold ${fmtGrouped(totalExamples)} examples in all; the first contributes ${clients[0]?.examples ?? 0} × ${fmt(clients[0]?.weight ?? NaN, 2)} = ${fmt((clients[0]?.examples ?? 0) * (clients[0]?.weight ?? NaN), 1)}.`,
        zh: `三部手机共有 ${fmtGrouped(totalExamples)} 个样本；第一部贡献 ${clients[0]?.examples ?? 0} × ${fmt(clients[0]?.weight ?? NaN, 2)} = ${fmt((clients[0]?.examples ?? 0) * (clients[0]?.weight ?? NaN), 1)}。`,
      },
      {
        en: `Add ${clients.map((c) => fmt(c.examples * c.weight, 1)).join(' + ')} and divide by ${fmtGrouped(totalExamples)}.`,
        zh: `把 ${clients.map((c) => fmt(c.examples * c.weight, 1)).join(' + ')} 加起来，再除以 ${fmtGrouped(totalExamples)}。`,
      },
    ],
    solution: {
      en: `(${clients.map((c) => fmt(c.examples * c.weight, 1)).join(' + ')}) / ${fmtGrouped(totalExamples)} ≈ **${fmt(fedAvg, 3)}**. The plain mean of the three weights, ${fmt(plainMean, 3)}, would give the small phone as much say as the big ones.`,
      zh: `(${clients.map((c) => fmt(c.examples * c.weight, 1)).join(' + ')}) / ${fmtGrouped(totalExamples)} ≈ **${fmt(fedAvg, 3)}**。如果直接对三个权重求平均（${fmt(plainMean, 3)}），数据少的手机就和数据多的手机说话一样有分量了。`,
    },
  },
  {
    id: 'names-are-not-enough',
    kind: 'choice',
    title: { en: 'Names removed, data safe?', zh: '删掉名字，数据就安全了？' },
    prompt: {
      en: 'A clinic shares its patient records after deleting names, emails and ID numbers, keeping ZIP code, date of birth, sex and diagnosis. Is that anonymized?',
      zh: '一家诊所删掉姓名、电子邮箱和证件号码后共享病历，保留了邮政编码、出生日期、性别和诊断。这算匿名化了吗？',
    },
    options: [
      {
        text: { en: 'No: ZIP code, date of birth and sex together identify most people, so a public list with names can be joined back on.', zh: '不算：邮政编码、出生日期和性别合在一起就能认出大多数人，一份带名字的公开名单就能连接回去。' },
        correct: true,
        why: {
          en: `Right: they are quasi-identifiers. Sweeney found ${fmtPercent(inputs.sweeneyShare, 0)} of the US population unique on those three columns, and re-identified records this way.`,
          zh: `对：它们是准标识符。Sweeney 发现美国 ${fmtPercent(inputs.sweeneyShare, 0)} 的人口凭这三列就是独一无二的，并用这种办法重新识别出了记录。`,
        },
      },
      {
        text: { en: 'Yes: without names or ID numbers no record can be traced to a person.', zh: '算：没有名字和证件号码，哪条记录也追溯不到具体的人。' },
        why: {
          en: 'Columns that are harmless alone combine into a fingerprint. Removing direct identifiers is necessary, nowhere near enough.',
          zh: '单看无害的几列，组合起来就成了指纹。删掉直接标识符是必要的，但远远不够。',
        },
      },
      {
        text: { en: 'Yes, as long as the data is only used to train a model and never published.', zh: '算，只要这些数据只用来训练模型、从不公开发布。' },
        why: {
          en: 'A trained model can memorise rare records and reveal them in its outputs, so training does not make the data private either.',
          zh: '训练好的模型可能记住罕见的记录，并在输出中泄露出来，所以拿去训练也不能让数据变得私密。',
        },
      },
    ],
    hints: [
      { en: 'Ask how many people share your exact ZIP code, date of birth and sex.', zh: '想一想：与你的邮政编码、出生日期和性别完全相同的人有多少？' },
      { en: 'The lesson calls such columns quasi-identifiers, and cites a study of the US census.', zh: '课文把这样的列叫作准标识符，还引用了一项关于美国人口普查的研究。' },
    ],
    solution: {
      en: `Not anonymized. ZIP code, birth date and sex are quasi-identifiers: they single out about ${fmtPercent(inputs.sweeneyShare, 0)} of Americans. Coarsen them (k-anonymity), or better, use differential privacy.`,
      zh: `不算匿名化。邮政编码、出生日期和性别是准标识符：它们能单独认出大约 ${fmtPercent(inputs.sweeneyShare, 0)} 的美国人。要把它们粗化（k-匿名），更好的做法是用差分隐私。`,
    },
  },
  {
    id: 'federated-is-not-dp',
    kind: 'choice',
    title: { en: 'What federated learning promises', zh: '联邦学习承诺了什么' },
    prompt: {
      en: 'A keyboard app trains its next-word model with federated learning: phones upload only their new weights. Which statement is true?',
      zh: '一款输入法用联邦学习训练它的下一词预测模型：手机只上传新的权重。下面哪种说法是对的？',
    },
    options: [
      {
        text: { en: 'The typed text never leaves the phones, but the uploaded weights can still leak something about it.', zh: '输入的文字从不离开手机，但上传的权重仍可能泄露它的一些信息。' },
        correct: true,
        why: {
          en: 'Right: updates are computed from the data and can reveal it. Production systems add secure aggregation and DP noise on the updates.',
          zh: '对：更新是用这些数据算出来的，可能把数据透露出去。生产系统会再加上安全聚合，并对更新加差分隐私噪声。',
        },
      },
      {
        text: { en: 'It is differentially private by design, since the server never sees a word anyone typed.', zh: '它天生就是差分隐私的，因为服务器从来看不到任何人输入的字。' },
        why: {
          en: 'Differential privacy is a promise about the output with or without one person, which needs clipping and noise. Hiding the raw data alone does not give it.',
          zh: '差分隐私承诺的是：有没有某一个人，输出都几乎一样，这需要裁剪和噪声。光是把原始数据藏起来给不了这个承诺。',
        },
      },
      {
        text: { en: 'The server takes the plain average of the phones\u2019 weights, one vote per phone.', zh: '服务器对各部手机的权重直接求平均，每部手机一票。' },
        why: {
          en: 'FedAvg weights each phone by its amount of data, so a phone with ten sentences does not count as much as one with ten thousand.',
          zh: 'FedAvg 按每部手机的数据量加权，所以只有十句话的手机，分量比不上有一万句话的手机。',
        },
      },
    ],
    hints: [
      { en: 'What exactly does each phone send, and what was it computed from?', zh: '每部手机到底发送了什么？它又是用什么算出来的？' },
      { en: 'Read the warning at the end of the federated learning section.', zh: '读一读联邦学习那一节末尾的警告。' },
    ],
    solution: {
      en: 'Federated learning keeps raw data on the devices; it does not make the updates private. Combine it with secure aggregation and DP noise for a real guarantee.',
      zh: '联邦学习让原始数据留在设备上，却不会让更新变得私密。要有真正的保证，得把它与安全聚合和差分隐私噪声结合起来。',
    },
  },
  {
    id: 'dp-sgd-step',
    kind: 'code',
    title: { en: 'One private gradient', zh: '一个私密的梯度' },
    prompt: {
      en: 'Finish `privateGradient(grads, C, nu, z)`: clip each person\u2019s gradient to norm at most C, add them up, add the noise ν·C·z, and divide by the batch size. The noise part is written; the clipping is yours. The check uses gradients you have not seen.',
      zh: '完成 `privateGradient(grads, C, nu, z)`：把每个人的梯度裁剪到范数不超过 C，加起来，再加上噪声 ν·C·z，最后除以批量大小。噪声部分已经写好，裁剪要你来写。检查会用你没见过的梯度。',
    },
    starter: 'dp-sgd-step.ts',
    solutionFile: 'dp-sgd-step.solution.ts',
    checker: `
const expected = (grads, C, nu, z) => {
  const sum = z.map((v) => nu * C * v);
  for (const g of grads) {
    const norm = Math.sqrt(g.reduce((s, v) => s + v * v, 0));
    const factor = norm > C ? C / norm : 1;
    g.forEach((v, j) => { sum[j] += v * factor; });
  }
  return sum.map((v) => v / grads.length);
};
const cases = [
  { grads: [[0.6, -0.2, 1.1], [2.5, 0.4, -3.0], [-0.1, 0.05, 0.2], [7, -1, 2]], C: 1, nu: 0, z: [0, 0, 0] },
  { grads: [[0.3, 0.4], [-6, 8], [1.2, -0.9]], C: 0.5, nu: 2, z: [0.31, -1.2] },
  { grads: [[4, 0, 0, 3], [0.01, 0.02, -0.03, 0.04]], C: 2, nu: 1.1, z: [-0.5, 0.8, 0.1, 1.7] },
];
check.that({ en: 'privateGradient is a function', zh: 'privateGradient 是一个函数' }, typeof privateGradient === 'function');
for (const { grads, C, nu, z } of cases) {
  const want = expected(grads.map((g) => g.slice()), C, nu, z);
  const got = privateGradient(grads.map((g) => g.slice()), C, nu, z.slice());
  check.close({ en: grads.length + ' people, C = ' + C + ', ν = ' + nu, zh: grads.length + ' 个人，C = ' + C + '，ν = ' + nu }, Array.from(got ?? []), want, 1e-9);
}
`,
    hints: [
      { en: 'The norm of g is Math.sqrt of the sum of its squared entries; the starter computes it for you.', zh: 'g 的范数是它各项平方和的 Math.sqrt；初始代码已经替你算好了。' },
      { en: 'A gradient longer than C must keep its direction and get norm exactly C: multiply every entry by the same factor.', zh: '比 C 长的梯度要保持方向不变、范数恰好变成 C：每一项都乘以同一个因子。' },
      { en: 'The factor is C / norm: inside the if, set clipped = g.map((v) => v * C / norm).', zh: '这个因子是 C / norm：在 if 里写 clipped = g.map((v) => v * C / norm)。' },
    ],
    solution: {
      en: `Scale every gradient longer than C by C / norm, leave the others alone, then sum, add ν·C·z and divide by B. In the starter's example [3, 4] (norm 5) becomes [0.6, 0.8], and the result is ${fmtVector(demoResult, 2)}.`,
      zh: `把每个比 C 长的梯度乘以 C / norm，其余的保持不变，然后求和、加上 ν·C·z、再除以 B。在初始代码的例子里，[3, 4]（范数 5）变成 [0.6, 0.8]，结果是 ${fmtVector(demoResult, 2)}。`,
    },
  },
]);
