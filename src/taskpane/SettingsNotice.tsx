import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { focusMark } from './usePaneFocus';

/** "2 settings were ignored or changed — see Options", when the settings had problems. */
export function SettingsNotice(props: { count: number; onOpenOptions: () => void }) {
  if (props.count === 0) {
    return null;
  }
  const what = props.count === 1 ? '1 setting was' : `${props.count} settings were`;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        {what} ignored or changed — see{' '}
        <Link as="button" onClick={props.onOpenOptions} {...focusMark('settingsNotice')}>
          Options
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}
