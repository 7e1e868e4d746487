import type { TPriorityRule, TProgrammeSettings } from '@lots/contracts';
import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../api.ts';
import { DescriptionList } from '../components/description-list.tsx';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { first, number, parseMonths, parseNumber, required } from '../forms/checks.ts';
import type { TProblem } from '../forms/checks.ts';
import { TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { sv } from '../i18n/sv.ts';
import { enumLabel } from '../labels.ts';
import { useProgramme } from '../programme/use-programme.ts';

const settingsKey = (programme: string) => ['programme-settings', programme];

function months(value: string): TProblem | null {
  return parseMonths(value) === null ? { key: 'settings.monthsProblem' } : null;
}

/** The programme's settings (process.md): read by every role, changed by supervisors and admins. */
export function ProgrammeSettingsPage() {
  const { t } = useTranslation();
  const { selected } = useProgramme();
  const programme = selected?.key ?? '';
  const query = useQuery({
    queryKey: settingsKey(programme),
    queryFn: () => api.getProgrammeSettings(programme),
    enabled: programme !== '',
  });
  return (
    <>
      <PageHeading title={t('settings.title')}>{t('settings.title')}</PageHeading>
      <Text c="dimmed" mt={-8} mb="lg">
        {t('settings.intro')}
      </Text>
      {query.isPending ? (
        <PageLoader label={t('app.loading')} />
      ) : query.isError ? (
        <Notice
          tone="error"
          title={isApiError(query.error, 404) ? t('forms.notFound') : t('app.genericError')}
        />
      ) : query.data.mayEdit ? (
        <SettingsForm settings={query.data} />
      ) : (
        <SettingsView settings={query.data} />
      )}
    </>
  );
}

function ruleText(t: TFunction, r: TPriorityRule): string {
  const value =
    r.kind === 'max_age'
      ? t('settings.rule.maxAgeValue', { value: r.value })
      : enumLabel(t, r.kind === 'referral_source' ? 'referralSource' : 'incomeSource', r.value);
  return `${t(`settings.rule.kind.${r.kind}`)}: ${value}`;
}

function SettingsView({ settings: s }: { settings: TProgrammeSettings }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <DescriptionList
        items={[
          { term: t('settings.closureAfterDays'), value: String(s.closureAfterDays) },
          {
            term: t('settings.minHours'),
            value: String(s.minHoursPerWeekForEmployment).replace('.', ','),
          },
          { term: t('settings.followUpMonths'), value: s.followUpMonths.join(', ') },
          { term: t('settings.retentionYears'), value: String(s.retentionYears) },
          {
            term: t('settings.priorityRules'),
            value:
              s.priorityRules.length === 0
                ? t('settings.noRules')
                : s.priorityRules
                    .map((r) => `${ruleText(t, r)} → ${t('settings.rule.priority')} ${r.priority}`)
                    .join('; '),
          },
        ]}
      />
      <Text mt="md" c="dimmed">
        {t('settings.readOnly')}
      </Text>
    </Paper>
  );
}

type TRuleDraft = { kind: TPriorityRule['kind']; value: string; priority: string };

const referralSources = Object.keys(sv.referralSource);
const incomeSources = Object.keys(sv.incomeSource);

function ruleOf(d: TRuleDraft): TPriorityRule | null {
  const priority = parseNumber(d.priority);
  if (priority === null || !Number.isInteger(priority) || priority < 1) return null;
  if (d.kind === 'max_age') {
    const age = parseNumber(d.value);
    return age !== null && Number.isInteger(age) && age >= 0 && age <= 120
      ? { kind: 'max_age', value: age, priority }
      : null;
  }
  const allowed = d.kind === 'referral_source' ? referralSources : incomeSources;
  return allowed.includes(d.value)
    ? ({ kind: d.kind, value: d.value, priority } as TPriorityRule)
    : null;
}

