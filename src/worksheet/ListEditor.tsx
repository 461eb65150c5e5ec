/** Edits a short list of events (training runs, team steps, funding rounds): one row of number fields per entry. */
import { t, type MessageKey } from '../i18n';
import type { Range } from './model/limits';
import { MAX_LIST } from './model/limits';
import { NumberField } from './NumberField';
import { isMoneyUnit } from './fields';
import { unitText } from './money-display';

export interface ListColumn<T> {
  readonly label: MessageKey;
  readonly unit: MessageKey;
  readonly range: Range;
  get(item: T): number;
  set(item: T, value: number): T;
}

export interface ListEditorProps<T> {
  readonly items: readonly T[];
  readonly columns: readonly ListColumn<T>[];
  /** i18n key naming one entry, with `{n}` (e.g. "run {n}"). */
  readonly itemName: MessageKey;
  readonly addLabel: MessageKey;
  readonly newItem: () => T;
  readonly onChange: (items: T[]) => void;
  /** Optional line under each entry (e.g. the derived cost of a training run). */
  readonly note?: (item: T, index: number) => string | null;
}

export function ListEditor<T>({ items, columns, itemName, addLabel, newItem, onChange, note }: ListEditorProps<T>) {
  return (
    <div className="ws-list">
      {items.map((item, index) => {
        const n = index + 1;
        const extra = note?.(item, index);
        return (
          <fieldset className="ws-list-row" key={index}>
            <legend className="ws-visually-hidden">{t(itemName, { n })}</legend>
            {columns.map((column) => (
              <NumberField
                key={column.label}
                label={t(column.label, { n })}
                unit={unitText(column.unit)}
                money={isMoneyUnit(column.unit)}
                range={column.range}
                value={column.get(item)}
                onCommit={(value) => onChange(items.map((it, i) => (i === index ? column.set(it, value) : it)))}
              />
            ))}
            {extra && <p className="ws-note">{extra}</p>}
            <button
              type="button"
              className="ws-small-button"
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              {t('worksheet.list.remove', { what: t(itemName, { n }) })}
            </button>
          </fieldset>
        );
      })}
      {items.length < MAX_LIST ? (
        <button type="button" className="ws-small-button" onClick={() => onChange([...items, newItem()])}>
          {t(addLabel)}
        </button>
      ) : (
        <p className="ws-note">{t('worksheet.list.full', { max: MAX_LIST })}</p>
      )}
    </div>
  );
}
