/** The measurement program's text, as the runtime receives it (it is type-checked with the examples: content/tsconfig.json). */
import program from '../../content/speed-lab/measure.ts?raw';

export const MEASURE_PROGRAM: string = program;
