/**
 * A window splitter (WAI-ARIA `separator`, focusable): drag it with a mouse,
 * pen or finger, or focus it and move it with the arrow keys (Shift for
 * bigger steps), Home and End. Its value is the size of the pane it
 * controls, in that pane's unit; the owner turns a pointer position into a
 * value and decides where to keep it. `onMove` fires while dragging,
 * `onCommit` once at the end of a drag and on every key press.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

export interface SplitterProps {
  readonly label: string;
  /** id of the pane whose size `value` is. */
  readonly controls: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly valueText: string;
  /** +1: ArrowRight makes `value` larger (the controlled pane is on the left); -1: ArrowLeft does. */
  readonly direction: 1 | -1;
  /** The value for a pointer at `clientX`, given the splitter element. */
  readonly valueAt: (clientX: number, splitter: HTMLElement) => number;
  readonly onMove: (value: number) => void;
  readonly onCommit: (value: number) => void;
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

export function Splitter(props: SplitterProps) {
  const { label, controls, value, min, max, step, valueText, direction } = props;
  const dragging = useRef<number | null>(null);
  const last = useRef(value);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    dragging.current = event.pointerId;
    last.current = value;
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current !== event.pointerId) return;
    last.current = clamp(props.valueAt(event.clientX, event.currentTarget), min, max);
    props.onMove(last.current);
  };
  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current !== event.pointerId) return;
    dragging.current = null;
    props.onCommit(last.current);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const big = event.shiftKey ? 5 : 1;
    const moves: Record<string, number | undefined> = {
      ArrowLeft: value - direction * step * big,
      ArrowRight: value + direction * step * big,
      Home: direction === 1 ? min : max,
      End: direction === 1 ? max : min,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    props.onCommit(clamp(next, min, max));
  };

  return (
    <div
      className="splitter"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={valueText}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
    />
  );
}
