/**
 * `npm run check:content`: builds every lesson and reference page as the production build
 * would and also parses every mermaid diagram, then prints each problem as
 * `file:line: message`. Exits 1 when there is any problem.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lessons/pipeline/check';
import { formatProblem } from '../src/lessons/pipeline/problems';

const root = resolve(import.meta.dirname, '..');
const { lessons, pages, problems } = await checkContent(root);
for (const problem of problems) console.error(formatProblem(problem));
const failing = problems.filter((p) => p.severity !== 'warning');
const warnings = problems.length - failing.length;
const noted = warnings > 0 ? ` (${warnings} warning(s): translations or exercises still to write)` : '';
if (failing.length > 0) {
  console.error(`\ncheck:content: ${failing.length} problem(s) in ${lessons} lesson(s) and ${pages} reference page(s)${noted}.`);
  process.exit(1);
}
console.log(`check:content: ${lessons} lesson(s) and ${pages} reference page(s), no problems${noted}.`);
