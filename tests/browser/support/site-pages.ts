/**
 * Every kind of page a reader can land on, for the layout tests and
 * `npm run audit`: the course index, every published lesson, every reference
 * page, the speed lab, a shared worksheet scenario, a preset link and the
 * not-found page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import lzString from 'lz-string';
import { scenarioToFileObject } from '../../../src/worksheet/io/scenarioFile';
import { presetScenario } from '../../../src/worksheet/model/presets';
import type { Locale } from '../../../src/i18n/locales';
import type { LessonMeta, PageMeta } from '../../../src/lessons/types';
import { builtLessons, builtPages } from './lessons-index';
import { TEST_DIST } from './build';

export interface SitePage {
  /** Short stable name: `index`, a lesson's slug, `share`, `preset`, `not-found`. */
  readonly id: string;
  /** What a person would call it, for tables and test names. */
  readonly name: string;
  /** The part after the app's URL (`#/<locale>/…`). */
  readonly hash: string;
  readonly kind: 'index' | 'lesson' | 'reference' | 'tool' | 'share' | 'preset' | 'not-found';
  /** The edition the page is shown in (the hash starts with `#/<locale>/`). */
  readonly locale: Locale;
}

/**
 * A shared scenario link's payload: the "Pay-per-use API" preset under
 * another name, encoded as src/worksheet/io/share.ts's `v1:` links are
 * (written out here because Node cannot take lz-string's named exports;
 * the layout test checks the page accepts it).
 */
export function sampleSharePayload(): string {
  const file = scenarioToFileObject(presetScenario('pay-per-use-api', 'shared', 'A shared scenario'));
  return 'v1:' + lzString.compressToEncodedURIComponent(JSON.stringify(file));
}

/** Every page in `locale`'s edition (hashes `#/<locale>/…`; names in that language). */
export function sitePages(distDir = TEST_DIST, locale: Locale = 'en'): SitePage[] {
  const index = JSON.parse(readFileSync(join(distDir, 'lessons-index.json'), 'utf8')) as {
    editions?: Partial<Record<Locale, { lessons: LessonMeta[]; pages: PageMeta[] }>>;
  };
  const edition = locale === 'en' ? { lessons: builtLessons(distDir), pages: builtPages(distDir) } : index.editions?.[locale];
  if (!edition) throw new Error(`lessons-index.json has no ${locale} edition`);
  const at = (path: string) => `#/${locale}${path}`;
  const common = { locale };
  return [
    { ...common, id: 'index', name: 'course index', hash: at('/'), kind: 'index' },
    ...edition.lessons.map((lesson) => ({ ...common, id: lesson.slug, name: lesson.title, hash: at(`/lessons/${lesson.slug}`), kind: 'lesson' as const })),
    ...edition.pages.map((ref) => ({ ...common, id: ref.slug, name: ref.title, hash: at(`/${ref.slug}`), kind: 'reference' as const })),
    { ...common, id: 'speed-lab', name: 'speed lab', hash: at('/speed-lab'), kind: 'tool' },
    { ...common, id: 'instructor', name: 'instructor', hash: at('/instructor'), kind: 'tool' },
    { ...common, id: 'share', name: 'shared scenario', hash: at(`/share/${sampleSharePayload()}`), kind: 'share' },
    { ...common, id: 'preset', name: 'preset link', hash: at('/worksheet/preset/model-as-a-service'), kind: 'preset' },
    { ...common, id: 'not-found', name: 'not-found page', hash: at('/no-such-page'), kind: 'not-found' },
  ];
}
