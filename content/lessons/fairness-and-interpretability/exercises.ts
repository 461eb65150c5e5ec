/**
 * Exercises of "Fairness and interpretability": an equal-opportunity gap
 * computed with src/math/fairness (the functions the lesson's facts use), the
 * two meanings of fair, the age proxy (numbers from the lesson's facts, read
 * from the credit data), and permutation importance in code.
 */
import { defineExercises } from '../../../src/exercises/define';
import { fmt, fmtPercent } from '../../../src/format/prose';
import { demographicParityGap, equalOpportunityGap, groupRates } from '../../../src/math/fairness';
import { facts } from './facts';

/** A fact of the lesson, by name (fails loudly if the lesson renamed it). */
function fact(name: string): string {
  const value = facts[name];
  if (value === undefined) throw new Error(`fairness exercises: the lesson has no fact "${name}"`);
  return value;
}

// Twelve applicants, six per group; 1 = defaulted, and the lender's decisions.
const defaulted = [0, 0, 0, 0, 1, 1, /* group B */ 0, 0, 0, 0, 0, 1];
const approved = [true, true, true, false, true, false, /* group B */ true, true, false, false, false, true];
const inA = defaulted.map((_, k) => k < 6);
const inB = inA.map((a) => !a);
const a = groupRates(approved, defaulted, inA);
const b = groupRates(approved, defaulted, inB);
const eoGapPoints = equalOpportunityGap(a, b) * 100;
const dpGapPoints = demographicParityGap(a, b) * 100;
const approvedRepayersA = Math.round(a.approvalAmongRepayers * a.repayers);
const approvedRepayersB = Math.round(b.approvalAmongRepayers * b.repayers);
const approvedDefaultersA = Math.round(a.wronglyApproved * a.defaulters);
const approvedDefaultersB = Math.round(b.wronglyApproved * b.defaulters);
// The prompt says group B has one defaulter and approves them: keep the data saying so.
if (b.defaulters !== 1 || approvedDefaultersB !== 1) throw new Error('fairness exercises: the prompt describes group B as one approved defaulter');

// The perfect-lender question: repayment shares of two groups.
const repayShareA = 0.8;
const repayShareB = 0.5;

