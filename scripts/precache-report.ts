/**
 * A Workbox `manifestTransforms` step (used by vite.config.ts) that changes
 * nothing in the precache list but prints it grouped by file type, with the
 * total raw size, and warns when the total is over the offline budget.
 *
 * Why raw bytes: the browser stores the decompressed responses, so the raw
 * size is what the offline copy costs on the student's disk (the download is
 * smaller, gzip or brotli on the wire).
 */
import type { ManifestTransform } from 'workbox-build';

/** Offline budget from issue 7: at most 15 MiB raw. */
export const PRECACHE_BUDGET_BYTES = 15 * 1024 * 1024;

export interface PrecacheGroup {
  readonly type: string;
  readonly files: number;
  readonly bytes: number;
}

/** The group a precached URL belongs to: its extension, with `?query` and `#hash` ignored. */
export function fileType(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '(none)';
}

/** Entries grouped by type, largest group first. */
export function groupPrecache(entries: readonly { url: string; size: number }[]): PrecacheGroup[] {
  const groups = new Map<string, { files: number; bytes: number }>();
  for (const entry of entries) {
    const type = fileType(entry.url);
    const group = groups.get(type) ?? { files: 0, bytes: 0 };
    group.files += 1;
    group.bytes += entry.size;
    groups.set(type, group);
  }
  return [...groups.entries()]
    .map(([type, g]) => ({ type, ...g }))
    .sort((a, b) => b.bytes - a.bytes || a.type.localeCompare(b.type));
}

export function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MiB`;
}

export function formatPrecacheReport(entries: readonly { url: string; size: number }[]): string {
  const groups = groupPrecache(entries);
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  const largest = [...entries].sort((a, b) => b.size - a.size).slice(0, 5);
  const lines = [
    `Offline precache: ${entries.length} files, ${formatMiB(total)} raw (budget ${formatMiB(PRECACHE_BUDGET_BYTES)})`,
    ...groups.map((g) => `  ${g.type.padEnd(12)} ${String(g.files).padStart(4)} files ${formatMiB(g.bytes).padStart(11)}`),
    '  largest:',
    ...largest.map((e) => `    ${formatMiB(e.size).padStart(11)}  ${e.url}`),
  ];
  return lines.join('\n');
}

export const precacheReport: ManifestTransform = (entries) => {
  console.log('\n' + formatPrecacheReport(entries) + '\n');
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  const warnings =
    total > PRECACHE_BUDGET_BYTES
      ? [`the offline precache is ${formatMiB(total)}, over the ${formatMiB(PRECACHE_BUDGET_BYTES)} budget`]
      : [];
  return { manifest: entries, warnings };
};
