import type { TEnrolRequest, TEnrolmentState } from '@lots/contracts';
import { Anchor, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api.ts';
import { invalidateCase } from '../case-work/case-queries.ts';
import { DescriptionList } from '../components/description-list.tsx';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { formatMoney } from '../format.ts';
import {
  chosen,
  date,
  first,
  number,
  parseNumber,
  required,
  todayIso,
  unchecked,
} from '../forms/checks.ts';
import type { TProblem } from '../forms/checks.ts';
import {
  CheckboxField,
  IncomeSourcesField,
  SelectField,
  TextField,
  useEnumOptions,
} from '../forms/fields.tsx';
import { incomeProblem, incomeSourceValues, toIncome } from '../forms/income.ts';
import { useForm } from '../forms/use-form.tsx';
import { sv } from '../i18n/sv.ts';
import { enumLabel } from '../labels.ts';
import { programmeHref } from '../programme/programme.ts';
import { useMe } from '../auth/me-context.ts';

type TBaseline = TEnrolRequest['baseline'];
const steps = ['consent', 'income', 'profile', 'specialist', 'summary'] as const;
type TStep = (typeof steps)[number];

const bands = Object.keys(sv.timeOnSupport) as TBaseline['timeOnSupport'][];
const diagnoses = Object.keys(sv.diagnosisGroup) as NonNullable<TBaseline['diagnosisGroup']>[];
const goals = Object.keys(sv.goal) as NonNullable<TBaseline['goal']>[];

/** The fields asked on each step (GOV.UK: one thing per page, then check your answers). */
const stepFields: Record<TStep, readonly string[]> = {
  consent: ['consentDate', 'participation'],
  income: ['incomeSources'],
  profile: ['date', 'timeOnSupport', 'housingSupport', 'diagnosisGroup', 'goal'],
  specialist: ['specialist'],
  summary: [],
};

/** Enrolment of a waiting participant in steps: consent, income, baseline, specialist. */
export function EnrolPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const today = todayIso();
  const [step, setStep] = useState<TStep>('consent');
  const participant = useQuery({
    queryKey: ['participant', id],
    queryFn: () => api.getParticipant(id),
  });
  const programme = participant.data?.programmeKey ?? '';
  const specialists = useQuery({
    queryKey: ['specialists', programme],
    queryFn: () => api.listSpecialists(programme),
    enabled: programme !== '',
  });
  const referralDate = participant.data?.referral.date;
  const me = useMe();
  const isSupervisor =
    me.programmes.find((p) => p.key === programme)?.roles.includes('supervisor') ?? false;
  const assigned = participant.data?.specialist?.id ?? '';
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    // Each new step is announced by moving focus to its heading (not on first load).
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);

  const form = useForm({
    id: 'enrol',
    initial: {
      consentDate: today,
      participation: unchecked(),
      handBack: unchecked(),
      survey: unchecked(),
      incomeSources: {},
      date: today,
      timeOnSupport: '',
      housingSupport: '',
      diagnosisGroup: '',
      goal: '',
      specialist: '',
    },
    labels: {
      consentDate: t('enrol.consentDate'),
      participation: t('enrol.steps.consent'),
      incomeSources: t('income.legend'),
      date: t('enrol.enrolDate'),
      timeOnSupport: t('enrol.timeOnSupport'),
      housingSupport: t('enrol.housingSupport'),
      diagnosisGroup: t('enrol.diagnosisGroup'),
      goal: t('enrol.goal'),
      specialist: t('enrol.specialist'),
    },
    validate: (v) => {
      const all: Record<string, TProblem | null> = {
        consentDate: first(required(v.consentDate), date(v.consentDate, { notAfter: today })),
        participation: v.participation ? null : { key: 'enrol.participationRequired' },
        incomeSources: incomeProblem(v.incomeSources, true),
        date: first(required(v.date), date(v.date, { notAfter: today, notBefore: referralDate })),
        timeOnSupport: chosen(v.timeOnSupport),
        housingSupport: number(v.housingSupport, { min: 0, max: 168 }),
        specialist: chosen(v.specialist),
      };
      const asked = step === 'summary' ? Object.keys(all) : stepFields[step];
      return Object.fromEntries(Object.entries(all).filter(([k]) => asked.includes(k)));
    },
    submit: async (v): Promise<TEnrolmentState | null> => {
      if (step !== 'summary') return null;
      const hours = parseNumber(v.housingSupport);
      const diagnosis = diagnoses.find((d) => d === v.diagnosisGroup);
      const goal = goals.find((g) => g === v.goal);
      return api.enrol(id, {
        date: v.date.trim(),
        specialist: v.specialist,
        consent: {
          date: v.consentDate.trim(),
          participation: v.participation,
          handBack: v.handBack,
          survey: v.survey,
        },
        baseline: {
          incomeSources: toIncome(v.incomeSources),
          timeOnSupport: bands.find((b) => b === v.timeOnSupport) ?? 'not_applicable',
          ...(hours !== null ? { housingSupportHoursPerWeek: hours } : {}),
          ...(diagnosis ? { diagnosisGroup: diagnosis } : {}),
          ...(goal ? { goal } : {}),
        },
      });
    },
    onSuccess: (state) => {
      if (state === null) {
        form.reset(form.values);
        setStep(steps[steps.indexOf(step) + 1] ?? 'summary');
        return;
      }
      void invalidateCase(queryClient, id);
      void navigate(programmeHref(`/deltagare/${id}`, state.programmeKey));
    },
  });

  // A specialist's referral is assigned to them: their own record is the specialist
  // (the server allows no one else for them). A supervisor chooses, starting from the
  // assigned specialist if there is one.
  const preselected = useRef(false);
  const { set: setValue } = form;
  useEffect(() => {
    if (!assigned || preselected.current) return;
    preselected.current = true;
    setValue('specialist', assigned);
  }, [assigned, setValue]);

  const bandOptions = useEnumOptions('timeOnSupport', bands);
  const diagnosisOptions = useEnumOptions('diagnosisGroup', diagnoses);
  const goalOptions = useEnumOptions('goal', goals);

  if (participant.isPending) return <PageLoader label={t('app.loading')} />;
  const caseNumber = participant.data?.caseNumber;
  const title = caseNumber ? t('enrol.title', { caseNumber }) : t('enrol.titleFallback');
  const index = steps.indexOf(step);
  const v = form.values;
  const specialistName = specialists.data?.items.find((s) => s.id === v.specialist)?.name ?? '';
  const stepTitle = t(`enrol.steps.${step}`);

  if (participant.isError || !['referred', 'waiting'].includes(participant.data.status)) {
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        <Notice title={t('enrol.notWaiting')} />
      </>
    );
  }

  const change = (target: TStep) => (
    <Button variant="subtle" size="compact-sm" onClick={() => setStep(target)}>
      {t('enrol.change')}
      <span className="lots-visually-hidden"> {t(`enrol.steps.${target}`)}</span>
    </Button>
  );

  return (
    <Box maw={680}>
      <Anchor
        component={Link}
        to={programmeHref(isSupervisor ? '/arbetsledning' : `/deltagare/${id}`, programme)}
        mb="sm"
        display="inline-block"
      >
        ← {isSupervisor ? t('supervision.title') : caseNumber}
      </Anchor>
      <PageHeading title={`${stepTitle} – ${title}`} hasErrors={form.hasErrors}>
        {title}
      </PageHeading>
      <Text c="dimmed" mt={-8} mb="md">
        {t('enrol.stepOf', { step: index + 1, total: steps.length })}
      </Text>
      {form.summary}
      <form noValidate onSubmit={form.onSubmit}>
        <Stack gap="lg">
          <Title order={2} tabIndex={-1} ref={stepHeading} style={{ outline: 'none' }}>
            {stepTitle}
          </Title>
          {step === 'consent' && (
            <>
              <Text>{t('enrol.consentIntro')}</Text>
              <TextField
                {...form.field('consentDate')}
                label={t('enrol.consentDate')}
                kind="date"
                value={v.consentDate}
                onChange={(x) => form.set('consentDate', x)}
              />
              <CheckboxField
                {...form.field('participation')}
                label={t('enrol.participation')}
                checked={v.participation}
                onChange={(x) => form.set('participation', x)}
              />
              <CheckboxField
                {...form.field('handBack')}
                label={t('enrol.handBack')}
                checked={v.handBack}
                onChange={(x) => form.set('handBack', x)}
              />
              <CheckboxField
                {...form.field('survey')}
                label={t('enrol.survey')}
                checked={v.survey}
                onChange={(x) => form.set('survey', x)}
              />
            </>
          )}
          {step === 'income' && (
            <IncomeSourcesField
              {...form.field('incomeSources')}
              legend={t('income.legend')}
              hint={t('income.hint')}
              sources={incomeSourceValues}
              value={v.incomeSources}
              onChange={(x) => form.set('incomeSources', x)}
            />
          )}
          {step === 'profile' && (
            <>
              <TextField
                {...form.field('date')}
                label={t('enrol.enrolDate')}
                kind="date"
                value={v.date}
                onChange={(x) => form.set('date', x)}
              />
              <SelectField
                {...form.field('timeOnSupport')}
                label={t('enrol.timeOnSupport')}
                value={v.timeOnSupport}
                onChange={(x) => form.set('timeOnSupport', x)}
                options={bandOptions}
              />
              <TextField
                {...form.field('housingSupport')}
                label={t('enrol.housingSupport')}
                optional
                kind="number"
                value={v.housingSupport}
                onChange={(x) => form.set('housingSupport', x)}
              />
              <SelectField
                {...form.field('diagnosisGroup')}
                label={t('enrol.diagnosisGroup')}
                optional
                hint={t('enrol.diagnosisHint')}
                value={v.diagnosisGroup}
                onChange={(x) => form.set('diagnosisGroup', x)}
                options={diagnosisOptions}
              />
              <SelectField
                {...form.field('goal')}
                label={t('enrol.goal')}
                optional
                value={v.goal}
                onChange={(x) => form.set('goal', x)}
                options={goalOptions}
              />
            </>
          )}
          {step === 'specialist' && !isSupervisor && assigned && (
            <Text>
              {t('enrol.specialistOwn', { name: participant.data.specialist?.name ?? '' })}
            </Text>
          )}
          {step === 'specialist' && (isSupervisor || !assigned) && (
            <SelectField
              {...form.field('specialist')}
              label={t('enrol.specialist')}
              value={v.specialist}
              onChange={(x) => form.set('specialist', x)}
              options={(specialists.data?.items ?? [])
                .filter((s) => s.active)
                .map((s) => ({ value: s.id, label: s.name }))}
            />
          )}
          {step === 'summary' && (
            <DescriptionList
              items={[
                {
                  term: t('enrol.steps.consent'),
                  value: (
                    <>
                      {v.consentDate}:{' '}
                      {[
                        t('enrol.participation'),
                        v.handBack && t('enrol.handBack'),
                        v.survey && t('enrol.survey'),
                      ]
                        .filter(Boolean)
                        .join('; ')}{' '}
                      {change('consent')}
                    </>
                  ),
                },
                {
                  term: t('income.legend'),
                  value: (
                    <>
                      {toIncome(v.incomeSources)
                        .map(
                          (i) =>
                            `${enumLabel(t, 'incomeSource', i.source)}${i.monthly !== undefined ? ` ${formatMoney(i.monthly)}` : ''}`,
                        )
                        .join(', ')}{' '}
                      {change('income')}
                    </>
                  ),
                },
                {
                  term: t('enrol.steps.profile'),
                  value: (
                    <>
                      {[
                        `${t('enrol.enrolDate')} ${v.date}`,
                        enumLabel(t, 'timeOnSupport', v.timeOnSupport),
                        v.housingSupport && `${t('enrol.housingSupport')}: ${v.housingSupport}`,
                        v.diagnosisGroup && enumLabel(t, 'diagnosisGroup', v.diagnosisGroup),
                        v.goal && `${t('enrol.goal')}: ${enumLabel(t, 'goal', v.goal)}`,
                      ]
                        .filter(Boolean)
                        .join('; ')}{' '}
                      {change('profile')}
                    </>
                  ),
                },
                {
                  term: t('enrol.specialist'),
                  value: (
                    <>
                      {specialistName} {change('specialist')}
                    </>
                  ),
                },
              ]}
            />
          )}
          <Group gap="sm">
            {index > 0 && (
              <Button variant="default" onClick={() => setStep(steps[index - 1] ?? 'consent')}>
                {t('enrol.back')}
              </Button>
            )}
            <Button type="submit" loading={form.pending}>
              {step === 'summary' ? t('enrol.submit') : t('enrol.next')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Box>
  );
}
