import { lazy, Suspense } from 'react';
import { Spinner } from '@fluentui/react-components';
import type { OptionsChange } from '../app/options-saving';
import type { LoadedSettings } from '../settings/settings-source';

// Options is a separate chunk, so the pane's first paint does not pay for it.
const OptionsView = lazy(() => import('./options/OptionsView'));

export interface OptionsLauncherProps {
  loaded: LoadedSettings;
  onSave(next: OptionsChange): Promise<void>;
  onClose(): void;
}

/** The Options view, loaded on first use. */
export function OptionsLauncher(props: OptionsLauncherProps) {
  return (
    <Suspense fallback={<Spinner label="Loading Options…" />}>
      <OptionsView loaded={props.loaded} onSave={props.onSave} onClose={props.onClose} />
    </Suspense>
  );
}
