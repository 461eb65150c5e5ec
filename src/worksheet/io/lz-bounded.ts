/**
 * lz-string's `decompressFromEncodedURIComponent`, with a bound on the output.
 *
 * Why not the library's own: LZW output can grow quadratically with its
 * input (each dictionary entry is one character longer than an earlier one),
 * so n input codes may expand to about n²/2 characters: a 50 k-character link
 * expanded to 246 M characters (seconds of work, half a gigabyte) before any
 * size check could run. This is the same algorithm (lz-string 1.5.0,
 * `_decompress` with the URI-safe alphabet, MIT, © 2013 pieroxy), stopping
 * as soon as the output would pass `maxChars`. Work and memory are then
 * bounded by the input length plus `maxChars`: every dictionary entry is at
 * most one character longer than an earlier output piece, and pieces sum to
 * at most `maxChars`.
 *
 * Returns the text, `null` for input that is not lz-string's (as the library
 * does), or `TOO_LONG` when the output would pass the bound (a symbol, so
 * no decoded text can be mistaken for it).
 */
export const TOO_LONG: unique symbol = Symbol('tooLong');
const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map(Array.from(URI_SAFE, (ch, i): [string, number] => [ch, i]));
/** Bits per input character (64-letter alphabet), read most significant first. */
const RESET = 32;

export function decompressBounded(input: string, maxChars: number): string | null | typeof TOO_LONG {
  if (input === '') return null;
  const text = input.replace(/ /g, '+');
  const valueAt = (index: number): number => VALUE_OF.get(text.charAt(index)) ?? 0;
  let value = valueAt(0);
  let position = RESET;
  let index = 1;
  /** Reads `count` bits, least significant first (as lz-string writes them). */
  const read = (count: number): number => {
    let bits = 0;
    for (let power = 0; power < count; power++) {
      const bit = value & position;
      position >>= 1;
      if (position === 0) {
        position = RESET;
        value = valueAt(index++);
      }
      if (bit > 0) bits += 2 ** power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  let length = 0;
  const pieces: string[] = [];
  const emit = (piece: string): boolean => {
    length += piece.length;
    if (length > maxChars) return false;
    pieces.push(piece);
    return true;
  };

  let first: string;
  switch (read(2)) {
    case 0:
      first = String.fromCharCode(read(8));
      break;
    case 1:
      first = String.fromCharCode(read(16));
      break;
    case 2:
      return '';
    default:
      return null;
  }
  dictionary[3] = first;
  let previous = first;
  if (!emit(first)) return TOO_LONG;
  for (;;) {
    if (index > text.length) return '';
    let code = read(numBits);
    if (code === 0 || code === 1) {
      dictionary.push(String.fromCharCode(read(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      enlargeIn--;
    } else if (code === 2) {
      return pieces.join('');
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    const known = dictionary[code];
    if (known) entry = known;
    else if (code === dictionary.length) entry = previous + previous.charAt(0);
    else return null;
    if (!emit(entry)) return TOO_LONG;
    dictionary.push(previous + entry.charAt(0));
    enlargeIn--;
    previous = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
