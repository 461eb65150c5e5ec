/**
 * Callouts: a blockquote whose first line is `[!NOTE]`, `[!TIP]`,
 * `[!WARNING]` or `[!MISTAKE]` becomes a labelled box (`<aside>`).
 * `[!MISTAKE]` is the course's "common mistake" box. Any other `[!X]` is
 * reported as an unknown component.
 */
import type { Blockquote, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { tIn, type ContentKey } from '../../i18n/content-text';
import type { Locale } from '../../i18n/locales';

/** Each marker and its label's key (the label is written in the edition's language). */
export const CALLOUT_KINDS = {
  NOTE: 'content.callout.note',
  TIP: 'content.callout.tip',
  WARNING: 'content.callout.warning',
  MISTAKE: 'content.callout.mistake',
} as const satisfies Record<string, ContentKey>;

type CalloutKind = keyof typeof CALLOUT_KINDS;
const MARKER = /^\[!([A-Za-z]+)\][ \t]*\n?/;

export function remarkCallouts(locale: Locale = 'en') {
  return () => (tree: Root, file: VFile) => {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const text = first.children[0];
      if (text?.type !== 'text') return;
      const match = MARKER.exec(text.value);
      if (!match) return;
      const kind = (match[1] ?? '').toUpperCase();
      if (!Object.hasOwn(CALLOUT_KINDS, kind)) {
        file.message(`unknown callout "[!${match[1] ?? ''}]": use one of ${Object.keys(CALLOUT_KINDS).map((k) => `[!${k}]`).join(', ')}`, {
          place: node.position,
          ruleId: 'unknown-component',
          source: 'lml',
        });
        return;
      }
      const label = tIn(locale, CALLOUT_KINDS[kind as CalloutKind]);
      text.value = text.value.slice(match[0].length);
      if (text.value === '' && first.children.length === 1) node.children.shift();
      node.data = {
        hName: 'aside',
        hProperties: { className: ['callout', `callout-${kind.toLowerCase()}`], role: 'note', ariaLabel: label },
      };
      node.children.unshift({
        type: 'paragraph',
        data: { hProperties: { className: ['callout-title'] } },
        children: [{ type: 'strong', children: [{ type: 'text', value: label }] }],
      });
    });
  };
}
