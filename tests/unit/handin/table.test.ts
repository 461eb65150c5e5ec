/**
 * The instructor page's table (src/handin/table.ts): columns by lesson,
 * cells, score and required done per student, a hand-in of another course
 * version flagged with its extra exercises apart, sorting by student, CSV.
 */
import { describe, expect, it } from 'vitest';
import type { Course, Handin, HandinExercise } from '../../../src/handin/format';
import { cellText, csvCell, sortRows, studentRow, tableCsv, tableGroups } from '../../../src/handin/table';

const course: Course = {
  version: 'aaaa',
  lessons: [
    { slug: 'one', exercises: [{ id: 'a', kind: 'number' }, { id: 'b', kind: 'choice' }] },
    { slug: 'empty', exercises: [] },
    { slug: 'two', exercises: [{ id: 'c', kind: 'code' }] },
  ],
  required: ['one/b', 'two/c'],
};

const done = (solutionShown = false): HandinExercise => ({ status: 'done', tries: 1, hints: 0, solutionShown, doneAt: 1 });
const tried: HandinExercise = { status: 'tried', tries: 2, hints: 1, solutionShown: false, answer: '3' };

function handin(student: string, exercises: Record<string, HandinExercise>, version = course.version): Handin {
  return { format: 'lml-handin', version: 1, student, exportedAt: '2026-12-04T09:30:00.000Z', course: { version, lessons: course.lessons }, exercises, lessons: {} };
}

describe('the table', () => {
  it('has a group of columns per lesson with exercises, numbered within it, required ones marked', () => {
    expect(tableGroups(course)).toEqual([
      {
        slug: 'one',
        columns: [
          { key: 'one/a', id: 'a', number: 1, required: false },
          { key: 'one/b', id: 'b', number: 2, required: true },
        ],
      },
      { slug: 'two', columns: [{ key: 'two/c', id: 'c', number: 1, required: true }] },
    ]);
  });

  it('a row: each cell done, tried or not started, the solution seen marked; score = exercises done; required done', () => {
    const row = studentRow('ada.json', handin('Ada', { 'one/a': done(), 'one/b': done(true), 'two/c': { ...tried, solutionShown: true } }), course);
    expect(row.cells).toEqual({
      'one/a': { state: 'done', solutionSeen: false },
      'one/b': { state: 'done', solutionSeen: true },
      'two/c': { state: 'tried', solutionSeen: true },
    });
    expect([row.score, row.requiredDone, row.otherVersion, row.extra]).toEqual([2, 1, false, []]);
    const none = studentRow('bo.json', handin('Bo', {}), course);
    expect([none.cells['one/a'], none.score, none.requiredDone]).toEqual([{ state: 'none', solutionSeen: false }, 0, 0]);
  });

  it('a hand-in of another course version is flagged; what this course lacks is listed apart, never counted', () => {
    const row = studentRow('old.json', handin('Old', { 'one/a': done(), 'gone/x': done(), 'one/zz': tried }, 'bbbb'), course);
    expect(row.otherVersion).toBe(true);
    expect(row.extra).toEqual(['gone/x', 'one/zz']);
    expect(row.score).toBe(1);
    expect(Object.keys(row.cells)).toEqual(['one/a', 'one/b', 'two/c']);
  });

  it('sorts by student in the reader’s collation (case and accents aside, numbers in order), then by file; or the other way', () => {
    const rows = ['zoë', 'Émile', 'student 10', 'student 9', 'adam', 'Adam'].map((name, i) => studentRow(`${String(9 - i)}.json`, handin(name, {}), course));
    const names = (descending: boolean) => sortRows(rows, descending, 'en').map((r) => `${r.handin.student} ${r.id}`);
    expect(names(false)).toEqual(['Adam 4.json', 'adam 5.json', 'Émile 8.json', 'student 9 6.json', 'student 10 7.json', 'zoë 9.json']);
    expect(names(true)).toEqual([...names(false)].reverse());
  });
});

describe('CSV', () => {
  it('writes identifiers, one column per exercise and the other version’s exercises', () => {
    const rows = [
      studentRow('ada.json', handin('Ada', { 'one/a': done(), 'one/b': done(true), 'two/c': tried }), course),
      studentRow('old/bo.json', handin('Bo, "the elder"', { 'gone/x': done(), 'gone/y': tried }, 'bbbb'), course),
    ];
    expect(tableCsv(tableGroups(course), rows).split('\n')).toEqual([
      'student,file,course_version,exported_at,score,required_done,one/a,one/b,two/c,other_exercises',
      'Ada,ada.json,aaaa,2026-12-04T09:30:00.000Z,2,1,done,done-solution-seen,tried,',
      '"Bo, ""the elder""",old/bo.json,bbbb,2026-12-04T09:30:00.000Z,0,0,,,,gone/x gone/y',
      '',
    ]);
  });

  it('quotes commas, quotes and line breaks, and keeps a cell from reading as a formula', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('王小明')).toBe('王小明');
  });

  it('cells: identifiers in every language', () => {
    expect([cellText({ state: 'done', solutionSeen: false }), cellText({ state: 'tried', solutionSeen: true }), cellText({ state: 'none', solutionSeen: true })]).toEqual(['done', 'tried-solution-seen', '']);
  });
});
