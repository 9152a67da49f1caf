import { makeStyles, mergeClasses, Spinner, Text, tokens } from '@fluentui/react-components';
import type { PaneState } from '../app/pane-state';
import { dateText, recordText } from './record-text';
import { focusMark } from './usePaneFocus';

const useStyles = makeStyles({
  banner: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  failed: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorStatusDangerForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
  },
  tracked: { backgroundColor: tokens.colorStatusSuccessBackground1 },
});

/** The sentence that starts with the state: "Tracked — regarding X, by Y, <date>". */
export function statusText(state: PaneState): string {
  if (state.status === 'Pending') {
    const doing = {
      track: 'tracking',
      setRegarding: 'changing the regarding',
      untrack: 'untracking',
    };
    return state.pending ? `Pending — ${doing[state.pending]}…` : 'Pending';
  }
  if (state.status === 'Failed') {
    return `Failed: ${state.error?.text ?? 'unknown reason'}`;
  }
  if (state.status === 'Tracked' && state.tracked) {
    const { regarding, byName, on } = state.tracked;
    const parts = [regarding ? `regarding ${recordText(regarding)}` : 'no regarding record'];
    if (byName) parts.push(`by ${byName}`);
    if (on) parts.push(dateText(on));
    return `Tracked — ${parts.join(', ')}`;
  }
  return state.status;
}

/** The tracking status of the shown message, announced politely to screen readers. */
export function StatusBanner(props: { state: PaneState }) {
  const styles = useStyles();
  const { state } = props;
  // mergeClasses, not a joined string: Griffel's atomic classes must be merged to override.
  const className = mergeClasses(
    styles.banner,
    state.status === 'Failed' && styles.failed,
    state.status === 'Tracked' && styles.tracked,
  );

  // An action that failed on a tracked message (Untrack, say) leaves it tracked: say so.
  const stillTracked =
    state.status === 'Failed' && state.tracked
      ? `The message is still tracked${
          state.tracked.regarding ? `, regarding ${recordText(state.tracked.regarding)}` : ''
        }.`
      : null;

  return (
    <>
      {/* Focusable by script only: focus lands here when an action's button goes away. */}
      <div
        role="status"
        aria-label="Tracking status"
        className={className}
        tabIndex={-1}
        {...focusMark('status')}
      >
        {state.status === 'Pending' && <Spinner size="tiny" aria-hidden />}
        <Text weight="semibold">{statusText(state)}</Text>
      </div>
      {stillTracked && <Text>{stillTracked}</Text>}
    </>
  );
}
