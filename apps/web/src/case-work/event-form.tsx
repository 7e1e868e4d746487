import type { TEventChange } from '@lots/contracts';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { todayIso } from '../forms/checks.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { enumLabel } from '../labels.ts';
import { EmployerPicker } from './employer-picker.tsx';
import {
  eventBody,
  eventFieldProblem,
  eventSpecs,
  initialEventValues,
  optionsOf,
} from './event-specs.ts';
import type { TEventField, TEventType, TEventValues } from './event-specs.ts';

type TProps = {
  enrolmentId: string;
  programme: string;
  type: TEventType;
  onDone: (change: TEventChange) => void;
  onCancel: () => void;
};

/** The compact form of one event type (fields from `eventSpecs`). */
export function EventForm({ enrolmentId, programme, type, onDone, onCancel }: TProps) {
  const { t } = useTranslation();
  const today = todayIso();
  const specs = eventSpecs[type];
  const labels: Record<string, string> = {};
  for (const f of specs) labels[f.name] = t(`field.${f.name}`);

  const form = useForm<TEventValues, TEventChange>({
    id: `event-${type}`,
    initial: initialEventValues(type, today),
    labels,
    validate: (values) => {
      const out: Record<string, ReturnType<typeof eventFieldProblem>> = {};
      for (const f of specs) out[f.name] = eventFieldProblem(f, values[f.name] ?? '', today);
      return out;
    },
    submit: (values) => api.createEvent(enrolmentId, eventBody(type, values)),
    onSuccess: (change) => onDone(change),
  });

  function render(f: TEventField) {
    const value = form.values[f.name] ?? '';
    const common = { ...form.field(f.name), label: labels[f.name] ?? f.name };
    const optional = !f.required && f.kind !== 'bool';
    if (typeof value === 'boolean' || f.kind === 'bool') {
      return (
        <CheckboxField
          {...form.field(f.name)}
          label={labels[f.name]}
          checked={value === true}
          onChange={(v) => form.set(f.name, v)}
        />
      );
    }
    switch (f.kind) {
      case 'employer':
        return (
          <EmployerPicker
            {...common}
            programme={programme}
            optional={optional}
            value={value}
            onChange={(v) => form.set(f.name, v)}
          />
        );
      case 'select':
        return (
          <SelectField
            {...common}
            optional={optional}
            value={value}
            onChange={(v) => form.set(f.name, v)}
            options={optionsOf(f.group ?? 'sni').map((o) => ({
              value: o,
              label: f.group && f.group !== 'sni' ? enumLabel(t, f.group, o) : o,
            }))}
          />
        );
      case 'textarea':
      case 'lines':
        return (
          <TextAreaField
            {...common}
            optional={optional}
            value={value}
            onChange={(v) => form.set(f.name, v)}
          />
        );
      default:
        return (
          <TextField
            {...common}
            optional={optional}
            kind={f.kind === 'date' ? 'date' : f.kind === 'number' ? 'number' : 'text'}
            value={value}
            onChange={(v) => form.set(f.name, v)}
          />
        );
    }
  }

  return (
    <form noValidate onSubmit={form.onSubmit} aria-label={enumLabel(t, 'eventType', type)}>
      {form.summary}
      <Stack gap="md">
        {specs.map((f) => (
          <div key={f.name}>{render(f)}</div>
        ))}
        <Group gap="sm">
          <Button type="submit" loading={form.pending} loaderProps={{ 'aria-hidden': true }}>
            {t('forms.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('forms.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
