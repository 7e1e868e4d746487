import { Checkbox, Fieldset, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../labels.ts';
import type { TEnumGroup } from '../labels.ts';

/*
 * Thin wrappers over Mantine inputs with the app's conventions: a visible label,
 * "(valfritt)" on optional fields, hints as descriptions, errors under the field.
 */

type TFieldProps = {
  id: string;
  error?: string | undefined;
  onBlur: () => void;
};

type TBaseProps = TFieldProps & {
  label: string;
  optional?: boolean;
  hint?: ReactNode;
  autoFocus?: boolean;
};

function Label({ label, optional }: { label: string; optional?: boolean | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      {label}
      {optional && (
        <Text span c="dimmed" fw={400}>
          {' '}
          {t('forms.optional')}
        </Text>
      )}
    </>
  );
}

type TTextProps = TBaseProps & {
  value: string;
  onChange: (value: string) => void;
  kind?: 'text' | 'date' | 'number' | 'integer';
  width?: number | string;
  autoComplete?: string;
};

export function TextField({ kind = 'text', width, ...p }: TTextProps) {
  const { t } = useTranslation();
  const hint = p.hint ?? (kind === 'date' ? t('forms.dateHint') : undefined);
  return (
    <TextInput
      id={p.id}
      label={<Label label={p.label} optional={p.optional} />}
      description={hint}
      value={p.value}
      error={p.error}
      onChange={(e) => p.onChange(e.currentTarget.value)}
      onBlur={p.onBlur}
      inputMode={kind === 'number' ? 'decimal' : kind === 'integer' ? 'numeric' : undefined}
      autoComplete={p.autoComplete ?? 'off'}
      autoFocus={p.autoFocus}
      spellCheck={kind === 'text' ? undefined : false}
      // Only the box is narrow (a hint of the expected length); the label may run wide.
      styles={{ wrapper: { maxWidth: width ?? (kind === 'text' ? undefined : 200) } }}
    />
  );
}

export function TextAreaField(p: TBaseProps & { value: string; onChange: (v: string) => void }) {
  return (
    <Textarea
      id={p.id}
      label={<Label label={p.label} optional={p.optional} />}
      description={p.hint}
      value={p.value}
      error={p.error}
      onChange={(e) => p.onChange(e.currentTarget.value)}
      onBlur={p.onBlur}
      autoFocus={p.autoFocus}
      autosize
      minRows={3}
    />
  );
}

type TSelectProps = TBaseProps & {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  /** Whether the empty "Välj…" option is offered (and the field starts empty). */
  placeholder?: boolean;
  /** Maximum width; long option labels need more than the default. */
  width?: number | string;
};

export function SelectField({ placeholder = true, width = 420, ...p }: TSelectProps) {
  const { t } = useTranslation();
  const data = [...(placeholder ? [{ value: '', label: t('forms.choose') }] : []), ...p.options];
  return (
    <NativeSelect
      id={p.id}
      label={<Label label={p.label} optional={p.optional} />}
      description={p.hint}
      value={p.value}
      error={p.error}
      onChange={(e) => p.onChange(e.currentTarget.value)}
      onBlur={p.onBlur}
      data={data}
      autoFocus={p.autoFocus}
      maw={width}
    />
  );
}

/** The options of an enum group, labelled in the UI language. */
export function useEnumOptions(group: TEnumGroup, values: readonly string[]) {
  const { t } = useTranslation();
  return values.map((value) => ({ value, label: enumLabel(t, group, value) }));
}

export function CheckboxField(
  p: TFieldProps & { label: ReactNode; checked: boolean; onChange: (v: boolean) => void },
) {
  return (
    <Checkbox
      id={p.id}
      label={p.label}
      checked={p.checked}
      error={p.error}
      onChange={(e) => p.onChange(e.currentTarget.checked)}
      onBlur={p.onBlur}
    />
  );
}

type TIncomeProps = TFieldProps & {
  legend: string;
  hint?: string;
  sources: readonly string[];
  /** Selected sources and their amount as typed (blank = not known). */
  value: Readonly<Record<string, string>>;
  onChange: (value: Record<string, string>) => void;
  optional?: boolean;
};

/** Income sources with monthly amounts: a checkbox each, an amount field when chosen. */
export function IncomeSourcesField(p: TIncomeProps) {
  const { t } = useTranslation();
  const errorId = `${p.id}-error`;
  return (
    <Fieldset
      legend={<Label label={p.legend} optional={p.optional} />}
      variant="unstyled"
      styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' } }}
      aria-describedby={p.error ? errorId : undefined}
    >
      {p.hint && (
        <Text size="sm" c="dimmed" mb="xs">
          {p.hint}
        </Text>
      )}
      {p.error && (
        <Text id={errorId} c="var(--mantine-color-error)" size="sm" mb="xs">
          {p.error}
        </Text>
      )}
      <Stack gap="xs">
        {p.sources.map((source, i) => {
          const checked = Object.hasOwn(p.value, source);
          const label = enumLabel(t, 'incomeSource', source);
          return (
            <div key={source}>
              <Checkbox
                id={i === 0 ? p.id : `${p.id}-${source}`}
                label={label}
                checked={checked}
                onBlur={p.onBlur}
                onChange={(e) => {
                  const next = Object.fromEntries(
                    Object.entries(p.value).filter(([k]) => k !== source),
                  );
                  if (e.currentTarget.checked) next[source] = '';
                  p.onChange(next);
                }}
              />
              {checked && source !== 'none' && (
                <TextInput
                  id={`${p.id}-${source}-amount`}
                  label={t('income.amountFor', { source: label })}
                  value={p.value[source] ?? ''}
                  onChange={(e) => p.onChange({ ...p.value, [source]: e.currentTarget.value })}
                  inputMode="numeric"
                  maw={260}
                  ml={32}
                  mt={4}
                  size="sm"
                />
              )}
            </div>
          );
        })}
      </Stack>
    </Fieldset>
  );
}
