import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { DiagnosticsEntry, DiagnosticsLog } from '../app/diagnostics-log';
import type { PaneState } from '../app/pane-state';
import type { TrackingController } from '../app/tracking-controller';

/**
 * The pane state of a controller, started on mount and disposed on unmount.
 * @param controller the session of the task pane; one per mounted pane.
 */
export function useTrackingSession(controller: TrackingController): PaneState {
  const subscribe = useCallback(
    (listener: () => void) => controller.subscribe(listener),
    [controller],
  );
  const state = useSyncExternalStore(subscribe, () => controller.getState());

  useEffect(() => {
    // Failures are in the state (and the diagnostics log); nothing to do with the rejection.
    controller.start().catch(() => undefined);
    return () => controller.dispose();
  }, [controller]);

  return state;
}

/**
 * The diagnostics log's entries, updated as failures are logged.
 * @param log the pane's diagnostics log.
 */
export function useDiagnosticsEntries(log: DiagnosticsLog): readonly DiagnosticsEntry[] {
  const subscribe = useCallback((listener: () => void) => log.subscribe(listener), [log]);
  return useSyncExternalStore(subscribe, () => log.entries());
}
