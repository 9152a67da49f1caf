import type { ReactElement, ReactNode } from 'react';
import {
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { findSettingReference } from '../../settings';
import { KeyNote, SettingKey } from './SettingKey';

const useStyles = makeStyles({
  // Fluent greys unselected labels, which then read as disabled; a disabled one stays grey.
  // Set on the input, as Fluent's own rule is: the label follows it (`input ~ label`).
  radioInput: {
    ':enabled:not(:checked) ~ .fui-Radio__label': { color: tokens.colorNeutralForeground1 },
  },
});

/** A radio button whose label has the normal foreground colour, selected or not. */
export function ReadableRadio(props: { value: string; label: string; disabled?: boolean }) {
  const styles = useStyles();
  return (
    <Radio
      value={props.value}
      disabled={props.disabled}
      label={props.label}
      input={{ className: styles.radioInput }}
    />
  );
}

/** The plain-words label of a key, and a hint with the key itself (and "modelled only"). */
function describe(settingKey: string): { label: string; hint: ReactElement } {
  const reference = findSettingReference(settingKey);
  const modelled = reference !== undefined && !reference.inEffect;
  return {
    label: reference?.label ?? settingKey,
    hint: (
      <>
        <SettingKey name={settingKey} />
        {modelled && (
          <>
            {' '}
            <KeyNote>· modelled only: no effect yet</KeyNote>
          </>
        )}
      </>
    ),
  };
}

export function SwitchOption(props: {
  settingKey: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { label, hint } = describe(props.settingKey);
  return (
    <Field label={label} hint={hint}>
      <Switch
        checked={props.checked}
        disabled={props.disabled}
        onChange={(_event, data) => props.onChange(data.checked)}
      />
    </Field>
  );
}

/** A labelled field for a setting key that can show a validation message. */
function ValidatedField(props: { settingKey: string; error?: string; children: JSX.Element }) {
  const { label, hint } = describe(props.settingKey);
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={props.error}
      validationState={props.error ? 'error' : 'none'}
    >
      {props.children}
    </Field>
  );
}

export function NumberOption(props: {
  settingKey: string;
  value: string;
  min: number;
  max: number;
  error?: string;
  disabled?: boolean;
  onChange: (text: string) => void;
}) {
  return (
    <ValidatedField settingKey={props.settingKey} error={props.error}>
      <Input
        type="number"
        min={props.min}
        max={props.max}
        step={1}
        disabled={props.disabled}
        value={props.value}
        onChange={(_event, data) => props.onChange(data.value)}
      />
    </ValidatedField>
  );
}

export function TextOption(props: {
  settingKey: string;
  value: string;
  placeholder?: string;
  error?: string;
  onChange: (text: string) => void;
}) {
  return (
    <ValidatedField settingKey={props.settingKey} error={props.error}>
      <Input
        value={props.value}
        placeholder={props.placeholder}
        onChange={(_event, data) => props.onChange(data.value)}
      />
    </ValidatedField>
  );
}

export interface Choice<T extends string | number> {
  value: T;
  label: string;
  disabled?: boolean;
}

/** A radio group; values are compared as text, so numbers and words both work. */
export function ChoiceOption<T extends string | number>(props: {
  settingKey: string;
  value: T;
  choices: readonly Choice<T>[];
  hint?: ReactNode;
  disabled?: boolean;
  onChange: (value: T) => void;
}) {
  const { label, hint } = describe(props.settingKey);
  const byText = new Map(props.choices.map((choice) => [String(choice.value), choice.value]));
  return (
    <Field
      label={label}
      hint={
        <>
          {hint}
          {props.hint}
        </>
      }
    >
      <RadioGroup
        value={String(props.value)}
        onChange={(_event, data) => {
          const value = byText.get(data.value);
          if (value !== undefined) props.onChange(value);
        }}
      >
        {props.choices.map((choice) => (
          <ReadableRadio
            key={String(choice.value)}
            value={String(choice.value)}
            label={choice.label}
            disabled={choice.disabled || props.disabled}
          />
        ))}
      </RadioGroup>
    </Field>
  );
}
