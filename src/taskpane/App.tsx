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
    quietly(
      controller.track().catch((error: unknown) => {
        if (isTrackerError(error) && error.code === 'RegardingRequired') setPanel('regarding');
      }),
    );
  };
  const onChooseRegarding = (record: RecordRef) => {
    setPanel('none');
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
  const reportPartFailure = useCallback(
    (message: string, details?: string) => controller.log.error(message, details),
    [controller],
  );
  const pane = (children: ReactNode) => (
    <PartFailureContext.Provider value={reportPartFailure}>
      <main className={styles.pane}>{children}</main>
    </PartFailureContext.Provider>
  );

  if (panel === 'options' && state.settings) {
    return pane(
      <OptionsLauncher
        loaded={state.settings}
        onSave={onSaveOptions}
        onClose={() => setPanel('none')}
      />,
    );
  }

  const openOptions = () => setPanel('options');

  return pane(
    <>
      <div className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          CRM tracking
        </Text>
        <Link
          as="button"
          onClick={openOptions}
          onPointerEnter={prefetchOptions}
          onFocus={prefetchOptions}
          disabled={!state.settings}
        >
          Options
        </Link>
      </div>
      {/* While the CRM is unavailable the settings shown are stand-ins: their issues are noise. */}
      {state.phase !== 'unavailable' && (
        <SettingsNotice count={state.settings?.issues.length ?? 0} onOpenOptions={openOptions} />
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
            onSetRegarding={() => setPanel(panel === 'regarding' ? 'none' : 'regarding')}
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
              onClose={() => setPanel('none')}
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
          onCancel={() => setConfirmUntrack(false)}
          onConfirm={() => {
            setConfirmUntrack(false);
            if (controller.getState().message?.itemId !== itemId) return;
            quietly(controller.untrack());
          }}
        />
      )}
    </>,
  );
}
