/**
 * A lesson's editions store the formulas they share once (shared-math.ts);
 * each edition's HTML is rebuilt exactly by joinMath. Checked on HTML the
 * real pipeline renders (remark-math + KaTeX), two editions of one page.
 */
import { describe, expect, it } from 'vitest';
import { joinMath } from '../../../src/lessons/join-math';
import { renderLessonMarkdown } from '../../../src/lessons/pipeline/render';
import { formulaRanges, sharedFormulas, splitAtFormulas } from '../../../src/lessons/pipeline/shared-math';

const ENGLISH = [
  '# Loss',
  '',
  'The mean squared error of $n$ predictions $\\hat y_i$ is',
  '',
  '$$',
  '\\text{MSE} = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat y_i)^2',
  '$$',
  '',
  'and softmax turns scores into probabilities:',
  '',
  '$$',
  'p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}} \\quad \\text{(every } p_i > 0\\text{)}',
  '$$',
  '',
  'For $n = 3$ the sum has $3$ terms.',
].join('\n');
const CHINESE = [
  '# 损失',
  '',
  '$n$ 个预测 $\\hat y_i$ 的均方误差是',
  '',
  '$$',
  '\\text{MSE} = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat y_i)^2',
  '$$',
  '',
  'softmax 把分数变成概率：',
  '',
  '$$',
  'p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}} \\quad \\text{（每个 } p_i > 0\\text{）}',
  '$$',
  '',
  '$n = 3$ 时求和有 $3$ 项。',
].join('\n');

async function editions(): Promise<{ en: string; zh: string }> {
  const [en, zh] = await Promise.all([renderLessonMarkdown('loss', ENGLISH), renderLessonMarkdown('loss', CHINESE, undefined, { locale: 'zh' })]);
  return { en: en.html, zh: zh.html };
}

describe('formulaRanges', () => {
  it('finds each outermost formula, display math with its wrapper, whatever it nests', async () => {
    const { en } = await editions();
    const formulas = formulaRanges(en).map(([start, end]) => en.slice(start, end));
    expect(formulas).toHaveLength(6); // n, ŷ_i, MSE, softmax, n = 3, 3
    expect(formulas.filter((f) => f.startsWith('<span class="katex-display"'))).toHaveLength(2);
    for (const formula of formulas) {
      expect(formula.endsWith('</span>')).toBe(true);
      expect(formula.split('<span').length).toBe(formula.split('</span>').length);
    }
  });

  it('refuses HTML whose formula never closes', () => {
    expect(() => formulaRanges('<p><span class="katex"><span>x</span></p>')).toThrow(/Unbalanced/);
  });
});

describe('sharedFormulas, splitAtFormulas and joinMath', () => {
  it('shares what both editions typeset alike (not the formula whose \\text{} is translated), each once', async () => {
    const { en, zh } = await editions();
    const shared = sharedFormulas(en, [zh]);
    // n (used twice in English), ŷ_i, the MSE formula, n = 3 and 3: not softmax, whose \text{} differs.
    expect(shared).toHaveLength(5);
    expect(shared.some((f) => f.includes('every'))).toBe(false);
    expect(new Set(shared).size).toBe(shared.length);
  });

  it('rebuilds each edition exactly, with the shared formulas cut out of its own text', async () => {
    const { en, zh } = await editions();
    const shared = sharedFormulas(en, [zh]);
    for (const html of [en, zh]) {
      const { parts, refs } = splitAtFormulas(html, shared);
      expect(refs).toHaveLength(6 - 1); // every formula but the softmax one, whose \text{} differs per language
      expect(joinMath(parts, refs, shared)).toBe(html);
      expect(parts.join('').length).toBeLessThan(html.length / 2);
    }
  });

  it('leaves an edition with nothing shared as one part', () => {
    expect(splitAtFormulas('<p>no math</p>', [])).toEqual({ parts: ['<p>no math</p>'], refs: [] });
    expect(joinMath(['<p>no math</p>'], [], [])).toBe('<p>no math</p>');
  });
});
