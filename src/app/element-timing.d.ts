/**
 * The Element Timing API's attribute (Chromium: a performance entry when the
 * element is first painted; app/presented.ts `whenPresented`). React passes it
 * through to the DOM; its types do not list it.
 */
import 'react';

declare module 'react' {
  // Declaration merging needs React's own type parameter, unused here.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
