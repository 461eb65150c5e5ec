/** Words for work kept aside: what it is, named as the user knows it (why it was kept: aside-why.ts, with the list). */
import { getLocale, t, type MessageKey } from '../i18n';
import { lessonsIn } from '../lessons/catalog';
import type { AsideKind } from '../store/kept-aside';

const STORES: readonly string[] = ['lml.editor', 'lml.worksheet', 'lml.settings', 'lml.progress', 'lml.runs'];

/** "code edits", "scenarios", "settings" for a store key (and its copy `<key>.v<n>`); the key itself otherwise. */
export function storeWords(key: string): string {
  const store = key.replace(/\.v\d+$/, '');
  return STORES.includes(store) ? t(`offline.store.${store}` as MessageKey) : key;
}

/** “Gradient descent” › Learning rate, for `gradient-descent/learning-rate`; the key when no lesson has it. */
function exampleName(key: string): string {
  const [slug, id] = key.split('/');
  const lesson = lessonsIn(getLocale()).find((l) => l.slug === slug);
  const example = lesson?.examples.find((e: { readonly id: string }) => e.id === id);
  return lesson && example ? t('offline.aside.example', { lesson: lesson.title, example: example.title }) : key;
}

/** "Code of “Gradient descent” › Learning rate", "Scenario “Plan B”", "All your saved scenarios (as stored)". */
export function asideWhat(kind: AsideKind, name: string): string {
  switch (kind) {
    case 'code':
    case 'controlValues':
    case 'controlSpecs':
    case 'run':
      return t(`offline.aside.kind.${kind}`, { name: exampleName(name) });
    case 'store':
      return STORES.includes(name.replace(/\.v\d+$/, '')) ? t('offline.aside.kind.storeOf', { what: storeWords(name) }) : t('offline.aside.kind.store', { name });
    default:
      return t(`offline.aside.kind.${kind}`, { name });
  }
}
