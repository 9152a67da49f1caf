import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SETTINGS_REFERENCE, defaultSettings, type LoadedSettings } from '../../../src/settings';
import OptionsView from '../../../src/taskpane/options/OptionsView';

const NO_EFFECT = 'Settings with no effect yet';

function renderView(issues: LoadedSettings['issues'] = []) {
  const onSave = jest.fn().mockResolvedValue(undefined);
  render(
    <FluentProvider theme={webLightTheme}>
      <OptionsView
        loaded={{ settings: defaultSettings(), issues, source: 'service' }}
        onSave={onSave}
        onClose={jest.fn()}
      />
    </FluentProvider>,
  );
  return { onSave, user: userEvent.setup() };
}

/** The personal and client keys shown as a field hint, outside the organization lists. */
const personalRows = SETTINGS_REFERENCE.filter(
  (row) => row.layer === 'usersettings' || row.layer === 'client',
);
const shownKey = (key: string) => screen.queryByText(key, { selector: 'code' });

jest.setTimeout(30000);

describe('OptionsView layout', () => {
  it('folds away exactly the options that have no effect yet', async () => {
    const { user } = renderView();
    const inEffect = personalRows.filter((row) => row.inEffect).map((row) => row.key);
    const modelled = personalRows.filter((row) => !row.inEffect).map((row) => row.key);
    expect(modelled.length).toBeGreaterThan(0);

    expect(inEffect.filter((key) => shownKey(key) === null)).toEqual([]);
    expect(modelled.filter((key) => shownKey(key) !== null)).toEqual([]);

    await user.click(screen.getByText(NO_EFFECT));
    const section = screen.getByText(NO_EFFECT).closest('details');
    expect(modelled.filter((key) => !section?.contains(shownKey(key)))).toEqual([]);
  });

  it('opens the folded options again when one of them cannot be saved', async () => {
    const { onSave, user } = renderView();

    await user.click(screen.getByText(NO_EFFECT));
    const interval = screen.getByLabelText(/Minutes between synchronizations/);
    await user.clear(interval);
    await user.type(interval, '1');
    await user.click(screen.getByText(NO_EFFECT));
    expect(screen.queryByLabelText(/Minutes between synchronizations/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Enter at least 15 minutes.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Minutes between synchronizations/)).toHaveValue(1);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps Save and Cancel in a bar that stays at the bottom of the pane', () => {
    renderView();

    const bar = screen.getByRole('button', { name: 'Save' }).parentElement?.parentElement;
    expect(bar).toBeTruthy();
    const style = getComputedStyle(bar as HTMLElement);
    expect(style.position).toBe('sticky');
    expect(style.bottom).toBe('0px');
  });

  it('shows the problems section only when there are problems', () => {
    renderView();

    expect(screen.queryByRole('heading', { name: /Problems found/ })).toBeNull();
    expect(screen.queryByText(/No setting was ignored/)).toBeNull();
  });

  it('gives unselected radio labels the normal text colour, not the greyed one', () => {
    renderView();

    // jsdom does not apply `input ~ label` rules, so the colour is read from the input's rules:
    // of rules alike but for the class, the last in document order wins.
    const labelColour = (name: string) => {
      const input = screen.getByRole('radio', { name });
      const classes = Array.from(input.classList);
      const sheets = Array.from(document.querySelectorAll('style'));
      const rules = sheets.flatMap((style) => Array.from(style.sheet?.cssRules ?? []));
      const colours = rules
        .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule)
        .filter((rule) => {
          const match = /^\.([\w-]+):enabled:not\(:checked\)\s*~\s*\.fui-Radio__label$/.exec(
            rule.selectorText,
          );
          return match !== null && classes.includes(match[1]);
        })
        .map((rule) => rule.style.getPropertyValue('color'));
      return colours.pop();
    };

    expect(screen.getByRole('radio', { name: 'Only synchronized contacts' })).not.toBeChecked();
    expect(labelColour('Only synchronized contacts')).toBe('var(--colorNeutralForeground1)');
    expect(screen.getByRole('radio', { name: 'On this device (local)' })).not.toBeChecked();
    expect(labelColour('On this device (local)')).toBe('var(--colorNeutralForeground1)');
  });

  it('tells the two refresh intervals apart in words', async () => {
    const { user } = renderView();
    await user.click(screen.getByText(NO_EFFECT));

    expect(screen.getByLabelText(/offline \(local data\) synchronizations/)).toHaveValue(15);
    expect(screen.getByLabelText(/pane refreshes cached CRM data/)).toHaveValue(15);
  });
});
