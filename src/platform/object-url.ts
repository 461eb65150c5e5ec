/**
 * The one module that makes object URLs (lint bans `URL.createObjectURL`
 * everywhere else). An object URL keeps its bytes alive until it is
 * revoked, so each caller says when that happens: a download releases its
 * URL after the browser has started saving, a list of links when it
 * unmounts, the runtime's loader never (a few bytes, reused by every
 * respawn).
 */
export function objectUrl(blob: Blob): string {
  return URL.createObjectURL(blob);
}

export function releaseObjectUrl(url: string): void {
  URL.revokeObjectURL(url);
}