function SettingsForm({ settings: s }: { settings: TProgrammeSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [rules, setRules] = useState<TRuleDraft[]>(
    s.priorityRules.map((r) => ({
      kind: r.kind,
      value: String(r.value),
      priority: String(r.priority),
    })),
  );
  const badRule = rules.findIndex((r) => ruleOf(r) === null);
  const form = useForm({
    id: 'settings',
    initial: {
      closureAfterDays: String(s.closureAfterDays),
      minHoursPerWeekForEmployment: String(s.minHoursPerWeekForEmployment).replace('.', ','),
      followUpMonths: s.followUpMonths.join(', '),
      retentionYears: String(s.retentionYears),
      priorityRules: '',
    },
    labels: {
      closureAfterDays: t('settings.closureAfterDays'),
      minHoursPerWeekForEmployment: t('settings.minHours'),
      followUpMonths: t('settings.followUpMonths'),
      retentionYears: t('settings.retentionYears'),
      priorityRules: t('settings.priorityRules'),
    },
    validate: (v) => ({
      closureAfterDays: first(
        required(v.closureAfterDays),
        number(v.closureAfterDays, { integer: true, min: 1, max: 3650 }),
      ),
      minHoursPerWeekForEmployment: first(
        required(v.minHoursPerWeekForEmployment),
        number(v.minHoursPerWeekForEmployment, { min: 0, max: 168 }),
      ),
      followUpMonths: months(v.followUpMonths),
      retentionYears: first(
        required(v.retentionYears),
        number(v.retentionYears, { integer: true, min: 1, max: 100 }),
      ),
      priorityRules:
        badRule === -1 ? null : { key: 'settings.ruleProblem', params: { n: badRule + 1 } },
    }),
    submit: (v) =>
      api.updateProgrammeSettings(s.key, {
        closureAfterDays: Number(v.closureAfterDays),
        minHoursPerWeekForEmployment: parseNumber(v.minHoursPerWeekForEmployment) ?? 0,
        followUpMonths: parseMonths(v.followUpMonths) ?? [],
        retentionYears: Number(v.retentionYears),
        priorityRules: rules.map(ruleOf).filter((r): r is TPriorityRule => r !== null),
      }),
    onSuccess: (saved) => {
      setMessage(t('settings.saved'));
      queryClient.setQueryData(settingsKey(saved.key), saved);
    },
  });
  const setRule = (i: number, patch: Partial<TRuleDraft>) =>
    setRules((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const rulesField = form.field('priorityRules');
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="settings-form-title">
      <Title order={2} mb="md" id="settings-form-title">
        {t('settings.edit')}
      </Title>
      {message && <Notice title={message} />}
      <form noValidate onSubmit={form.onSubmit}>
        {form.summary}
        <Stack gap="md">
          <TextField
            {...form.field('closureAfterDays')}
            kind="integer"
            width={160}
            label={t('settings.closureAfterDays')}
            hint={t('settings.closureAfterDaysHint')}
            value={form.values.closureAfterDays}
            onChange={(v) => form.set('closureAfterDays', v)}
          />
          <TextField
            {...form.field('minHoursPerWeekForEmployment')}
            kind="number"
            width={160}
            label={t('settings.minHours')}
            hint={t('settings.minHoursHint')}
            value={form.values.minHoursPerWeekForEmployment}
            onChange={(v) => form.set('minHoursPerWeekForEmployment', v)}
          />
          <TextField
            {...form.field('followUpMonths')}
            width={240}
            label={t('settings.followUpMonths')}
            hint={t('settings.followUpMonthsHint')}
            value={form.values.followUpMonths}
            onChange={(v) => form.set('followUpMonths', v)}
          />
          <TextField
            {...form.field('retentionYears')}
            kind="integer"
            width={160}
            label={t('settings.retentionYears')}
            hint={t('settings.retentionYearsHint')}
            value={form.values.retentionYears}
            onChange={(v) => form.set('retentionYears', v)}
          />
          <Fieldset
            id={rulesField.id}
            legend={t('settings.priorityRules')}
            tabIndex={-1}
            aria-describedby="settings-rules-hint"
          >
            <Text id="settings-rules-hint" size="sm" c="dimmed" mb="sm">
              {t('settings.priorityRulesHint')}
            </Text>
            {rulesField.error && (
              <Text c="red.8" size="sm" mb="sm" role="alert">
                {rulesField.error}
              </Text>
            )}
            {rules.length === 0 ? (
              <Text mb="sm">{t('settings.noRules')}</Text>
            ) : (
              <Table className="lots-table" withTableBorder bg="white" mb="sm">
                <Table.Caption>{t('settings.rulesCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('settings.rule.kindLabel')}</Table.Th>
                    <Table.Th scope="col">{t('settings.rule.value')}</Table.Th>
                    <Table.Th scope="col">{t('settings.rule.priority')}</Table.Th>
                    <Table.Th scope="col">
                      <span className="lots-visually-hidden">{t('settings.rule.remove')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rules.map((r, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>
                        <NativeSelect
                          aria-label={`${t('settings.rule.kindLabel')} ${i + 1}`}
                          value={r.kind}
                          onChange={(e) =>
                            setRule(i, {
                              kind: e.currentTarget.value as TRuleDraft['kind'],
                              value: '',
                            })
                          }
                          data={(['max_age', 'referral_source', 'income_source'] as const).map(
                            (k) => ({ value: k, label: t(`settings.rule.kind.${k}`) }),
                          )}
                        />
                      </Table.Td>
                      <Table.Td>
                        {r.kind === 'max_age' ? (
                          <TextInput
                            aria-label={`${t('settings.rule.value')} ${i + 1}`}
                            inputMode="numeric"
                            w={100}
                            value={r.value}
                            onChange={(e) => setRule(i, { value: e.currentTarget.value })}
                          />
                        ) : (
                          <NativeSelect
                            aria-label={`${t('settings.rule.value')} ${i + 1}`}
                            value={r.value}
                            onChange={(e) => setRule(i, { value: e.currentTarget.value })}
                            data={[
                              { value: '', label: t('settings.rule.choose') },
                              ...(r.kind === 'referral_source'
                                ? referralSources
                                : incomeSources
                              ).map((v) => ({
                                value: v,
                                label: enumLabel(
                                  t,
                                  r.kind === 'referral_source' ? 'referralSource' : 'incomeSource',
                                  v,
                                ),
                              })),
                            ]}
                          />
                        )}
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={`${t('settings.rule.priority')} ${i + 1}`}
                          inputMode="numeric"
                          w={80}
                          value={r.priority}
                          onChange={(e) => setRule(i, { priority: e.currentTarget.value })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Button
                          variant="subtle"
                          onClick={() => setRules((rs) => rs.filter((_, j) => j !== i))}
                        >
                          {t('settings.rule.remove')}
                          <span className="lots-visually-hidden"> {i + 1}</span>
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Button
              variant="default"
              onClick={() =>
                setRules((rs) => [...rs, { kind: 'max_age', value: '', priority: '1' }])
              }
            >
              {t('settings.rule.add')}
            </Button>
          </Fieldset>
          <Group>
            <Button type="submit" loading={form.pending}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
