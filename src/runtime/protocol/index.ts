/**
 * The one typed protocol between the page and the code-running worker, as
 * zod/mini schemas (types are inferred from them, never cast):
 *  - backends.ts: the backends and their one fallback order;
 *  - controls.ts: `lab.control` specs and values (also what the store restores);
 *  - control-fit.ts: whether a value fits its spec (zod-free, both sides);
 *  - outputs.ts: printed values, charts, plots, heat maps, pictures;
 *  - events.ts: worker → page events, checked field by field (`parseEvent`);
 *  - requests.ts: page → worker run requests (`parseRequest`);
 *  - channel.ts: the private channel, its batches and worker lifecycle messages;
 *  - outcome.ts: how a run ended (`RunOutcome`);
 *  - limits.ts: the sizes no message may exceed;
 *  - wire.ts: the channel's constants.
 *
 * The worker imports values only from the zod-free files (backends.ts,
 * control-fit.ts, limits.ts, wire.ts) and types from here: it never parses with zod (the
 * page checks what the worker sends, and the run requests before it sends
 * them), which keeps ~55 KB of schema code out of the worker's chunk.
 * Stop is not a message: the page terminates the worker and starts a fresh
 * one, which is the only way to stop `while (true) {}`.
 */
export * from './backends';
export * from './channel';
export * from './control-fit';
export * from './controls';
export * from './events';
export * from './limits';
export * from './outcome';
export * from './outputs';
export * from './requests';
export * from './wire';
export { fieldPath, type DeepReadonly, type ShapeProblem } from './kit';
