/**
 * Download and restore of the backup file (backup.ts, import-plan.ts) in the
 * browser. Loaded on first use (export or import), so none of it weighs on
 * the first page.
 *
 * An import is one all-or-nothing write (writeAllOrNothing) followed by the
 * stores reading storage again: what was imported is live at once, in this
 * tab and in the others, so nothing typed before a reload can undo it.
 */
import { t } from '../i18n';
import { downloadText } from '../platform/download';
import { err, ok, type Result } from '../result';
import { EDITOR_STORAGE_KEY, editorSync } from '../store/editor';
import { editorDocSchema } from '../store/editor-doc';
import { refreshKeptAside } from '../store/kept-aside';
import { flushPendingSaves } from '../store/pending-saves';
import { PROGRESS_STORAGE_KEY, progressSync } from '../store/progress';
import { progressDocSchema } from '../store/progress-doc';
import { describeRun, RUNS_STORAGE_KEY, runsSync } from '../store/runs';
import { runsDocSchema } from '../store/runs-doc';
import { SETTINGS_VERSION, useSettings } from '../store/settings';
import { safeLocalStorage, storedEntries, writeAllOrNothing } from '../store/storage';
import { useSyncStatus } from '../store/sync/status';
import { WORKSHEET_STORAGE_KEY, worksheetSync } from '../store/worksheet';
import { worksheetDocSchema } from '../store/worksheet-doc';
import { backupFileName, KEY_PREFIX, makeBackup, MAX_BACKUP_BYTES, parseBackup, type ParsedBackup } from './backup';
import { asideWrites, importWrites, itemId, planImport, type ImportPlan, type ImportTarget } from './import-plan';

/** Saves the user's saved work (every `lml.*` item, with values that could not be written) as a JSON download. */
export function downloadBackup(now = new Date()): void {
  flushPendingSaves();
  const backup = makeBackup(storedEntries(KEY_PREFIX), now);
  downloadText(backupFileName(now), JSON.stringify(backup, null, 2), 'application/json');
}

function targets(): ImportTarget[] {
  const describeEditor = (collection: string, key: string) =>
    collection === 'codes'
      ? { kind: 'code' as const, name: key }
      : collection === 'prefs'
        ? { kind: 'setting' as const, name: key }
        : { kind: collection === 'controlValues' ? ('controlValues' as const) : ('controlSpecs' as const), name: key };
  return [
    { key: EDITOR_STORAGE_KEY, schema: editorDocSchema, activeKey: editorSync.activeKey(), skip: [], describe: describeEditor },
    {
      key: WORKSHEET_STORAGE_KEY,
      schema: worksheetDocSchema,
      activeKey: worksheetSync.activeKey(),
      skip: ['view'],
      describe: (_collection, key, value) => {
        const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
        return { kind: 'scenario', name: typeof name === 'string' ? name : key };
      },
    },
    { key: PROGRESS_STORAGE_KEY, schema: progressDocSchema, activeKey: progressSync.activeKey(), skip: [], describe: (_collection, key) => ({ kind: 'progress' as const, name: key }) },
    { key: RUNS_STORAGE_KEY, schema: runsDocSchema, activeKey: runsSync.activeKey(), skip: [], describe: describeRun },
  ];
}

/** Reads and checks a backup file (its size first, before reading it). */
export async function readBackupFile(file: Blob): Promise<Result<ParsedBackup>> {
  if (file.size > MAX_BACKUP_BYTES) return err(t('offline.backup.tooLarge', { size: file.size, max: MAX_BACKUP_BYTES }));
  let text: string;
  try {
    text = await file.text();
  } catch {
    return err(t('offline.backup.unreadable'));
  }
  return parseBackup(text);
}

/** What the import would do, against what is saved now (edits waiting for their pause are saved first). */
export function prepareImport(backup: ParsedBackup): Result<ImportPlan> {
  flushPendingSaves();
  return planImport(backup, targets(), SETTINGS_VERSION, (key) => safeLocalStorage.getItem(key), Date.now());
}

export interface ImportSummary {
  readonly scenarios: number;
  readonly codes: number;
  readonly other: number;
  readonly settings: boolean;
  /** Newer versions here the backup did not replace. */
  readonly keptNewer: number;
  /** Newer versions here the backup replaced, kept aside. */
  readonly keptAside: number;
  readonly dropped: number;
}

/**
 * Imports the backup, all or nothing, and makes it live. `replace` names the
 * newer-here items the user agreed to replace (itemId); the plan is made
 * again against storage now, so edits made while the question was open are
 * kept (an item that became newer since is not in `replace`, so it stays).
 */
export function applyImport(backup: ParsedBackup, replace: ReadonlySet<string>): Result<ImportSummary> {
  const planned = prepareImport(backup);
  if (!planned.ok) return planned;
  const plan = planned.value;
  const now = Date.now();
  // Settings written by a newer build are left alone: the import goes to this build's copy, as the store's writes do.
  const settingsMode = useSyncStatus.getState().modes['lml.settings'];
  const settingsKey = settingsMode && settingsMode.kind !== 'main' ? settingsMode.copyKey : 'lml.settings';
  const { writes, keep, counts } = importWrites(plan, targets(), replace, now, settingsKey);
  const all = [...writes, ...asideWrites(keep, now)];
  if (all.length > 0) {
    const written = writeAllOrNothing(all);
    if (!written.ok) return err(t(written.failure === 'quota' ? 'offline.import.quota' : 'offline.import.blocked'));
  }
  editorSync.refresh();
  worksheetSync.refresh();
  progressSync.refresh();
  runsSync.refresh();
  if (plan.settings !== null) void useSettings.persist.rehydrate();
  refreshKeptAside();
  return ok({
    scenarios: counts.scenarios,
    codes: counts.codes,
    other: counts.other,
    settings: counts.settings > 0,
    keptNewer: plan.newerHere.filter((item) => !replace.has(itemId(item))).length,
    keptAside: keep.length,
    dropped: plan.dropped.length,
  });
}
