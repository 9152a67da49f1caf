import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { PaneState } from '../app/pane-state';
import { focusMark } from './usePaneFocus';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

export interface ActionBarProps {
  state: PaneState;
  onTrack: () => void;
  onSetRegarding: () => void;
  onUntrack: () => void;
  /** Hover or focus on a button: what it opens can be fetched before the click. */
  onPrepareTrack?: () => void;
  onPrepareSetRegarding?: () => void;
  onPrepareUntrack?: () => void;
}

/** Track in CRM, Set Regarding and Untrack for the shown message. */
export function ActionBar(props: ActionBarProps) {
  const styles = useStyles();
  const { state } = props;
  const ready = state.phase === 'ready' && state.evaluation !== null && state.pending === null;
  const tracked = state.tracked !== null;

  return (
    <div className={styles.bar} role="group" aria-label="Tracking actions">
      {!tracked && (
        <Button
          appearance="primary"
          disabled={!ready}
          onClick={props.onTrack}
          onPointerEnter={props.onPrepareTrack}
          onFocus={props.onPrepareTrack}
          {...focusMark('track')}
        >
          Track in CRM
        </Button>
      )}
      <Button
        disabled={!ready}
        onClick={props.onSetRegarding}
        onPointerEnter={props.onPrepareSetRegarding}
        onFocus={props.onPrepareSetRegarding}
        {...focusMark('setRegarding')}
      >
        Set Regarding
      </Button>
      {tracked && (
        <Button
          disabled={!ready || !state.tracked?.mine}
          onClick={props.onUntrack}
          onPointerEnter={props.onPrepareUntrack}
          onFocus={props.onPrepareUntrack}
          {...focusMark('untrack')}
        >
          Untrack
        </Button>
      )}
      {tracked && !state.tracked?.mine && (
        <Text size={200}>
          Tracked by {state.tracked?.byName ?? 'another user'}: only they can untrack it.
        </Text>
      )}
    </div>
  );
}
