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
  /**
   * `code`'s syntax highlighting, made at build time (encoded ranges, see
   * highlight-ranges.ts): the code pane shows the code coloured until the
   * reader opens the editor, so the ~2.6 MiB editor loads only when asked for.
   */
  readonly highlight: string;
  /**
   * The example's settings (`lab.control`) as this edition names them, with
   * the English name and options they are saved under, so a value chosen in
   * one language is the value in the other (control-aliases.ts). Empty in
   * English and for settings both editions name alike.
   */
  readonly settings?: readonly ControlAlias[];
}

/** One setting of a translated example: its name and choices here, and their English (saved) names. */
export interface ControlAlias {
  readonly name: string;
  readonly english: string;
  /** This edition's choice → the English choice (choices translated). */
  readonly options: Readonly<Record<string, string>>;
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

/** What the app's first load knows of every lesson (its table of contents comes with the text). */
export type LessonSummary = Omit<LessonMeta, 'toc'>;

/** A lesson's text and table of contents, loaded lazily when the lesson opens (a chunk per lesson). */
export interface LessonText {
  readonly html: string;
  readonly toc: readonly TocEntry[];
}

/** Everything the build makes of a lesson's body: its text, and its examples (a chunk of their own, loaded by the code pane). */
export interface LessonBody {
  readonly html: string;
  readonly examples: readonly LessonExample[];
  /** The lesson's exercises in this language (a chunk of their own, loaded when the reader nears them). */
  readonly exercises: readonly import('../exercises/types').BuiltExercise[];
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
