import type { TOwnDefinition, TOwnDefinitionRequest } from '@lots/contracts';
import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { Notice } from '../components/notice.tsx';
import { chosen, first, maxLength, number, parseNumber, required } from '../forms/checks.ts';
import type { TProblem } from '../forms/checks.ts';
import { SelectField, TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { sv } from '../i18n/sv.ts';
import { enumLabel, type TEnumGroup } from '../labels.ts';

const studyKinds = Object.keys(sv.studyKind);
const placementKinds = Object.keys(sv.placementKind);
const incomeSources = Object.keys(sv.incomeSource);
const KEY = /^[a-z][a-z0-9_]{0,62}$/;

// The form hook translates `key` with the field's label; this key lives in the reports'
// resources, which TProblem (the case-work checks) does not list.
const keyProblem = { key: 'reports.definitions.keyFormat' } as unknown as TProblem;

/** A checkbox group with a legend (kinds of studies, placements, income sources). */
function KindsField(p: {
  id: string;
  label: string;
  group: TEnumGroup;
  kinds: readonly string[];
  value: readonly string[];
  onChange: (v: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group id={p.id} label={p.label} value={[...p.value]} onChange={p.onChange}>
      <Stack gap={6} mt="xs">
        {p.kinds.map((k, i) => (
          <Checkbox
            key={k}
            id={i === 0 ? `${p.id}-first` : undefined}
            value={k}
            label={enumLabel(t, p.group, k)}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** `true` when every kind is chosen (the API's "any"), the list otherwise, absent when none. */
const kindsOf = (value: readonly string[], all: readonly string[]) =>
  value.length === 0 ? undefined : value.length === all.length ? true : [...value];

/**
 * A new own outcome definition (outcomes.md "Outcome definitions" as data): which jobs
 * count (competitive only, or subsidised too; a minimum of hours), which studies and
 * placements, and which exit income sources count as self-support.
 */
export function DefinitionForm({ owner }: { owner: { programme?: string; association?: string } }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    id: 'definition',
    initial: {
      label: '',
      key: '',
      jobs: '',
      minHours: '',
      studies: [] as readonly string[],
      placements: [] as readonly string[],
      exitIncomeCountsAsSelfSupport: [] as readonly string[],
    },
    labels: {
      label: t('reports.definitions.label'),
      key: t('reports.definitions.key'),
      jobs: t('reports.definitions.jobs'),
      minHours: t('reports.definitions.minHours'),
      studies: t('reports.definitions.studies'),
      placements: t('reports.definitions.placements'),
      exitIncomeCountsAsSelfSupport: t('reports.definitions.exitIncome'),
    },
    validate: (v) => ({
      label: first(required(v.label), maxLength(v.label, 200)),
      key: first(required(v.key), KEY.test(v.key.trim()) ? null : keyProblem),
      jobs: chosen(v.jobs),
      minHours: number(v.minHours, { min: 0, max: 80 }),
    }),
    submit: (v): Promise<TOwnDefinition> => {
      const definition: TOwnDefinitionRequest['definition'] = {};
      if (v.jobs === 'competitive' || v.jobs === 'any') {
        const minHours = parseNumber(v.minHours);
        definition.jobs = {
          competitiveOnly: v.jobs === 'competitive',
          subsidyAllowed: v.jobs === 'any',
          ...(minHours === null ? {} : { minHours }),
        };
      }
      const studies = kindsOf(v.studies, studyKinds);
      if (studies !== undefined) definition.studies = studies;
      const placements = kindsOf(v.placements, placementKinds);
      if (placements !== undefined) definition.placements = placements;
      if (v.exitIncomeCountsAsSelfSupport.length > 0)
        definition.exitIncomeCountsAsSelfSupport = [...v.exitIncomeCountsAsSelfSupport];
      return api.createOutcomeDefinition({
        ...owner,
        key: v.key.trim(),
        label: v.label.trim(),
        definition,
      });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['outcome-definitions'] });
      void queryClient.invalidateQueries({ queryKey: ['report'] });
    },
  });
  const jobOptions = [
    { value: 'none', label: t('reports.definitions.jobsNone') },
    { value: 'competitive', label: t('reports.definitions.jobsCompetitive') },
    { value: 'any', label: t('reports.definitions.jobsAny') },
  ];
  const created = form.result;
  return (
    <form onSubmit={form.onSubmit} noValidate>
      {form.summary}
      {form.succeeded && created && (
        <Notice title={t('reports.definitions.created', { label: created.label })} />
      )}
      <Stack gap="md" maw={640}>
        <TextField
          {...form.field('label')}
          label={form.label('label')}
          hint={t('reports.definitions.labelHint')}
          value={form.values.label}
          onChange={(v) => form.set('label', v)}
        />
        <TextField
          {...form.field('key')}
          label={form.label('key')}
          hint={t('reports.definitions.keyHint')}
          value={form.values.key}
          onChange={(v) => form.set('key', v)}
          width={320}
        />
        <SelectField
          {...form.field('jobs')}
          label={form.label('jobs')}
          value={form.values.jobs}
          options={jobOptions}
          onChange={(v) => form.set('jobs', v)}
        />
        {(form.values.jobs === 'competitive' || form.values.jobs === 'any') && (
          <TextField
            {...form.field('minHours')}
            label={form.label('minHours')}
            hint={t('reports.definitions.minHoursHint')}
            kind="number"
            optional
            value={form.values.minHours}
            onChange={(v) => form.set('minHours', v)}
          />
        )}
        <KindsField
          id={form.fieldId('studies')}
          label={form.label('studies')}
          group="studyKind"
          kinds={studyKinds}
          value={form.values.studies}
          onChange={(v) => form.set('studies', v)}
        />
        <KindsField
          id={form.fieldId('placements')}
          label={form.label('placements')}
          group="placementKind"
          kinds={placementKinds}
          value={form.values.placements}
          onChange={(v) => form.set('placements', v)}
        />
        <KindsField
          id={form.fieldId('exitIncomeCountsAsSelfSupport')}
          label={form.label('exitIncomeCountsAsSelfSupport')}
          group="incomeSource"
          kinds={incomeSources}
          value={form.values.exitIncomeCountsAsSelfSupport}
          onChange={(v) => form.set('exitIncomeCountsAsSelfSupport', v)}
        />
        <Text size="sm" c="dimmed">
          {t('reports.definitions.nothing')}
        </Text>
        <Group>
          <Button type="submit" loading={form.pending}>
            {t('reports.definitions.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "konkurrensutsatta jobb utan lönestöd; minst 17 tim/vecka; studier: alla" */
export function describeDefinition(t: TFunction, d: TOwnDefinition['definition']): string {
  const parts: string[] = [];
  const kinds = (v: boolean | string[], group: TEnumGroup) =>
    v === true
      ? t('reports.definitions.describe.all')
      : v === false
        ? ''
        : v.map((k) => enumLabel(t, group, k)).join(', ');
  if (d.jobs) {
    parts.push(
      d.jobs.competitiveOnly
        ? t('reports.definitions.describe.jobsCompetitive')
        : t('reports.definitions.describe.jobsAny'),
    );
    if (typeof d.jobs.minHours === 'number' && d.jobs.minHours > 0)
      parts.push(t('reports.definitions.describe.minHours', { hours: d.jobs.minHours }));
  }
  if (d.studies)
    parts.push(t('reports.definitions.describe.studies', { kinds: kinds(d.studies, 'studyKind') }));
  if (d.placements)
    parts.push(
      t('reports.definitions.describe.placements', { kinds: kinds(d.placements, 'placementKind') }),
    );
  if (d.exitIncomeCountsAsSelfSupport?.length)
    parts.push(
      t('reports.definitions.describe.exitIncome', {
        sources: kinds(d.exitIncomeCountsAsSelfSupport, 'incomeSource'),
      }),
    );
  return parts.join('; ');
}
