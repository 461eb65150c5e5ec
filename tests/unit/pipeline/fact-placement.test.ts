/**
 * The fact-placement rules on small inputs: what they must catch (in the
 * fixtures of check.test.ts) and what they must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { checkFactPlacement } from '../../../src/lessons/pipeline/fact-placement';

const facts = { usd: 'USD 2.99', dollar: '$2.99', escaped: '\\$2.99', pct: '97.0%', escapedPct: '97.0\\%', grouped: '1,000', vector: '[0.629, 0.231]' };

describe('fact placement', () => {
  it('accepts money written as USD or an escaped dollar in prose, and any fact in code or diagrams', () => {
    const text = ['Costs {{usd}} or {{escaped}}.', '', '`{{dollar}}` and `{{pct}}`', '', '```mermaid', 'flowchart LR', '  A[{{dollar}} {{pct}} {{grouped}}] --> B', '```'].join('\n');
    expect(checkFactPlacement(text, facts)).toEqual([]);
  });

  it('accepts percentages and grouped numbers in prose, an escaped percent and vectors in math', () => {
    const text = 'Accuracy {{pct}} of {{grouped}} cases; $a = {{escapedPct}}$ and $v = {{vector}}$; typed $50\\%$.';
    expect(checkFactPlacement(text, facts)).toEqual([]);
  });

  it('reports each misplaced fact on its own line, in line order', () => {
    const text = ['Text.', '', '$x = {{grouped}}$', '', 'Price {{dollar}}.', '', '$$', 'p = {{pct}}', '$$'].join('\n');
    expect(checkFactPlacement(text, facts).map((p) => [p.line, p.message.slice(0, 18)])).toEqual([
      [3, 'fact {{grouped}} i'],
      [5, 'fact {{dollar}} is'],
      [8, 'fact {{pct}} is "9'],
    ]);
  });

  it('ignores a placeholder naming no fact (reported elsewhere as unknown)', () => {
    expect(checkFactPlacement('$x = {{nothing}}$', facts)).toEqual([]);
  });
});
