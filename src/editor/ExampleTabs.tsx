/**
 * The lesson's examples as tabs (WAI-ARIA tabs pattern: arrow keys move
 * between tabs, Home/End jump). A lesson with one example shows its title.
 */
import { useRef, type KeyboardEvent } from 'react';
import { t } from '../i18n';
import type { LessonExample } from '../lessons/types';

export interface ExampleTabsProps {
  readonly examples: readonly LessonExample[];
  readonly selectedId: string;
  readonly panelId: string;
  readonly onSelect: (index: number) => void;
}

export function ExampleTabs({ examples, selectedId, panelId, onSelect }: ExampleTabsProps) {
  const listRef = useRef<HTMLDivElement>(null);
  if (examples.length <= 1) {
    return <h2 className="lml-example-title">{examples[0]?.title ?? t('runtime.title')}</h2>;
  }
  const current = Math.max(0, examples.findIndex((e) => e.id === selectedId));
  const focusTab = (index: number) => {
    onSelect(index);
    // The pane remounts for the new example; focus the tab once it has.
    requestAnimationFrame(() => {
      listRef.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[index]?.focus();
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const last = examples.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusTab(target);
  };
  return (
    <div className="lml-tabs" role="tablist" aria-label={t('runtime.examples')} ref={listRef} onKeyDown={onKeyDown}>
      {examples.map((example, index) => {
        const selected = index === current;
        return (
          <button
            key={example.id}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={selected ? panelId : undefined}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(index)}
          >
            {example.title}
          </button>
        );
      })}
    </div>
  );
}
