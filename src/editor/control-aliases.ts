/**
 * Saved setting values are keyed by the English name and choice of each
 * setting, whichever edition of the example set them: a value chosen in
 * English is the value in Chinese and back (the example's `settings`,
 * paired at build time by src/lessons/pipeline/control-aliases.ts).
 * Settings the example does not rename (and any in the reader's own code)
 * keep their name as it is.
 */
import type { ControlAlias } from '../lessons/types';
import type { ControlValue } from '../runtime/protocol';

/** The name and value to save for a setting this edition shows as `name`. */
export function savedSetting(aliases: readonly ControlAlias[], name: string, value: ControlValue): [string, ControlValue] {
  const alias = aliases.find((a) => a.name === name);
  if (!alias) return [name, value];
  return [alias.english, typeof value === 'string' ? (alias.options[value] ?? value) : value];
}

/**
 * The saved values under this edition's names and choices (what a run and the
 * settings panel use), and still under the English ones: code the reader
 * edited in English names its settings in English in either edition.
 */
export function editionSettings(aliases: readonly ControlAlias[], saved: Readonly<Record<string, ControlValue>>): Record<string, ControlValue> {
  const shown: Record<string, ControlValue> = { ...saved };
  for (const alias of aliases) {
    const value = saved[alias.english];
    if (value === undefined) continue;
    const choice = typeof value === 'string' ? Object.entries(alias.options).find(([, english]) => english === value)?.[0] : undefined;
    shown[alias.name] = choice ?? value;
  }
  return shown;
}
