/**
 * Keeps the editor in step with an example's saved code when it changes
 * outside this pane (another tab saved it, an import replaced it):
 *
 * - nothing typed here is waiting to be saved → the editor shows the new
 *   version and says it came from elsewhere;
 * - text typed here is waiting too → both versions are kept: the newer edit
 *   is saved (ours is flushed at once, or theirs stays), the other is kept
 *   aside (Offline & storage) and the pane says so. Nothing is dropped.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { t } from '../i18n';
import { keepAside } from '../store/kept-aside';
import { EDITOR_STORAGE_KEY, editorSync } from '../store/editor';
import type { DebouncedSave } from './useDebouncedSave';

export type ExternalNote = 'updated' | 'keptTheirs' | 'keptOurs' | null;

export interface ExternalCodeOptions {
  readonly codeKey: string;
  readonly starter: string;
  /** The stored edit (undefined: the starter code). */
  readonly saved: string | undefined;
  /** The editor's text now. */
  readonly latestCode: RefObject<string>;
  /** The text this pane last saw stored (or wrote itself). */
  readonly synced: RefObject<string>;
  readonly save: DebouncedSave;
  /** Puts text into the editor. */
  readonly show: (code: string) => void;
}

export function useExternalCode({ codeKey, starter, saved, latestCode, synced, save, show }: ExternalCodeOptions): { note: ExternalNote; dismiss: () => void } {
  const [note, setNote] = useState<ExternalNote>(null);
  const options = useRef({ codeKey, starter, latestCode, synced, save, show });
  options.current = { codeKey, starter, latestCode, synced, save, show };

  useEffect(() => {
    const { codeKey: key, starter: original, latestCode: latest, synced: seen, save: saver, show: put } = options.current;
    const stored = saved ?? original;
    if (stored === seen.current) return;
    if (stored === latest.current) {
      seen.current = stored;
      return;
    }
    const keep = (text: string, detail: 'storage.aside.otherTabLost' | 'storage.aside.thisTabLost') =>
      keepAside({ reason: 'conflict', source: EDITOR_STORAGE_KEY, kind: 'code', item: `codes/${key}`, name: key, detail: t(detail), text });
    let next: ExternalNote = 'updated';
    if (saver.pending() && latest.current !== seen.current) {
      // Typed here and saved elsewhere: the newer edit wins, the other is kept.
      const theirsAt = editorSync.stampOf('codes', key) ?? 0;
      if (saver.typedAt() >= theirsAt) {
        if (saved !== undefined) keep(stored, 'storage.aside.otherTabLost');
        seen.current = stored;
        saver.flush();
        setNote('keptOurs');
        return;
      }
      keep(latest.current, 'storage.aside.thisTabLost');
      saver.cancel();
      next = 'keptTheirs';
    }
    seen.current = stored;
    latest.current = stored;
    put(stored);
    setNote(next);
  }, [saved]);

  return { note, dismiss: () => setNote(null) };
}
