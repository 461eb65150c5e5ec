/**
 * `#/instructor`'s working part, under its heading (InstructorShell.tsx): an instructor opens their students' hand-ins (a folder of
 * them, files, or files dropped on the page), all read in the browser. Each
 * file is checked on its own (parse.ts): a bad one gets its message and the
 * others are read. Then a table of students × exercises (table.ts), sorted
 * by student, with a CSV download; a student's name opens their hand-in
 * (StudentHandin.tsx). A hand-in made for another version of the course is
 * shown with a warning naming it.
 */
import { useEffect, useMemo, useState } from 'react';
import { courseLessons, courseVersion, requiredExercises } from 'virtual:exercises';
import { languageTag, t } from '../i18n';
import { useLocale } from '../i18n/locale-store';
import { useLessons } from '../lessons/catalog';
import { downloadText } from '../platform/download';
import type { Course, Handin } from './format';
import { readHandinFile, type FileProblem } from './parse';
import { handinProblemMessage } from './problems';
import { StudentHandin } from './StudentHandin';
import { sortRows, studentRow, tableCsv, tableGroups, type Cell } from './table';
import './handin.css';

type Loaded = { readonly id: string; readonly handin?: Handin; readonly problem?: FileProblem };

/** This build's course (its version and required exercises made at build time, lessons/pipeline/vite-plugin.ts). */
const thisCourse: Course = { version: courseVersion, lessons: courseLessons, required: requiredExercises };
const groups = tableGroups(thisCourse);
const columns = groups.flatMap((g) => g.columns);
const required = thisCourse.required.length;

/** Reads every file on its own: a bad one never stops the others. */
function readFiles(files: readonly File[]): Promise<Loaded[]> {
  return Promise.all(
    files.map(async (file): Promise<Loaded> => {
      const id = file.webkitRelativePath || file.name;
      const read = await readHandinFile(file);
      return read.ok ? { id, handin: read.value } : { id, problem: read.error };
    }),
  );
}

/** The files read added to those already there; a file read again (the same path) replaces its earlier copy. */
const adding = (read: readonly Loaded[]) => (before: readonly Loaded[]) => {
  const ids = new Set(read.map((r) => r.id));
  return [...before.filter((r) => !ids.has(r.id)), ...read];
};

/** ✓ done, "tried", — not started; * when the solution was seen before solving. */
function mark(cell: Cell | undefined): string {
  if (!cell || cell.state === 'none') return '—';
  return (cell.state === 'done' ? '✓' : t('handin.tried')) + (cell.solutionSeen ? '*' : '');
}

export default function InstructorPage() {
  useLocale(); // re-renders on a language switch
  const lessons = useLessons();
  const [loaded, setLoaded] = useState<readonly Loaded[]>([]);
  const [descending, setDescending] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const addFiles = (files: readonly File[]) => void readFiles(files).then((read) => setLoaded(adding(read)));
  // Files dropped anywhere on the window are read (the browser would otherwise open them in place of the page).
  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      void readFiles([...(e.dataTransfer?.files ?? [])]).then((read) => setLoaded(adding(read)));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  /** A file input for a folder (every file in it) or for files. */
  const picker = (folder: boolean) => (
    <label className="text-button handin-pick">
      <input
        type="file"
        className="visually-hidden"
        multiple
        ref={(input) => {
          if (input) input.webkitdirectory = folder;
        }}
        onChange={(e) => {
          addFiles([...(e.currentTarget.files ?? [])]);
          // The same folder can be picked again (once more students have sent theirs).
          e.currentTarget.value = '';
        }}
      />
      {t(folder ? 'handin.folder' : 'handin.files')}
    </label>
  );

  const tag = languageTag();
  const rows = useMemo(() => sortRows(loaded.flatMap((r) => (r.handin ? [studentRow(r.id, r.handin, thisCourse)] : [])), descending, tag), [loaded, descending, tag]);
  const lessonLabel = (slug: string) => t('handin.lesson', { n: lessons.findIndex((l) => l.slug === slug) + 1 || '?' });
  const titleOf = (slug: string) => lessons.find((l) => l.slug === slug)?.title ?? slug;
  const open = rows.find((r) => r.id === openId);

  return (
    <>
      <p className="handin-drop">
        {picker(true)}
        {picker(false)}
        {t('handin.drop')}
        {loaded.length > 0 && (
          <button type="button" className="text-button" onClick={() => setLoaded([])}>
            {t('handin.clear')}
          </button>
        )}
      </p>
      <ul className="handin-notes" aria-live="polite">
        {loaded.map(({ id, handin, problem }) =>
          problem ? (
            <li key={id} className="notice notice-error">
              {t('handin.fileFailed', { file: id, reason: handinProblemMessage(problem) })}
            </li>
          ) : (
            handin &&
            handin.course.version !== thisCourse.version && (
              <li key={id} className="notice handin-warn">
                {t('handin.otherVersion', { student: handin.student, file: id, version: handin.course.version, ours: thisCourse.version })}
              </li>
            )
          ),
        )}
      </ul>
      {rows.length > 0 && (
        <>
          <p>{t('handin.legend', { version: thisCourse.version, required: t(required > 0 ? 'handin.legendRequired' : 'handin.noRequired') })}</p>
          <div className="table-scroll" role="region" aria-label={t('handin.title')} tabIndex={0}>
            <table className="handin-table">
              <thead>
                <tr>
                  <th rowSpan={2} aria-sort={descending ? 'descending' : 'ascending'}>
                    <button type="button" className="handin-link" onClick={() => setDescending(!descending)}>
                      {t('handin.col.student')} {descending ? '▼' : '▲'}
                    </button>
                  </th>
                  <th rowSpan={2}>{t('handin.col.score')}</th>
                  {required > 0 && <th rowSpan={2}>{t('handin.col.required')}</th>}
                  {groups.map((g) => (
                    <th key={g.slug} colSpan={g.columns.length} scope="colgroup" title={titleOf(g.slug)}>
                      {lessonLabel(g.slug)}
                    </th>
                  ))}
                </tr>
                <tr>
                  {columns.map((c) => (
                    <th key={c.key} title={c.id} className={c.required ? 'is-required' : undefined}>
                      {c.number}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <button type="button" className="handin-link" title={r.handin.student} onClick={() => setOpenId(r.id)}>
                        {r.otherVersion && '⚠ '}
                        {r.handin.student}
                      </button>
                    </th>
                    <td>{r.score}</td>
                    {required > 0 && <td>{`${r.requiredDone} / ${required}`}</td>}
                    {columns.map((c) => {
                      const cell = r.cells[c.key];
                      return (
                        <td key={c.key} className={`cell-${cell?.state ?? 'none'}${c.required ? ' is-required' : ''}`} title={cell?.solutionSeen ? t('handin.solutionSeen') : undefined}>
                          {mark(cell)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className="text-button" onClick={() => downloadText(`handins-${new Date().toISOString().slice(0, 10)}.csv`, tableCsv(groups, rows), 'text/csv')}>
            {t('handin.csv')}
          </button>
        </>
      )}
      {open && <StudentHandin key={open.id} row={open} lessonLabel={(slug) => `${lessonLabel(slug)} ${titleOf(slug)}`} onClose={() => setOpenId(null)} />}
    </>
  );
}
