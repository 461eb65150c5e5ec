/**
 * Turns the user's TypeScript into a callable async function, and maps
 * errors back to lines of what the user typed. Pure apart from `new Function`
 * (no tfjs, no DOM): the worker and the Node tests share it.
 *
 * Why line numbers survive: sucrase's `typescript` transform only removes
 * type syntax and keeps every line where it was, so line N of the output is
 * line N of the input. The output becomes the body of an async function
 * (top-level `await` works) named by a `//# sourceURL`, whose stack frames
 * read `user-code.js:LINE:COL`; the engine puts a fixed number of header
 * lines before the body, measured once by `bodyLineOffset()`.
 */
import { transform } from 'sucrase';
import { err, ok, type Result } from '../result';
import { CHECKS_PARAMETER } from './checks';
import { shown } from './lab/untrusted';

export const USER_SOURCE_URL = 'user-code.js';
/**
 * The names the user's code sees as globals (see lab-api.d.ts), and the
 * recorder an exercise's checker reports to (checks.ts; undefined in other runs).
 */
export const USER_PARAMETERS = ['tf', 'lab', 'console', CHECKS_PARAMETER] as const;

export interface CodeLocation {
  readonly message: string;
  /** 1-based, in the user's source; null when unknown. */
  readonly line: number | null;
  readonly column: number | null;
}

export type UserFunction = (tf: unknown, lab: unknown, console: unknown, checks?: unknown) => Promise<unknown>;

type AsyncFunctionConstructor = new (...argsAndBody: string[]) => UserFunction;
const AsyncFunction = (
  Object.getPrototypeOf(async function () {
    /* only its constructor is used */
  }) as { constructor: AsyncFunctionConstructor }
).constructor;

function build(js: string): UserFunction {
  return new AsyncFunction(...USER_PARAMETERS, `${js}\n//# sourceURL=${USER_SOURCE_URL}`);
}

const FRAME = /user-code\.js:(\d+):(\d+)/;

let cachedOffset: number | null = null;
/**
 * How many lines the engine adds before the function body (2 in V8:
 * `async function anonymous(tf,lab,console\n) {\n`). Measured by reading the
 * stack of an Error made on body line 1 of a function with the same
 * parameters, rather than assumed, so other engines map right too.
 */
export function bodyLineOffset(): number {
  if (cachedOffset !== null) return cachedOffset;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the sandbox compiles the user's code into a function on purpose; this probe only measures the engine's line offset.
  const probe = new Function(...USER_PARAMETERS, `return new Error('probe');\n//# sourceURL=${USER_SOURCE_URL}`) as () => Error;
  const match = FRAME.exec(probe().stack ?? '');
  cachedOffset = match ? Number(match[1]) - 1 : 2;
  return cachedOffset;
}

/** Matches `import …` statements (not `import(` or `import.meta`): no module system in the sandbox. */
const IMPORT_LINE = /^\s*import(?:\s+[\w*{$]|\s*['"{*])/;
/** `export {}` makes a starter file a module for the type-checker; it means nothing at run time. */
const EMPTY_EXPORT = /^(\s*)export\s*\{\s*\}\s*;?/;

export function compileUserCode(source: string): Result<UserFunction, CodeLocation> {
  // Checked on the source: sucrase drops imports whose names are unused.
  const sourceLines = source.split('\n');
  const importAt = sourceLines.findIndex((line) => IMPORT_LINE.test(line));
  if (importAt >= 0) {
    return err({
      message: 'import is not available here: `tf` (TensorFlow.js) and `lab` (the helpers) are already defined.',
      line: importAt + 1,
      column: (sourceLines[importAt] ?? '').search(/\S/) + 1,
    });
  }
  let js: string;
  try {
    js = transform(source, { transforms: ['typescript'], disableESTransforms: true }).code;
  } catch (e) {
    return err(syntaxLocation(e));
  }
  const body = js
    .split('\n')
    .map((line) => line.replace(EMPTY_EXPORT, '$1'))
    .join('\n');
  // Deep tfjs call chains would push the user's frame out of V8's default 10.
  const withLimit = Error as { stackTraceLimit?: number };
  if ((withLimit.stackTraceLimit ?? 0) < 100) withLimit.stackTraceLimit = 100;
  try {
    return ok(build(body));
  } catch (e) {
    // sucrase accepts a few things the engine rejects (e.g. `await` in a
    // non-async inner function); the engine's SyntaxError has no position.
    return err({ message: e instanceof Error ? e.message : String(e), line: null, column: null });
  }
}

let lastCompiled: { readonly source: string; readonly result: Result<UserFunction, CodeLocation> } | null = null;

/**
 * `compileUserCode` remembering its last answer: a student reruns the same
 * code far more often than they change it (Run again, every Settings change),
 * and transforming plus parsing costs a few milliseconds each time — several
 * per cent of a short run. The function it returns keeps no state between
 * calls, so calling it again is a fresh run.
 */
export function compileUserCodeCached(source: string): Result<UserFunction, CodeLocation> {
  if (lastCompiled?.source === source) return lastCompiled.result;
  const result = compileUserCode(source);
  lastCompiled = { source, result };
  return result;
}

/** sucrase errors read "Unexpected token (3:12)" and carry `loc: { line, column }` (line 1-based). */
function syntaxLocation(e: unknown): CodeLocation {
  const message = e instanceof Error ? e.message : String(e);
  const loc = (e as { loc?: { line?: unknown; column?: unknown } } | null)?.loc;
  const fromText = /\((\d+):(\d+)\)\s*$/.exec(message);
  const line = typeof loc?.line === 'number' ? loc.line : fromText ? Number(fromText[1]) : null;
  const column = typeof loc?.column === 'number' ? loc.column : fromText ? Number(fromText[2]) : null;
  return { message: message.replace(/\s*\(\d+:\d+\)\s*$/, ''), line, column };
}

/** Reads a property or converts a value that may throw (a getter, a toString, a Proxy trap). */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * Text for any thrown value, never throwing itself: `throw` accepts values
 * whose conversion to text throws (an object without a prototype, a
 * throwing `toString` or `message` getter), and the run must still end with
 * a message and clean its tensors up.
 */
export function describeThrown(error: unknown): string {
  if (typeof error === 'string') return error;
  const isError = safely(() => error instanceof Error, false);
  if (isError) {
    // Thrown by the user's code: an Error's fields can hold anything (getters, non-strings).
    const e = error as { readonly name: unknown; readonly message: unknown };
    const name = safely(() => String(e.name), 'Error');
    const message = safely(() => String(e.message), '(the error’s message could not be read)');
    return name && name !== 'Error' ? `${name}: ${message}` : message;
  }
  const text = safely(
    () => String(error),
    safely(() => Object.prototype.toString.call(error), 'a value that cannot be shown'),
  );
  return `Thrown value: ${text}`;
}

/** The first stack frame in the user's code, mapped to their source's line and column. */
export function runtimeLocation(error: unknown): CodeLocation {
  const message = describeThrown(error);
  const stack = safely(() => (error instanceof Error ? shown((error as { readonly stack?: unknown }).stack ?? '') : ''), '');
  const match = FRAME.exec(stack);
  if (!match) return { message, line: null, column: null };
  const line = Number(match[1]) - bodyLineOffset();
  return { message, line: line >= 1 ? line : null, column: Number(match[2]) };
}
