/** The course version hand-ins name (src/lessons/pipeline/course-version.ts): the same for the same exercises, another for other ones. */
import { describe, expect, it } from 'vitest';
import { COURSE_VERSION_LENGTH, courseVersion, type CourseShapeLesson } from '../../../src/lessons/pipeline/course-version';

const losses: CourseShapeLesson = { slug: 'losses', exercises: [{ id: 'softmax', kind: 'number' }, { id: 'pick', kind: 'choice' }] };
const neurons: CourseShapeLesson = { slug: 'neurons', exercises: [{ id: 'sigmoid', kind: 'code' }] };
const course: CourseShapeLesson[] = [losses, neurons, { slug: 'no-exercises', exercises: [] }];

describe('courseVersion', () => {
  const version = courseVersion(course);

  it('is a short hex hash, the same every time', () => {
    expect(version).toMatch(new RegExp(`^[0-9a-f]{${COURSE_VERSION_LENGTH}}$`));
    expect(courseVersion(structuredClone(course))).toBe(version);
  });

  it('does not depend on the order of lessons or exercises, nor on lessons without exercises', () => {
    const reordered = [neurons, { slug: 'losses', exercises: [...losses.exercises].reverse() }];
    expect(courseVersion(reordered)).toBe(version);
  });

  it('changes with an exercise added, removed, renamed, moved to another lesson or of another kind', () => {
    const variants: CourseShapeLesson[][] = [
      [...course, { slug: 'new', exercises: [{ id: 'x', kind: 'number' }] }],
      [losses],
      [{ slug: 'losses', exercises: [{ id: 'softmax-2', kind: 'number' }, { id: 'pick', kind: 'choice' }] }, neurons],
      [{ slug: 'losses', exercises: [{ id: 'softmax', kind: 'number' }] }, { slug: 'neurons', exercises: [{ id: 'sigmoid', kind: 'code' }, { id: 'pick', kind: 'choice' }] }],
      [{ slug: 'losses', exercises: [{ id: 'softmax', kind: 'choice' }, { id: 'pick', kind: 'choice' }] }, neurons],
    ];
    const versions = variants.map(courseVersion);
    expect(new Set([version, ...versions]).size).toBe(variants.length + 1);
  });
});
