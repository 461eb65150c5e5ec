/** Sentences one after another, as the current language writes them: Chinese puts no space between them. */
import { getLocale } from './index';

export function joinSentences(sentences: readonly string[]): string {
  return sentences.filter((s) => s !== '').join(getLocale() === 'zh' ? '' : ' ');
}
