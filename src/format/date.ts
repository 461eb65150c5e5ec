/** A moment as the reader's language writes it: "Dec 3, 2026" (or with the time, "Dec 3, 2026, 1:39 PM"). */
export function formatDate(when: number | string, tag: string, withTime = false): string {
  return new Intl.DateTimeFormat(tag, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(new Date(when));
}