export const exercises = defineExercises([
  {
    id: 'equal-opportunity-gap',
    kind: 'number',
    title: { en: 'An equal-opportunity gap', zh: '机会均等的差距' },
    prompt: {
      en: `Group A has ${a.count} applicants: ${a.repayers} will repay, and the lender approves ${approvedRepayersA} of them plus ${approvedDefaultersA} of the ${a.defaulters} defaulters. Group B has ${b.count}: ${b.repayers} will repay and ${approvedRepayersB} of them are approved; its only defaulter is approved too. What is the equal-opportunity gap, in percentage points? Answer to the nearest whole point.`,
      zh: `A 组有 ${a.count} 位申请人：${a.repayers} 人会还款，贷款机构批准了其中 ${approvedRepayersA} 人，另外还批准了 ${a.defaulters} 位违约者中的 ${approvedDefaultersA} 人。B 组有 ${b.count} 人：${b.repayers} 人会还款，其中 ${approvedRepayersB} 人获批；组里唯一的违约者也获批了。机会均等的差距是多少个百分点？四舍五入到整数。`,
    },
    answer: eoGapPoints,
    tolerance: 0.5,
    unit: { en: 'points', zh: '个百分点' },
    hints: [
      { en: 'Equal opportunity compares the approval rate among repayers only; ignore the defaulters.', zh: '机会均等只比较还款者中的批准率；不用管违约者。' },
      {
        en: `In A, ${approvedRepayersA} of ${a.repayers} repayers are approved; in B, ${approvedRepayersB} of ${b.repayers}.`,
        zh: `A 组 ${a.repayers} 位还款者中有 ${approvedRepayersA} 人获批；B 组 ${b.repayers} 位中有 ${approvedRepayersB} 人。`,
      },
      {
        en: `${fmtPercent(a.approvalAmongRepayers, 0)} − ${fmtPercent(b.approvalAmongRepayers, 0)} = ?`,
        zh: `${fmtPercent(a.approvalAmongRepayers, 0)} − ${fmtPercent(b.approvalAmongRepayers, 0)} = ?`,
      },
    ],
    solution: {
      en: `Approval among repayers is ${fmtPercent(a.approvalAmongRepayers, 0)} in A and ${fmtPercent(b.approvalAmongRepayers, 0)} in B: a gap of **${fmt(eoGapPoints, 0)} points**. The overall approval rates (${fmtPercent(a.approvalRate, 1)} and ${fmtPercent(b.approvalRate, 1)}) differ by only ${fmt(dpGapPoints, 1)} points: that is the demographic-parity gap.`,
      zh: `还款者中的批准率，A 组是 ${fmtPercent(a.approvalAmongRepayers, 0)}，B 组是 ${fmtPercent(b.approvalAmongRepayers, 0)}：差距为 **${fmt(eoGapPoints, 0)} 个百分点**。两组的总批准率（${fmtPercent(a.approvalRate, 1)} 和 ${fmtPercent(b.approvalRate, 1)}）只差 ${fmt(dpGapPoints, 1)} 个百分点：那是人口均等的差距。`,
    },
  },
  {
    id: 'perfect-lender',
    kind: 'choice',
    title: { en: 'A perfect lender', zh: '完美的贷款机构' },
    prompt: {
      en: `In group A ${fmtPercent(repayShareA, 0)} of applicants would repay, in group B ${fmtPercent(repayShareB, 0)}. A lender who knows the future approves exactly the repayers. Which fairness criterion does it meet?`,
      zh: `A 组申请人中有 ${fmtPercent(repayShareA, 0)} 会还款，B 组是 ${fmtPercent(repayShareB, 0)}。一家能预知未来的贷款机构恰好只批准会还款的人。它满足哪条公平标准？`,
    },
    options: [
      {
        text: { en: 'Equal opportunity, but not demographic parity.', zh: '满足机会均等，但不满足人口均等。' },
        correct: true,
        why: {
          en: `Right: every repayer is approved in both groups (${fmtPercent(1, 0)} each), but the approval rates are ${fmtPercent(repayShareA, 0)} and ${fmtPercent(repayShareB, 0)}.`,
          zh: `对：两组的每一位还款者都获批（各为 ${fmtPercent(1, 0)}），但两组的批准率分别是 ${fmtPercent(repayShareA, 0)} 和 ${fmtPercent(repayShareB, 0)}。`,
        },
      },
      {
        text: { en: 'Both: a lender that makes no mistakes is fair by every definition.', zh: '两条都满足：不犯错的贷款机构按任何定义都是公平的。' },
        why: {
          en: 'Demographic parity ignores outcomes: it asks for equal approval rates, and groups that repay at different rates get different rates from a perfect lender.',
          zh: '人口均等不看结果：它要求批准率相等，而还款比例不同的两组，从完美的贷款机构那里得到的批准率也不同。',
        },
      },
      {
        text: { en: 'Demographic parity, but not equal opportunity.', zh: '满足人口均等，但不满足机会均等。' },
        why: {
          en: `It is the other way round: approval rates are ${fmtPercent(repayShareA, 0)} against ${fmtPercent(repayShareB, 0)}, while every repayer is approved in both groups.`,
          zh: `恰好反过来：批准率是 ${fmtPercent(repayShareA, 0)} 对 ${fmtPercent(repayShareB, 0)}，而两组的每一位还款者都获批了。`,
        },
      },
    ],
    hints: [
      { en: 'Compute each group\u2019s approval rate, then its approval rate among repayers.', zh: '先算出每组的批准率，再算每组还款者中的批准率。' },
      { en: 'If only repayers are approved, the approval rate equals the share who repay.', zh: '如果只批准还款者，批准率就等于会还款的人所占的比例。' },
    ],
    solution: {
      en: `Approval rates are ${fmtPercent(repayShareA, 0)} and ${fmtPercent(repayShareB, 0)} (parity broken); among repayers both are ${fmtPercent(1, 0)} (equal opportunity kept). When default rates differ, even a perfect lender keeps one criterion and breaks the other.`,
      zh: `批准率分别是 ${fmtPercent(repayShareA, 0)} 和 ${fmtPercent(repayShareB, 0)}（人口均等被打破）；还款者中的批准率都是 ${fmtPercent(1, 0)}（机会均等成立）。违约率不同时，即使完美的贷款机构也只能守住一条、打破另一条。`,
    },
  },
  {
    id: 'drop-the-age-column',
    kind: 'choice',
    title: { en: 'Dropping the age column', zh: '删掉年龄这一列' },
    prompt: {
      en: `A bank's credit model approves borrowers under ${fact('age_limit')} far less often. The bank retrains it without the \`age\` column. What does the lesson's audit find?`,
      zh: `一家银行的信用模型批准 ${fact('age_limit')} 岁以下借款人的频率低得多。银行去掉 \`age\` 这一列重新训练模型。课文里的审计发现了什么？`,
    },
    options: [
      {
        text: { en: 'Most of the gap remains: `history_years` carries the age information back in.', zh: '差距大部分还在：`history_years` 把年龄的信息又带了回来。' },
        correct: true,
        why: {
          en: `Right: credit history follows age (correlation ${fact('age_history_r')}), so at least ${fact('remaining_share')} of the approval gap remains and the model leans harder on that proxy.`,
          zh: `对：信用记录随年龄增长（相关系数 ${fact('age_history_r')}），所以批准率差距至少还剩 ${fact('remaining_share')}，模型也更加倚重这个代理变量。`,
        },
      },
      {
        text: { en: 'The gap disappears: a model that never sees age cannot treat ages differently.', zh: '差距消失了：一个从没见过年龄的模型，不可能区别对待不同年龄的人。' },
        why: {
          en: `This is "fairness through unawareness". It stops direct use of age, but a proxy picks out the under-${fact('age_limit')}s with an AUC of ${fact('history_auc')}.`,
          zh: `这就是“无视属性的公平”。它阻止了模型直接使用年龄，但代理变量挑出 ${fact('age_limit')} 岁以下的人，AUC 高达 ${fact('history_auc')}。`,
        },
      },
      {
        text: { en: 'The model becomes much worse at predicting default, since age was its best feature.', zh: '模型预测违约的能力大大下降，因为年龄是它最好的特征。' },
        why: {
          en: `The test AUC moves by less than ${fact('auc_change_below')}: the proxy carried almost all of age's signal.`,
          zh: `测试集 AUC 的变化不到 ${fact('auc_change_below')}：代理变量几乎带走了年龄的全部信号。`,
        },
      },
      {
        text: { en: 'The gap can no longer be measured, since the model has no age column.', zh: '差距再也测不出来了，因为模型里已经没有年龄这一列。' },
        why: {
          en: 'The model does not see age, but the auditors still do: they group borrowers by age to measure the gap. Deleting the attribute from the audit too would hide the problem.',
          zh: '模型看不到年龄，审计者却仍然看得到：他们按年龄给借款人分组来测量差距。要是连审计也删掉这个属性，问题就被藏起来了。',
        },
      },
    ],
    hints: [
      { en: 'Which other feature cannot be larger than a person\u2019s adult life?', zh: '还有哪个特征不可能比一个人成年后的岁月还长？' },
      { en: 'A feature that stands in for a removed attribute is called a proxy.', zh: '替被删掉的属性“顶班”的特征叫作代理变量。' },
    ],
    solution: {
      en: `Without \`age\`, at least ${fact('remaining_share')} of the approval gap remains, because \`history_years\` (correlation ${fact('age_history_r')} with age) carries it. Dropping a column stops direct use; it does not remove the information.`,
      zh: `去掉 \`age\` 之后，批准率差距至少还剩 ${fact('remaining_share')}，因为 \`history_years\`（与年龄的相关系数为 ${fact('age_history_r')}）把它带了回来。删掉一列只能阻止直接使用，去不掉其中的信息。`,
    },
  },
  {
    id: 'permutation-importance',
    kind: 'code',
    title: { en: 'Permutation importance', zh: '置换重要性' },
    prompt: {
      en: 'Finish `permutationImportance(job)`: build a copy of the test rows in which one column is shuffled by a given order, and return how much the AUC falls. The check runs it on a model and data you have not seen.',
      zh: '完成 `permutationImportance(job)`：复制一份测试数据，把其中一列按给定的顺序打乱，返回 AUC 下降了多少。检查会在你没见过的模型和数据上运行它。',
    },
    starter: 'permutation-importance.ts',
    solutionFile: 'permutation-importance.solution.ts',
    checker: `
const aucOf = (ys, scores) => {
  let wins = 0;
  let pairs = 0;
  ys.forEach((y, i) => {
    if (y !== 1) return;
    ys.forEach((other, j) => {
      if (other !== 0) return;
      pairs++;
      wins += scores[i] > scores[j] ? 1 : scores[i] === scores[j] ? 0.5 : 0;
    });
  });
  return wins / pairs;
};
let seed = 7;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const n = 40;
const data = Array.from({ length: n }, () => [next() * 4 - 2, next() * 4 - 2, next() * 4 - 2]);
const ys = data.map((r) => (1.5 * r[0] - r[2] + (next() - 0.5) * 2 > 0 ? 1 : 0));
const order = data.map((_, i) => i);
for (let i = n - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}
const predict = (rows) => rows.map((r) => 1 / (1 + Math.exp(-(1.2 * r[0] - 0.7 * r[2] + 0.1))));
check.that({ en: 'permutationImportance is a function', zh: 'permutationImportance 是一个函数' }, typeof permutationImportance === 'function');
const base = aucOf(ys, predict(data));
for (let c = 0; c < 3; c++) {
  const shuffled = data.map((r, i) => r.map((v, k) => (k === c ? data[order[i]][k] : v)));
  const expected = base - aucOf(ys, predict(shuffled));
  const got = permutationImportance({ predict, rows: data.map((r) => r.slice()), labels: ys.slice(), column: c, order: order.slice() });
  check.close({ en: 'importance of column ' + c + (c === 1 ? ' (the model ignores it)' : ''), zh: '第 ' + c + ' 列的重要性' + (c === 1 ? '（模型不看这一列）' : '') }, got, expected, 1e-9);
}
`,
    hints: [
      { en: 'Only column job.column changes: every other value of row i stays where it is.', zh: '只有 job.column 这一列会变：第 i 行的其他值都原地不动。' },
      { en: 'Row i takes its value in that column from row job.order[i] of the original rows; do not change job.rows itself.', zh: '第 i 行在这一列上的值取自原数据的第 job.order[i] 行；不要修改 job.rows 本身。' },
      { en: 'const shuffled = job.rows.map((row, i) => row.map((v, k) => (k === job.column ? (job.rows[job.order[i] ?? i]?.[k] ?? v) : v)));', zh: 'const shuffled = job.rows.map((row, i) => row.map((v, k) => (k === job.column ? (job.rows[job.order[i] ?? i]?.[k] ?? v) : v)));' },
    ],
    solution: {
      en: 'Copy the rows, replacing only column j with the value from row order[i], and subtract the shuffled AUC from the intact one. A column the model ignores scores exactly 0; in the starter\u2019s toy, column 0 scores 1.',
      zh: '复制各行，只把第 j 列换成第 order[i] 行的值，再用原来的 AUC 减去打乱后的 AUC。模型不看的列得分恰好为 0；在初始代码的小例子里，第 0 列得 1。',
    },
  },
]);
