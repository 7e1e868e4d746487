import type { TParticipantDetail } from '@lots/contracts';
import { Paper, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DescriptionList } from '../components/description-list.tsx';
import type { TDescriptionItem } from '../components/description-list.tsx';
import { MISSING, formatDate, formatMoney, formatNumber } from '../format.ts';
import { enumLabel } from '../labels.ts';

type TParticipant = { participant: TParticipantDetail };
type TIncomeSource = TParticipantDetail['baseline']['incomeSources'][number];
type TClosure = NonNullable<TParticipantDetail['closure']>;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p="lg" radius="sm">
      <Title order={2} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function incomeSources(t: TFunction, sources: readonly TIncomeSource[]): ReactNode {
  if (sources.length === 0) return t('app.notRecorded');
  return (
    <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
      {sources.map((s) => (
        <li key={s.source}>
          {s.monthly === null
            ? enumLabel(t, 'incomeSource', s.source)
            : t('participant.incomeSourceWithAmount', {
                source: enumLabel(t, 'incomeSource', s.source),
                amount: formatMoney(s.monthly),
              })}
        </li>
      ))}
    </ul>
  );
}

const yesNo = (t: TFunction, value: boolean) => (value ? t('app.yes') : t('app.no'));

export function OverviewSection({ participant: p }: TParticipant) {
  const { t } = useTranslation();
  const items: TDescriptionItem[] = [
    { term: t('participant.status'), value: t(`status.${p.status}`) },
    { term: t('participant.phase'), value: t(`phase.${p.phase}`) },
    {
      term: t('participant.specialist'),
      value: p.specialist?.name ?? t('participants.unassigned'),
    },
    ...(p.name ? [{ term: t('participant.name'), value: p.name }] : []),
    ...(p.personalNumber
      ? [{ term: t('participant.personalNumber'), value: p.personalNumber }]
      : []),
    { term: t('participant.sex'), value: t(`sex.${p.sex}`) },
    { term: t('participant.birthYear'), value: String(p.birthYear) },
    { term: t('participant.municipality'), value: p.municipality || MISSING },
    { term: t('participant.education'), value: enumLabel(t, 'education', p.education) },
    { term: t('participant.referralDate'), value: formatDate(p.referral.date) },
    {
      term: t('participant.referralSource'),
      value: enumLabel(t, 'referralSource', p.referral.source),
    },
    ...(p.referral.officer
      ? [{ term: t('participant.referralOfficer'), value: p.referral.officer }]
      : []),
    ...(p.referral.organisation
      ? [{ term: t('participant.referralOrganisation'), value: p.referral.organisation }]
      : []),
    { term: t('participant.enrolledAt'), value: formatDate(p.enrolledAt) },
    ...(p.closedAt ? [{ term: t('participant.closedAt'), value: formatDate(p.closedAt) }] : []),
  ];
  return (
    <Section title={t('participant.overview')}>
      <DescriptionList items={items} />
    </Section>
  );
}

export function BaselineSection({ participant: p }: TParticipant) {
  const { t } = useTranslation();
  const b = p.baseline;
  const items: TDescriptionItem[] = [
    { term: t('participant.incomeSources'), value: incomeSources(t, b.incomeSources) },
    { term: t('participant.timeOnSupport'), value: enumLabel(t, 'timeOnSupport', b.timeOnSupport) },
    {
      term: t('participant.housingSupport'),
      value:
        b.housingSupportHoursPerWeek === null
          ? MISSING
          : t('participant.hoursPerWeek', { hours: formatNumber(b.housingSupportHoursPerWeek, 1) }),
    },
    {
      term: t('participant.diagnosisGroup'),
      value: enumLabel(t, 'diagnosisGroup', b.diagnosisGroup),
    },
    { term: t('participant.goal'), value: enumLabel(t, 'goal', b.goal) },
  ];
  return (
    <Section title={t('participant.baseline')}>
      <DescriptionList items={items} />
    </Section>
  );
}

export function ConsentSection({ participant: p }: TParticipant) {
  const { t } = useTranslation();
  const c = p.consent;
  return (
    <Section title={t('participant.consent')}>
      {c ? (
        <DescriptionList
          items={[
            { term: t('participant.consentDate'), value: formatDate(c.date) },
            { term: t('participant.consentParticipation'), value: yesNo(t, c.participation) },
            { term: t('participant.consentHandBack'), value: yesNo(t, c.handBack) },
            { term: t('participant.consentSurvey'), value: yesNo(t, c.survey) },
            {
              term: t('participant.consentWithdrawnAt'),
              value: c.withdrawnAt
                ? formatDate(c.withdrawnAt)
                : t('participant.consentWithdrawnNo'),
            },
          ]}
        />
      ) : (
        <Text>{t('participant.consentMissing')}</Text>
      )}
    </Section>
  );
}

export function ClosureSection({ closure }: { closure: TClosure }) {
  const { t } = useTranslation();
  return (
    <Section title={t('participant.closure')}>
      <DescriptionList
        items={[
          { term: t('participant.closureDate'), value: formatDate(closure.date) },
          {
            term: t('participant.closureReason'),
            value: enumLabel(t, 'closureReason', closure.reason),
          },
          {
            term: t('participant.exitIncomeSources'),
            value: incomeSources(t, closure.exitIncomeSources),
          },
          ...(closure.summary
            ? [
                {
                  term: t('participant.closureSummary'),
                  value: <Text style={{ whiteSpace: 'pre-line' }}>{closure.summary}</Text>,
                },
              ]
            : []),
        ]}
      />
    </Section>
  );
}
