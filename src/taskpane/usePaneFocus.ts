import { useCallback, useEffect, useRef, useState } from 'react';

/** The controls focus may be sent to, each marked with `data-pane-focus="<name>"`. */
export type FocusTarget =
  'status' | 'track' | 'setRegarding' | 'untrack' | 'options' | 'settingsNotice';

/** The attribute that marks a focus target; spread onto the element. */
export const focusMark = (target: FocusTarget) => ({ 'data-pane-focus': target });

interface Request {
  targets: FocusTarget[];
  /** The controls the user was on: focus is moved away from them, or from nowhere (the body). */
  from: readonly (Element | null)[];
}

/**
 * Sends focus somewhere sensible when the control that had it goes away (a panel closes, a button
 * is replaced). The first target that exists and is enabled wins; the request waits for renders
 * until one does. Focus the user has moved elsewhere in the meantime is left alone.
 */
export function usePaneFocus() {
  const rootRef = useRef<HTMLElement>(null);
  const request = useRef<Request | null>(null);
  const [, setAsked] = useState(0);

  /**
   * Asks for focus on the first of the targets that exists.
   * @param from where focus may be taken from besides the body; by default where it is now.
   */
  const moveFocus = useCallback(
    (targets: FocusTarget[], from: readonly (Element | null)[] = [document.activeElement]) => {
      request.current = { targets, from };
      setAsked((count) => count + 1);
    },
    [],
  );

  /** The marked element, if it is shown. */
  const find = useCallback(
    (target: FocusTarget) =>
      rootRef.current?.querySelector<HTMLElement>(`[data-pane-focus="${target}"]`) ?? null,
    [],
  );

  // No dependency list on purpose: a target may appear on any later render.
  useEffect(() => {
    const wanted = request.current;
    if (!wanted) return;
    if (!focusIsFree(wanted.from)) {
      request.current = null;
      return;
    }

    const element = wanted.targets.map(find).find((found) => found !== null && !isDisabled(found));
    if (!element) return;
    request.current = null;
    element.focus();
  });

  return { rootRef, moveFocus, find };
}

function focusIsFree(from: readonly (Element | null)[]): boolean {
  const active = document.activeElement;
  return !active || active === document.body || from.includes(active) || !active.isConnected;
}

function isDisabled(element: HTMLElement): boolean {
  return element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true';
}
