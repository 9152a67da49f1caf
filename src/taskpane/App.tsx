import { useCallback, useState, type ReactNode } from 'react';
import {
  Divider,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { RecordRef } from '../domain/crm-records';
import { isTrackerError } from '../domain/errors';
import type { OptionsChange } from '../app/options-saving';
import type { TrackingController } from '../app/tracking-controller';
import { ActionBar } from './ActionBar';
import { PartFailureContext } from './LoadBoundary';
import { MessageSummary } from './MessageSummary';
import { diagnosticsPart, regardingSearchPart, untrackDialogPart } from './on-demand-parts';
import { OptionsLauncher, prefetchOptions } from './OptionsLauncher';
import { PartyList } from './PartyList';
import { quickRegardingChoices } from './quick-choices';
import { SettingsNotice } from './SettingsNotice';
import { StatusBanner } from './StatusBanner';
import { focusMark, usePaneFocus, type FocusTarget } from './usePaneFocus';
import { useTrackingSession } from './useTrackingSession';
import { VerdictCard } from './VerdictCard';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' },
});

/** The task pane for the shown message. */
export function App(props: { controller: TrackingController }) {
  const styles = useStyles();
  const { controller } = props;
  const state = useTrackingSession(controller);
  const [panel, setPanel] = useState<'none' | 'regarding' | 'options'>('none');
  const [confirmUntrack, setConfirmUntrack] = useState(false);
  // The dialog is fetched on first use, then stays mounted so that closing it still animates.
  const [untrackUsed, setUntrackUsed] = useState(false);
  // Where focus goes when what had it closes or is replaced; Options returns to its opener.
  const focus = usePaneFocus();
  const [optionsOpener, setOptionsOpener] = useState<FocusTarget>('options');

  // Set Regarding and the Untrack dialog belong to the message they were opened for: another
  // selection closes them, so that a choice made for one message never lands on the next.
  const itemId = state.message?.itemId ?? null;
  const [panelItemId, setPanelItemId] = useState(itemId);
  if (panelItemId !== itemId) {
    setPanelItemId(itemId);
    if (panel === 'regarding') setPanel('none');
    setConfirmUntrack(false);
  }

  const search = useCallback((text: string) => controller.searchRegarding(text), [controller]);
  // Failures are shown from the state; the rejection carries nothing more for the view.
  const quietly = (action: Promise<void>) => void action.catch(() => undefined);

  const orgdb = state.settings?.settings.orgdborgsettings;
  const trackOpensRegarding = orgdb?.OverrideTrackInCrmBehaviour === 1;

  const onTrack = () => {
    if (trackOpensRegarding) {
      setPanel('regarding');
      return;
    }
    // Success replaces the Track button: the status line, which says the outcome, takes focus.
    const from = [document.activeElement];
    const showOutcome = () => focus.moveFocus(['status'], from);
    quietly(
      controller.track().then(showOutcome, (error: unknown) => {
        if (isTrackerError(error) && error.code === 'RegardingRequired') setPanel('regarding');
        else showOutcome();
      }),
    );
  };
  const closeRegarding = () => {
    setPanel('none');
    focus.moveFocus(['setRegarding', 'status']);
  };
  const onChooseRegarding = (record: RecordRef) => {
    setPanel('none');
    // The status line says "Pending", then the outcome.
    focus.moveFocus(['status', 'setRegarding']);
    if (controller.getState().message?.itemId !== itemId) return;
    quietly(controller.setRegarding(record));
  };
  const onSaveOptions = async (next: OptionsChange) => {
    await controller.saveOptions(next);
  };
  const onUntrack = () => {
    setUntrackUsed(true);
    setConfirmUntrack(true);
  };
  const onCancelUntrack = () => {
    setConfirmUntrack(false);
    focus.moveFocus(['untrack', 'status']);
  };
  const onConfirmUntrack = () => {
    setConfirmUntrack(false);
    if (controller.getState().message?.itemId !== itemId) return;
    // The dialog may hand focus back to Untrack, which goes away when the untrack succeeds.
    const from = [document.activeElement, focus.find('untrack')];
    const showOutcome = () => focus.moveFocus(['status'], from);
    quietly(controller.untrack().finally(showOutcome));
  };
  const reportPartFailure = useCallback(
    (message: string, details?: string) => controller.log.error(message, details),
    [controller],
  );
  const pane = (children: ReactNode) => (
    <PartFailureContext.Provider value={reportPartFailure}>
      <main className={styles.pane} ref={focus.rootRef}>
        {children}
      </main>
    </PartFailureContext.Provider>
  );

  if (panel === 'options' && state.settings) {
    return pane(
      <OptionsLauncher
        loaded={state.settings}
        onSave={onSaveOptions}
        onClose={() => {
          setPanel('none');
          focus.moveFocus([optionsOpener, 'options']);
        }}
      />,
    );
  }

  const openOptions = (opener: FocusTarget) => {
    setOptionsOpener(opener);
    setPanel('options');
  };

  return pane(
    <>
      <div className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          CRM tracking
        </Text>
        <Link
          as="button"
          onClick={() => openOptions('options')}
          onPointerEnter={prefetchOptions}
          onFocus={prefetchOptions}
          disabled={!state.settings}
          {...focusMark('options')}
        >
          Options
        </Link>
      </div>
      {/* While the CRM is unavailable the settings shown are stand-ins: their issues are noise. */}
      {state.phase !== 'unavailable' && (
        <SettingsNotice
          count={state.settings?.issues.length ?? 0}
          onOpenOptions={() => openOptions('settingsNotice')}
        />
      )}

      {(state.phase === 'starting' || state.phase === 'loading') && (
        <Spinner size="small" label="Reading the message…" />
      )}
      {state.phase === 'no-item' && <Text>Select a message to see how it is tracked.</Text>}
      {state.phase === 'unavailable' && (
        <>
          <StatusBanner state={state} />
          <MessageBar intent="error" role="alert">
            <MessageBarBody>
              {state.error?.hint ?? 'Check the CRM address and the settings source in Options.'}
            </MessageBarBody>
          </MessageBar>
        </>
      )}

      {state.phase === 'ready' && state.message && (
        <>
          <MessageSummary message={state.message} />
          <StatusBanner state={state} />
          {state.untrackedByUser && state.status === 'Not tracked' && (
            <Text>You untracked this message: background tracking leaves it alone.</Text>
          )}
          {state.warnings.map((warning) => (
            <MessageBar key={warning} intent="warning">
              <MessageBarBody>{warning}</MessageBarBody>
            </MessageBar>
          ))}
          <ActionBar
            state={state}
            onTrack={onTrack}
            onSetRegarding={() =>
              panel === 'regarding' ? closeRegarding() : setPanel('regarding')
            }
            onUntrack={onUntrack}
            onPrepareTrack={trackOpensRegarding ? regardingSearchPart.prefetch : undefined}
            onPrepareSetRegarding={regardingSearchPart.prefetch}
            onPrepareUntrack={untrackDialogPart.prefetch}
          />
          {panel === 'regarding' && (
            <regardingSearchPart.View
              search={search}
              firstTable={orgdb?.SetRegardingLookupDefaultEntityType ?? ''}
              choices={quickRegardingChoices(state)}
              tracked={state.tracked !== null}
              onChoose={onChooseRegarding}
              onClose={closeRegarding}
            />
          )}
          {state.evaluation && (
            <>
              <Divider />
              <VerdictCard
                evaluation={state.evaluation}
                ownCopy={state.ownCopy}
                trackedRegarding={state.tracked?.regarding ?? null}
              />
              <Divider />
              <PartyList
                parties={state.evaluation.parties}
                client={state.settings!.settings.client}
                currentUserId={state.user?.id ?? ''}
                resolveInactive={orgdb?.ResolveForInactiveEntities}
              />
            </>
          )}
        </>
      )}

      <Divider />
      <diagnosticsPart.View state={state} log={controller.log} />
      {untrackUsed && (
        <untrackDialogPart.View
          open={confirmUntrack}
          onCancel={onCancelUntrack}
          onConfirm={onConfirmUntrack}
        />
      )}
    </>,
  );
}
