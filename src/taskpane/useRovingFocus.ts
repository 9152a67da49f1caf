import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Arrow keys, Home and End move focus among a listbox's options, and only the last focused one
 * is in the Tab order (a roving tabindex). Written here rather than with Fluent's arrow navigation
 * group, whose focus trap adds focusable aria-hidden elements that screen readers trip over.
 * @param count how many options the listbox has; the focus stays within them.
 */
export function useRovingFocus(count: number) {
  const listRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(count - 1, 0));

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const move = MOVES[event.key];
      const options = [
        ...(listRef.current?.querySelectorAll<HTMLElement>('[role="option"]') ?? []),
      ];
      if (!move || options.length === 0) return;

      event.preventDefault();
      const from = options.indexOf(document.activeElement as HTMLElement);
      const next = move(from < 0 ? current : from, options.length);
      setActive(next);
      options[next].focus();
    },
    [current],
  );

  /** Focuses the first option (ArrowDown from the search box above the list). */
  const focusFirst = useCallback(() => {
    const first = listRef.current?.querySelector<HTMLElement>('[role="option"]');
    if (!first) return false;
    setActive(0);
    first.focus();
    return true;
  }, []);

  return {
    listRef,
    onKeyDown,
    focusFirst,
    /** Props for the option at the index: its tabindex, and what focusing it means. */
    optionProps: (index: number) => ({
      tabIndex: index === current ? 0 : -1,
      onFocus: () => setActive(index),
    }),
  };
}
