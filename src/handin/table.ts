/**
 * The instructor page's table of hand-ins (pure): students × this course's
 * exercises, grouped by lesson, each cell done / tried / not started and
 * marked when the student saw the solution before solving; a score per
 * student (exercises done) and the required exercises done; sorting; CSV.
 *
 * A hand-in made for another version of the course (its `course.version`
 * differs from this build's) is read as it is: its cells are filled for the
 * exercises both courses have, it is flagged (`otherVersion`), and the
 * exercises it has that this course does not are listed apart (`extra`),
 * never merged into the columns.
 */
import type { Course, Handin, HandinCourseLesson } from './format';

export type CellState = 'done' | 'tried' | 'none';

export interface Cell {
  readonly state: CellState;
  /** The worked solution was shown before the exercise was solved (or while it is still unsolved). */
  readonly solutionSeen: boolean;
}

export interface TableColumn {
  /** `<lesson>/<exercise-id>`. */
  readonly key: string;
  readonly id: string;
  /** 1-based, within its lesson (as the lesson numbers its exercises). */
  readonly number: number;
  readonly required: boolean;
}

export interface TableGroup {
  readonly slug: string;
  readonly columns: readonly TableColumn[];
}

export interface StudentRow {
  /** The file's path (as picked or dropped): unique among the rows. */
  readonly id: string;
  readonly handin: Handin;
  readonly cells: Readonly<Record<string, Cell>>;
  /** This course's exercises done. */
  readonly score: number;
  readonly requiredDone: number;
  readonly otherVersion: boolean;
  /** Exercises the hand-in has that this course does not (`<lesson>/<id>`, sorted). */
  readonly extra: readonly string[];
}

const NONE: Cell = { state: 'none', solutionSeen: false };

/** The table's columns: this course's lessons that have exercises, each with its exercises. */
export function tableGroups(course: Pick<Course, 'lessons' | 'required'>): TableGroup[] {
  const required = new Set(course.required);
  return course.lessons
    .filter((lesson) => lesson.exercises.length > 0)
    .map((lesson: HandinCourseLesson) => ({
      slug: lesson.slug,
      columns: lesson.exercises.map((e, i) => {
        const key = `${lesson.slug}/${e.id}`;
        return { key, id: e.id, number: i + 1, required: required.has(key) };
      }),
    }));
}

export function studentRow(id: string, handin: Handin, course: Course): StudentRow {
  const cells: Record<string, Cell> = {};
  const known = new Set<string>();
  let score = 0;
  let requiredDone = 0;
  const required = new Set(course.required);
  for (const lesson of course.lessons) {
    for (const exercise of lesson.exercises) {
      const key = `${lesson.slug}/${exercise.id}`;
      known.add(key);
      const saved = handin.exercises[key];
      const cell: Cell = saved ? { state: saved.status, solutionSeen: saved.solutionShown } : NONE;
      cells[key] = cell;
      if (cell.state === 'done') {
        score++;
        if (required.has(key)) requiredDone++;
      }
    }
  }
  const extra = Object.keys(handin.exercises)
    .filter((key) => !known.has(key))
    .sort();
  return { id, handin, cells, score, requiredDone, otherVersion: handin.course.version !== course.version, extra };
}

/** Rows by student name in the reader's collation (case and accents aside, numbers in order), then by file; `descending` reverses. */
export function sortRows(rows: readonly StudentRow[], descending: boolean, locale: string): StudentRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sorted = [...rows].sort((a, b) => collator.compare(a.handin.student, b.handin.student) || collator.compare(a.id, b.id));
  return descending ? sorted.reverse() : sorted;
}

/** The CSV's header: identifiers in every language, as tools expect (the worksheet's English CSV does the same); then one column per exercise and `other_exercises`. */
export const CSV_COLUMNS = ['student', 'file', 'course_version', 'exported_at', 'score', 'required_done'] as const;

/** A cell as the CSV writes it: identifiers, the same in every language. */
export function cellText(cell: Cell): string {
  if (cell.state === 'none') return '';
  return cell.solutionSeen ? `${cell.state}-solution-seen` : cell.state;
}

/**
 * A text cell as the worksheet's CSV writes it (worksheet/io/csv.ts
 * `csvText`: quoted when it holds a comma, a quote or a line break, RFC 4180;
 * the same rule, not imported: sharing that module would split the
 * worksheet's chunk and add a file to the first load's list), and kept from
 * being read as a formula by a spreadsheet: a cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading `'`.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The table as CSV: one line per student (in `rows`' order) with the fixed
 * columns, one column per exercise (`<lesson>/<exercise-id>`: done, tried,
 * `…-solution-seen`, or empty), and `other_exercises` (those of another
 * course version, space-separated).
 */
export function tableCsv(groups: readonly TableGroup[], rows: readonly StudentRow[]): string {
  const columns = groups.flatMap((g) => g.columns);
  const lines = [[...CSV_COLUMNS, ...columns.map((c) => c.key), 'other_exercises'].map(csvCell).join(',')];
  for (const row of rows) {
    const { handin } = row;
    const fixed = [handin.student, row.id, handin.course.version, handin.exportedAt, String(row.score), String(row.requiredDone)];
    const cells = columns.map((c) => cellText(row.cells[c.key] ?? NONE));
    lines.push([...fixed, ...cells, row.extra.join(' ')].map(csvCell).join(','));
  }
  return lines.join('\n') + '\n';
}
