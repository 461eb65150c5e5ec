/**
 * Text that the code runtime (src/runtime, in the Web Worker) builds while an
 * example runs: chart and series names made by `lab.fitCallbacks`, and the
 * messages of errors a student's code can cause. The run request carries the
 * reader's language, and the worker looks these up with `labText` (src/i18n/lab-text.ts).
 * Keys are prefixed `lab.`.
 */
export const lab = {
  'lab.series.training': 'training',
  'lab.series.validation': 'validation',
} as const;
