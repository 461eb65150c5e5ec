/** A problem found while building a lesson, with where it is. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. content/lessons/x/index.md */
  readonly file: string;
  /** 1-based line, when known. */
  readonly line: number | null;
  readonly message: string;
  /**
   * error: the lesson cannot be built (bad frontmatter, unknown component or fact);
   * render: the app shows an inline error box in its place (bad formula or diagram);
   * warning: printed by check:content and the build, but fails neither (a lesson
   * whose translation is still pending, content/translations.json).
   */
  readonly severity: 'error' | 'render' | 'warning';
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}
