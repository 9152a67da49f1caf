import { Component, createContext, type ContextType, type ReactNode } from 'react';
import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';

/** Where a part that failed to load is reported (the pane passes its diagnostics log). */
export const PartFailureContext = createContext<(message: string, details?: string) => void>(
  () => undefined,
);

export interface LoadBoundaryProps {
  /** The part's name, as the user knows it ("Set Regarding"). */
  title: string;
  onRetry: () => void;
  /** A way out when the part fills the pane (Options): shown beside Try again. */
  onDismiss?: { label: string; run: () => void };
  children: ReactNode;
}

/**
 * Catches a part whose chunk did not arrive (offline, a new deployment) so that the rest of the
 * pane stays usable, says so, and offers another try.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  static override contextType = PartFailureContext;
  declare context: ContextType<typeof PartFailureContext>;
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.context(`${this.props.title} could not be loaded.`, message);
  }

  override render(): ReactNode {
    if (!this.state.failed) {
      return this.props.children;
    }
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {this.props.title} could not be loaded.{' '}
          <Link as="button" onClick={this.props.onRetry}>
            Try again
          </Link>
          {this.props.onDismiss && (
            <>
              {' '}
              <Link as="button" onClick={this.props.onDismiss.run}>
                {this.props.onDismiss.label}
              </Link>
            </>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }
}
