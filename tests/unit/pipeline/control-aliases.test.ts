/**
 * A setting chosen in one language holds in the other: the Chinese edition
 * of an example renames its settings (and may translate a choice's options);
 * the build pairs them with their English names (pipeline/control-aliases.ts)
 * and the code pane saves values under the English ones
 * (editor/control-aliases.ts). Checked on the real examples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionSettings, savedSetting } from '../../../src/editor/control-aliases';
import { controlAliases } from '../../../src/lessons/pipeline/control-aliases';
import { exampleEdition } from '../../../src/lessons/pipeline/example-editions';

const source = (lesson: string, example: string) => readFileSync(join(import.meta.dirname, '../../../content/lessons', lesson, 'examples', `${example}.ts`), 'utf8');
/** The first string argument of every `lab.control(` call in one edition's code, in order. */
const controlNames = (code: string) => [...code.matchAll(/lab\.control\(\s*'([^']*)'/g)].map((m) => m[1]);

describe('setting names across editions', () => {
  it('pairs each Chinese setting with the English one declared on the line above, choices by position', () => {
    const credit = source('credit-scoring', 'credit-model');
    expect(controlAliases(credit)).toEqual([{ name: '标签', english: 'labels', options: { 真实标签: 'real labels', 随机标签: 'random labels' } }]);
    // The names are the ones each edition's code declares.
    expect(controlNames(exampleEdition(credit, 'zh'))).toEqual(['标签']);
    expect(controlNames(exampleEdition(credit, 'en'))).toEqual(['labels']);

    const metrics = controlAliases(source('evaluating-models', 'metrics'));
    expect(metrics.map((a) => [a.name, a.english])).toEqual([['决策阈值', 'decision threshold'], ['训练轮数', 'epochs']]);
    // Numeric choices read the same in both: nothing to translate.
    expect(metrics.map((a) => a.options)).toEqual([{}, {}]);
    // A renamed setting whose options are code names kept in both editions (padding 'valid' / 'same').
    expect(controlAliases(source('convolution-and-pooling', 'kernel-editor')).find((a) => a.english === 'padding')).toEqual({ name: '填充', english: 'padding', options: {} });
  });

  it('leaves out what cannot be paired from the text: a name built from a template, options from a variable', () => {
    const aliases = controlAliases(source('generative-and-multimodal', 'contrastive-pairs'));
    expect(aliases.map((a) => a.english)).toEqual(['search for']);
    expect(aliases[0]?.options).toEqual({});
  });

  it('saves a value under the English name whichever edition set it, and shows it in each', () => {
    const aliases = controlAliases(source('credit-scoring', 'credit-model'));
    // Chosen in Chinese: saved in English.
    const [name, value] = savedSetting(aliases, '标签', '随机标签');
    expect([name, value]).toEqual(['labels', 'random labels']);
    const saved = { [name]: value };
    // Shown in Chinese as the Chinese choice, and in English as it was saved.
    expect(editionSettings(aliases, saved)['标签']).toBe('随机标签');
    expect(editionSettings([], saved)).toEqual({ labels: 'random labels' });
    // Chosen in English: the English edition has no aliases; the Chinese one finds it.
    const [enName, enValue] = savedSetting([], 'labels', 'real labels');
    expect(editionSettings(aliases, { [enName]: enValue })).toEqual({ labels: 'real labels', 标签: '真实标签' });
    // A setting of the reader's own code, unknown to the example, keeps its name.
    expect(savedSetting(aliases, 'my setting', 3)).toEqual(['my setting', 3]);
    expect(editionSettings(aliases, { 'my setting': 3 })).toEqual({ 'my setting': 3 });
  });
});
