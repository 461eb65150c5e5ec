/**
 * The texts the worksheet ships as data (the first scenario's name, the
 * assumed throughput source, the GPUs' precision notes) read in the reader's
 * language; what a person typed reads as typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMessages, setLocale } from '../../../src/i18n';
import { defaultScenario } from '../../../src/store/worksheet';
import { DEFAULT_CAPACITY } from '../../../src/worksheet/model/defaults';
import { DEFAULT_GPUS } from '../../../src/worksheet/model/gpus';
import { shown, shownIn } from '../../../src/worksheet/shipped-text';

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

describe('shipped worksheet texts', () => {
  beforeAll(async () => {
    await loadMessages('zh');
  });
  afterAll(() => setLocale('en'));

  it('reads every shipped text in Chinese, and in English as shipped', () => {
    const texts = [defaultScenario().name, DEFAULT_CAPACITY.throughputSource, ...DEFAULT_GPUS.map((g) => g.precision)];
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) {
      expect(hasChinese(shownIn('zh', text)), text).toBe(true);
      expect(shownIn('en', text)).toBe(text);
    }
    setLocale('zh');
    expect(shown(defaultScenario().name)).toBe(shownIn('zh', defaultScenario().name));
  });

  it('shows what a person typed as typed', () => {
    expect(shownIn('zh', 'My plan')).toBe('My plan');
    expect(shownIn('zh', 'hybrid AI startup')).toBe('hybrid AI startup');
  });
});
