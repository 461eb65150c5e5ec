/**
 * The example's code, coloured by the build's highlighting, in the editor's
 * box until the reader opens the editor: clicking into it, focusing it (Tab)
 * or the "Edit the code" button opens Monaco in the same place, so nothing
 * moves (Run opens it too). Edited code, which the build never saw, shows
 * uncoloured.
 */
import { useMemo } from 'react';
import { t } from '../i18n';
import { decodeRanges, splitByRanges } from '../lessons/highlight-ranges';

export interface CodePreviewProps {
  readonly code: string;
  /** Encoded highlight ranges for `code`, or null to show it plain. */
  readonly highlight: string | null;
  readonly title: string;
  readonly onOpen: () => void;
  /** True while the editor loads (the preview stays until it is ready). */
  readonly opening: boolean;
}

export function CodePreview({ code, highlight, title, onOpen, opening }: CodePreviewProps) {
  const pieces = useMemo(() => splitByRanges(code, highlight === null ? [] : decodeRanges(highlight)), [code, highlight]);
  return (
    <div className="lml-code-preview" data-testid="code-preview" role="group" aria-label={t('runtime.editor.preview', { title })}>
      <pre className="lml-code-preview-text" tabIndex={0} onFocus={onOpen} onPointerDown={onOpen}>
        <code>
          {pieces.map((piece, i) => (piece.kind === null ? piece.text : <span key={i} className={`hljs-${piece.kind}`}>{piece.text}</span>))}
        </code>
      </pre>
      <button type="button" className="lml-code-preview-open" onClick={onOpen} disabled={opening}>
        {opening ? t('runtime.editor.loading') : t('runtime.editor.open')}
      </button>
    </div>
  );
}
