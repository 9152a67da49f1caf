import { lazy, Suspense, useState, type ComponentType, type JSX } from 'react';
import { Spinner } from '@fluentui/react-components';
import { LoadBoundary, type LoadBoundaryProps } from './LoadBoundary';

/** How the pane frames a part: not passed on to the part itself. */
export interface PartFrameProps {
  /** When the part fails to load: a way out besides Try again (a part that fills the pane). */
  onDismissFailure?: LoadBoundaryProps['onDismiss'];
}

/** A part of the pane whose code is fetched on first use, or earlier when asked to prepare. */
export interface LazyPart<P extends object> {
  /** Renders the part, with a labelled spinner while its code is on the way. */
  View: (props: P & PartFrameProps) => JSX.Element;
  /** Starts fetching the code (on hover or focus of what opens it); cheap to call often. */
  prefetch: () => void;
}

export interface LazyPartOptions {
  /** Said in the fallback ("Loading <title>…") and when the part fails. */
  title: string;
}

/**
 * Wraps a dynamic import() of a component into a part with a Suspense fallback, a prefetch for
 * hover and focus, and a boundary that offers another try when the chunk fails to arrive.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: LazyPartOptions,
): LazyPart<P> {
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const fetchOnce = () => {
    // A failed fetch is forgotten, so that the next try asks the server again.
    pending ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };

  // React.lazy keeps a failure for good: a retry needs a new lazy component. (The cast: TS cannot
  // follow a generic P through lazy's ref typing; the props pass through unchanged.)
  const lazyView = () => lazy(fetchOnce) as unknown as ComponentType<P>;
  let Loaded = lazyView();

  function View(props: P & PartFrameProps) {
    const { onDismissFailure, ...partProps } = props;
    const [attempt, setAttempt] = useState(0);
    const retry = () => {
      Loaded = lazyView();
      setAttempt((count) => count + 1);
    };

    return (
      <LoadBoundary
        key={attempt}
        title={options.title}
        onRetry={retry}
        onDismiss={onDismissFailure}
      >
        <Suspense fallback={<Spinner size="tiny" label={`Loading ${options.title}…`} />}>
          <Loaded {...(partProps as P)} />
        </Suspense>
      </LoadBoundary>
    );
  }

  return {
    View,
    prefetch: () => void fetchOnce().catch(() => undefined),
  };
}
