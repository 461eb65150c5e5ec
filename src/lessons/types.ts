/**
 * The lesson data the build produces from `content/` and the app consumes.
 * The build (src/lessons/pipeline) turns each lesson's Markdown into ready
 * HTML (math typeset by KaTeX, code highlighted) so that reading a lesson
 * needs no KaTeX or markdown JavaScript in the browser.
 */

/** One heading of a lesson, for its table of contents and deep links. */
export interface TocEntry {
  readonly id: string;
  readonly text: string;
  readonly depth: 2 | 3;
}

/** A runnable example's starter code, from `content/lessons/<slug>/examples/<file>.ts`. */
export interface LessonExample {
  /** Stable id inside the lesson: the file name without `.ts`. */
  readonly id: string;
  readonly title: string;
  readonly code: string;
}

/** What the course index needs: small, loaded with the app shell. */
export interface LessonMeta {
  readonly slug: string;
  readonly title: string;
  readonly order: number;
  readonly summary: string;
  readonly toc: readonly TocEntry[];
  /** True when the body holds mermaid diagrams (so mermaid is loaded only then). */
  readonly hasDiagrams: boolean;
  readonly examples: readonly { readonly id: string; readonly title: string }[];
  /** False when this is the English lesson standing in for a translation not written yet. */
  readonly translated: boolean;
}

/** A lesson's body, loaded lazily when the lesson opens. */
export interface LessonBody {
  readonly html: string;
  readonly examples: readonly LessonExample[];
}

/**
 * A reference page (content/pages/<slug>.md), shown at `#/<slug>`: notation,
 * glossary… Rendered by the same pipeline as lessons; linked from every lesson.
 */
export interface PageMeta {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly order: number;
  readonly toc: readonly TocEntry[];
  readonly hasDiagrams: boolean;
  /** False when this is the English page standing in for a translation not written yet. */
  readonly translated: boolean;
}

export interface PageBody {
  readonly html: string;
}
