/**
 * The backup file: the user's saved work (editor code, worksheet scenarios,
 * settings, work kept aside) as one JSON document, so that a full quota or a
 * browser that clears storage never loses work silently.
 *
 *   { "format": "large-model-lab-backup", "version": 1,
 *     "exportedAt": "2026-…Z", "items": { "lml.editor": "<stored JSON text>", … } }
 *
 * Items keep the exact stored text. Reading one is defensive: a size bound
 * before parsing (parseJsonSafely), the envelope checked on a zod/mini schema,
 * and only the app's own keys kept (anything else, `lml.testScale` included,
 * is dropped and counted). Each item's content is then checked by the import
 * (import-plan.ts) on the same schemas the stores load with.
 */
import * as z from 'zod/mini';
import { t } from '../i18n';
import { err, ok, type Result } from '../result';
import { parseJsonSafely, type JsonProblem } from '../worksheet/io/safeJson';

export const BACKUP_FORMAT = 'large-model-lab-backup';
export const BACKUP_VERSION = 1;
/** Only the app's own keys are exported. */
export const KEY_PREFIX = 'lml.';
/**
 * Largest backup file read (bytes, UTF-8). A browser keeps about 5 million
 * characters per site in localStorage; as UTF-8 inside JSON strings (quotes
 * escaped, CJK text three bytes a character) that is at most about 20 MB.
 */
export const MAX_BACKUP_BYTES = 25_000_000;

/** Keys that are settings of the machine, not work: never exported, never imported (the name hand-ins are made under, src/handin/export.ts, included). */
const NOT_EXPORTED = new Set(['lml.testScale', 'lml.handinName']);

/** The keys an import may write: the stores, their copies (`.v<n>`), and work kept aside. */
const IMPORTABLE = /^lml\.(editor|worksheet|settings|progress|runs)(\.v\d{1,3})?$|^lml\.aside\.[\w-]{1,80}$/;
export const isImportableKey = (key: string): boolean => IMPORTABLE.test(key);

const envelopeSchema = z.object({
  format: z.string(),
  version: z.number(),
  exportedAt: z.string(),
  items: z.record(z.string(), z.string()),
});

export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  readonly exportedAt: string;
  readonly items: Readonly<Record<string, string>>;
}

export interface ParsedBackup {
  /** When the backup was made (ms), 0 when its date is unreadable. */
  readonly exportedAt: number;
  readonly items: Readonly<Record<string, string>>;
  /** Keys in the file this app does not import (left out). */
  readonly dropped: readonly string[];
}

export function makeBackup(items: Readonly<Record<string, string>>, now: Date): Backup {
  const own = Object.fromEntries(Object.entries(items).filter(([key]) => key.startsWith(KEY_PREFIX) && !NOT_EXPORTED.has(key)));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), items: own };
}

/** `large-model-lab-2026-05-01.json` */
export function backupFileName(now: Date): string {
  return `large-model-lab-${now.toISOString().slice(0, 10)}.json`;
}

function jsonProblem(problem: JsonProblem): string {
  switch (problem.kind) {
    case 'tooLarge':
      return t('offline.backup.tooLarge', { size: problem.size, max: MAX_BACKUP_BYTES });
    case 'empty':
      return t('offline.backup.empty');
    case 'notJson':
      return t('offline.backup.notJson');
    case 'tooDeep':
    case 'arrayTooLong':
    case 'forbiddenKey':
      return t('offline.backup.notExport');
  }
}

/** Parses a backup file's text; the error says what is wrong in words a student understands. */
export function parseBackup(text: string): Result<ParsedBackup> {
  const json = parseJsonSafely(text, MAX_BACKUP_BYTES);
  if (!json.ok) return err(jsonProblem(json.error));
  const value = json.value;
  if (typeof value !== 'object' || value === null || (value as Record<string, unknown>)['format'] !== BACKUP_FORMAT) {
    return err(t('offline.backup.notExport'));
  }
  const version = (value as Record<string, unknown>)['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) return err(t('offline.backup.noVersion'));
  if (version > BACKUP_VERSION) return err(t('offline.backup.newerVersion', { version, known: BACKUP_VERSION }));
  if (version !== BACKUP_VERSION) return err(t('offline.backup.unknownVersion', { version }));
  const checked = envelopeSchema.safeParse(value);
  if (!checked.success) {
    const where = checked.error.issues[0]?.path.map(String).join('.') || 'file';
    return err(t('offline.backup.damaged', { where }));
  }
  const items: Record<string, string> = {};
  const dropped: string[] = [];
  for (const [key, item] of Object.entries(checked.data.items)) {
    if (isImportableKey(key)) items[key] = item;
    else dropped.push(key);
  }
  if (Object.keys(items).length === 0) return err(t('offline.backup.nothing'));
  const exportedAt = Date.parse(checked.data.exportedAt);
  return ok({ exportedAt: Number.isFinite(exportedAt) ? exportedAt : 0, items, dropped });
}
