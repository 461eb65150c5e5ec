/** The line under a group of converted amounts that says which exchange rate and date they used (nothing when showing dollars). */
import { moneyNote } from './money-display';

export function MoneyNote() {
  const note = moneyNote();
  return note ? (
    <p className="ws-note ws-money-note" data-money-note="">
      {note}
    </p>
  ) : null;
}
