import type { TProgrammeAccess, TReportDimensionName } from '@lots/contracts';
import { Button, Group, NativeSelect, Paper, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isIsoDate, todayIso } from '../forms/checks.ts';
import {
  ageBandPresets,
  denominators,
  effectivePeriod,
  matchingPreset,
  periodPresets,
  presetPeriod,
  readFilters,
  type TFilterUse,
} from './report-params.ts';

/** The scope select's value for "all programmes I may see" (`scope=all` in the URL). */
const allScope = '*';

/** Dimensions offered as an extra breakdown (specialist only with personal-data access). */
const extraDimensions: readonly TReportDimensionName[] = [
  'sex',
  'ageBand',
  'programme',
  'municipality',
  'referralSource',
  'incomeSource',
  'timeOnSupport',
  'education',
  'specialist',
  'year',
  'quarter',
  'month',
];

/**
 * The selection of a report, kept in the URL: scope (programme, its association, or
 * every programme the user may see),
 * period with presets, and the filters the report takes. Selects apply at once; the
 * dates apply with the button (a half-typed date would otherwise reload the report).
 */
export function ReportFilters({
  programme,
  use,
}: {
  programme: TProgrammeAccess;
  use: TFilterUse;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters = readFilters(search);
  const today = todayIso();
  const period = effectivePeriod(filters, today);
  const pressed = matchingPreset(period, today);
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [dateError, setDateError] = useState<string | null>(null);
  // The URL changed (a preset, back, a shared link): the inputs follow it.
  const [shown, setShown] = useState(period);
  if (shown.from !== period.from || shown.to !== period.to) {
    setShown(period);
    setFrom(period.from);
    setTo(period.to);
  }

  function change(changes: Record<string, string | null>) {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setSearch(next);
  }

  function choosePreset(preset: (typeof periodPresets)[number]) {
    const p = presetPeriod(preset, today);
    setDateError(null);
    change(p);
  }

  function applyDates(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const bad = [from, to].find((d) => !isIsoDate(d.trim()));
    if (bad !== undefined || from > to) {
      setDateError(
        bad !== undefined
          ? t('forms.date', { label: t('reports.filters.period') })
          : t('forms.dateBefore', { label: t('reports.filters.to'), date: from }),
      );
      return;
    }
    setDateError(null);
    change({ from: from.trim(), to: to.trim() });
  }

  const scopeOptions = [
    { value: '', label: t('reports.scope.programme', { name: programme.name }) },
    {
      value: programme.associationKey,
      label: t('reports.scope.association', { name: programme.associationName }),
    },
    { value: allScope, label: t('reports.scope.all') },
  ];
  const scopeValue = filters.all ? allScope : (filters.association ?? '');
  function chooseScope(value: string) {
    if (value === allScope) change({ association: null, scope: 'all' });
    else change({ association: value, scope: null });
  }
  const [firstBy = '', secondBy = ''] = filters.by;
  const byOptions = (exclude: string) => [
    { value: '', label: t('reports.filters.byNone') },
    ...dimensions
      .filter((d) => d !== exclude)
      .map((d) => ({ value: d, label: t(`reports.dimension.${d}`) })),
  ];
  const chooseBy = (first: string, second: string) =>
    change({
      by: [first, second].filter((d, i, all) => d !== '' && all.indexOf(d) === i).join(','),
    });
  const dimensions = extraDimensions.filter((d) => d !== 'specialist' || programme.personalData);

  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="report-filters-title">
      <Title order={2} fz="md" mb="sm" id="report-filters-title">
        {t('reports.filters.title')}
      </Title>
      <Group align="flex-end" gap="md" mb="sm">
        <NativeSelect
          id="report-scope"
          label={t('reports.scope.label')}
          value={scopeValue}
          data={scopeOptions}
          onChange={(e) => chooseScope(e.currentTarget.value)}
          miw={260}
        />
        {use.denominator && (
          <NativeSelect
            id="report-denominator"
            label={t('reports.filters.denominator')}
            value={filters.denominator ?? 'closed_in_period'}
            data={denominators.map((d) => ({ value: d, label: t(`reports.denominator.${d}`) }))}
            onChange={(e) => change({ denominator: e.currentTarget.value })}
            maw={420}
          />
        )}
        {use.ageBands && (
          <NativeSelect
            id="report-age-bands"
            label={t('reports.filters.ageBands')}
            value={filters.ageBands ?? use.ageBandsDefault ?? 'sus'}
            data={ageBandPresets.map((p) => ({ value: p, label: t(`reports.ageBandPreset.${p}`) }))}
            onChange={(e) => change({ ageBands: e.currentTarget.value })}
          />
        )}
        {use.by && (
          <NativeSelect
            id="report-by"
            label={t('reports.filters.by')}
            value={firstBy}
            data={byOptions(secondBy)}
            onChange={(e) => chooseBy(e.currentTarget.value, secondBy)}
          />
        )}
        {use.by && firstBy !== '' && (
          <NativeSelect
            id="report-by-2"
            label={t('reports.filters.byAlso')}
            value={secondBy}
            data={byOptions(firstBy)}
            onChange={(e) => chooseBy(firstBy, e.currentTarget.value)}
          />
        )}
      </Group>
      <form onSubmit={applyDates} noValidate>
        <Group align="flex-end" gap="md">
          <div role="group" aria-labelledby="report-presets-label">
            <Text id="report-presets-label" size="sm" fw={500} mb={4}>
              {t('reports.filters.presets')}
            </Text>
            <Group gap="xs">
              {periodPresets.map((p) => (
                <Button
                  key={p}
                  type="button"
                  variant={pressed === p ? 'filled' : 'default'}
                  aria-pressed={pressed === p}
                  onClick={() => choosePreset(p)}
                >
                  {t(`reports.filters.${p}`)}
                </Button>
              ))}
            </Group>
          </div>
          <TextInput
            id="report-from"
            label={t('reports.filters.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            w={150}
            spellCheck={false}
            autoComplete="off"
            error={dateError ? true : undefined}
            aria-describedby={dateError ? 'report-date-error' : undefined}
          />
          <TextInput
            id="report-to"
            label={t('reports.filters.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            w={150}
            spellCheck={false}
            autoComplete="off"
            error={dateError ? true : undefined}
            aria-describedby={dateError ? 'report-date-error' : undefined}
          />
          <Button type="submit" variant="default">
            {t('reports.filters.apply')}
          </Button>
        </Group>
        {dateError && (
          <Text
            id="report-date-error"
            c="var(--mantine-color-error)"
            size="sm"
            mt="xs"
            role="alert"
          >
            {dateError}
          </Text>
        )}
      </form>
    </Paper>
  );
}
