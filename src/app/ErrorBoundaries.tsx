/**
 * Failure containment. A pane that throws while rendering shows a short
 * message and a "Reload this panel" button that mounts it afresh; the other
 * panes keep working and nothing saved is touched (the boundary only
 * remounts components; stores and storage stay as they are). The root
 * boundary catches what escapes the panes (the header, the layout).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t, type MessageKey } from '../i18n';
import { ForceThrowProbe, type FailingPane } from './force-throw';

const PANE_NAMES: Record<FailingPane, MessageKey> = {
  lesson: 'app.pane.name.lesson',
  code: 'app.pane.name.code',
  output: 'app.pane.name.output',
  worksheet: 'app.pane.name.worksheet',
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

interface BoundaryState {
  readonly error: unknown;
  /** Bumped by "reload": a new key mounts the children afresh. */
  readonly generation: number;
}

interface PaneBoundaryProps {
  readonly pane: FailingPane;
  readonly children: ReactNode;
  /** When this changes (e.g. a new run starts), a failed pane is mounted again by itself. */
  readonly resetKey?: unknown;
  /** Told when the pane fails (e.g. so that what waits for the pane's content does not wait forever). */
  readonly onError?: () => void;
}

export class PaneBoundary extends Component<PaneBoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error('unknown error') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // React reports the error to the console itself; the component stack helps whoever reads it.
    console.error(`[${this.props.pane} panel]`, messageOf(error), info.componentStack ?? '');
    this.props.onError?.();
  }

  override componentDidUpdate(previous: PaneBoundaryProps): void {
    if (this.state.error !== null && previous.resetKey !== this.props.resetKey) this.reload();
  }

  private reload = () => {
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  };

  override render() {
    const { error, generation } = this.state;
    const { pane, children } = this.props;
    if (error !== null) {
      return (
        <div className="pane-failure" role="alert" data-failed-pane={pane}>
          <p>{t('app.pane.failed', { pane: t(PANE_NAMES[pane]), message: messageOf(error) })}</p>
          <p className="pane-failure-note">{t('app.pane.failedNote')}</p>
          <button type="button" className="text-button" onClick={this.reload}>
            {t('app.pane.reload')}
          </button>
        </div>
      );
    }
    return (
      <PaneContent key={generation} pane={pane}>
        {children}
      </PaneContent>
    );
  }
}

function PaneContent({ pane, children }: { pane: FailingPane; children: ReactNode }) {
  return (
    <>
      <ForceThrowProbe pane={pane} />
      {children}
    </>
  );
}

export class RootBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown error') };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="app-failure" role="alert">
        <p>{t('app.failed', { message: messageOf(this.state.error) })}</p>
        <p>{t('app.failedNote')}</p>
        <button type="button" className="text-button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    );
  }
}
