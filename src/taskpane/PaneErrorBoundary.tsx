import { Component, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export interface PaneErrorBoundaryProps {
  /** Told what broke the pane (the pane passes its diagnostics log and the console). */
  onError: (message: string, details?: string) => void;
  /** Starts the pane afresh; default: reloads the page. */
  onReload?: () => void;
  children: ReactNode;
}

/**
 * The last line of defence: whatever breaks while rendering the pane leaves a plain message and
 * a way to start again, rather than a blank pane (React unmounts everything on an uncaught error).
 */
export class PaneErrorBoundary extends Component<
  PaneErrorBoundaryProps,
  { failure: string | null }
> {
  override state = { failure: null as string | null };

  static getDerivedStateFromError(error: unknown): { failure: string } {
    return { failure: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown): void {
    const details = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.props.onError('The task pane stopped working.', details);
  }

  override render(): ReactNode {
    if (this.state.failure === null) {
      return this.props.children;
    }
    const reload = this.props.onReload ?? (() => window.location.reload());
    return (
      <main style={{ padding: 12 }}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The task pane stopped working.</MessageBarTitle>
            Nothing was changed in the CRM by this. Reload the pane to start again.
          </MessageBarBody>
        </MessageBar>
        <p>Details: {this.state.failure}</p>
        <Button appearance="primary" onClick={reload}>
          Reload the pane
        </Button>
      </main>
    );
  }
}
