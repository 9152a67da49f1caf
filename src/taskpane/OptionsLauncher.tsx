import type { OptionsChange } from '../app/options-saving';
import type { LoadedSettings } from '../settings/settings-source';
import { optionsPart } from './on-demand-parts';

export interface OptionsLauncherProps {
  loaded: LoadedSettings;
  onSave: (next: OptionsChange) => Promise<void>;
  onClose: () => void;
}

/**
 * The Options view, loaded on first use (a separate chunk, so the first paint does not pay). It
 * fills the pane, so when its code cannot be fetched the failure offers the way back as well.
 */
export function OptionsLauncher(props: OptionsLauncherProps) {
  return (
    <optionsPart.View
      loaded={props.loaded}
      onSave={props.onSave}
      onClose={props.onClose}
      onDismissFailure={{ label: 'Back to tracking', run: props.onClose }}
    />
  );
}

/** Starts fetching the Options view, for hover and focus of the links that open it. */
export const prefetchOptions = optionsPart.prefetch;
