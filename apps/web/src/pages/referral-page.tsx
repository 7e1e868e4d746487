import type { TCreateReferralRequest, TEnrolmentState } from '@lots/contracts';
import { Anchor, Box, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api.ts';
import { invalidateCase } from '../case-work/case-queries.ts';
import {
  FormerParticipantPicker,
  useFormerPeople,
} from '../case-work/former-participant-picker.tsx';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import {
  chosen,
  date,
  first,
  maxLength,
  number,
  optionalText,
  personalNumber,
  required,
  todayIso,
} from '../forms/checks.ts';
import { SelectField, TextField, useEnumOptions } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.tsx';
import { sv } from '../i18n/sv.ts';
import { programmeHref } from '../programme/programme.ts';
import { useProgramme } from '../programme/use-programme.ts';
import { NoPersonalDataAccess } from './no-personal-data-access.tsx';

type TReferral = TCreateReferralRequest['referral'];
type TNew = Extract<TCreateReferralRequest['person'], { sex: unknown }>;

const sexes = Object.keys(sv.sex) as TNew['sex'][];
const educations = Object.keys(sv.education) as TNew['education'][];
const sources = Object.keys(sv.referralSource) as TReferral['source'][];
const pick = <T extends string>(list: readonly T[], v: string, fallback: T): T =>
  list.find((x) => x === v) ?? fallback;

/** "Ny remiss": a referral of a new person, or the re-enrolment of a former participant. */
export function ReferralPage() {
  const { t } = useTranslation();
  const { selected } = useProgramme();
  const queryClient = useQueryClient();
  const [done, setDone] = useState<TEnrolmentState | null>(null);
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  const programme = selected?.key ?? '';
  const former = useFormerPeople(programme, !!selected?.personalData);
  const formerPeople = former.data ?? [];
  // A specialist's referral is assigned to them (the server does it), so it is theirs
  // to decide on and enrol; a supervisor's goes to the queue.
  const isSupervisor = selected?.roles.includes('supervisor') ?? false;

  const form = useForm({
    id: 'referral',
    initial: {
      who: 'new',
      participantId: '',
      sex: '',
      birthYear: '',
      municipality: '',
      education: '',
      name: '',
      personalNumber: '',
      date: today,
      source: '',
      officer: '',
      organisation: '',
    },
    labels: {
      participantId: t('referral.existing'),
      sex: t('referral.sex'),
      birthYear: t('referral.birthYear'),
      municipality: t('referral.municipality'),
      education: t('referral.education'),
      name: t('field.name'),
      personalNumber: t('field.personalNumber'),
      date: t('referral.date'),
      source: t('referral.source'),
      officer: t('referral.officer'),
      organisation: t('referral.organisation'),
    },
    live: ['personalNumber'],
    validate: (v) => {
      const isNew = v.who === 'new';
      return {
        participantId: isNew ? null : chosen(v.participantId),
        sex: isNew ? chosen(v.sex) : null,
        birthYear: isNew
          ? first(
              required(v.birthYear),
              number(v.birthYear, { min: 1900, max: year, integer: true }),
            )
          : null,
        municipality: isNew
          ? first(
              required(v.municipality),
              /^\d{4}$/.test(v.municipality.trim()) ? null : { key: 'forms.municipality' },
            )
          : null,
        education: isNew ? chosen(v.education) : null,
        name: maxLength(v.name, 200),
        personalNumber:
          v.personalNumber.replace(/\D/g, '').length >= 10
            ? personalNumber(v.personalNumber)
            : null,
        date: first(required(v.date), date(v.date, { notAfter: today })),
        source: chosen(v.source),
        officer: maxLength(v.officer, 200),
        organisation: maxLength(v.organisation, 200),
      };
    },
    submit: (v) => {
      const name = optionalText(v.name);
      const pnr = optionalText(v.personalNumber);
      const identity =
        name || pnr
          ? { ...(name ? { name } : {}), ...(pnr ? { personalNumber: pnr } : {}) }
          : undefined;
      const person: TCreateReferralRequest['person'] =
        v.who === 'new'
          ? {
              sex: pick(sexes, v.sex, 'unknown'),
              birthYear: Number(v.birthYear),
              municipality: v.municipality.trim(),
              education: pick(educations, v.education, 'unknown'),
              ...(identity ? { identity } : {}),
            }
          : { participantId: v.participantId };
      const officer = optionalText(v.officer);
      const organisation = optionalText(v.organisation);
      return api.createReferral({
        programme,
        person,
        referral: {
          date: v.date.trim(),
          source: pick(sources, v.source, 'other'),
          ...(officer ? { officer } : {}),
          ...(organisation ? { organisation } : {}),
        },
      });
    },
    onSuccess: (state) => {
      // The workspace lists and the queue show the new referral at once.
      void invalidateCase(queryClient, state.id);
      setDone(state);
      form.reset();
      window.scrollTo({ top: 0 });
    },
  });

  const sexOptions = sexes.map((value) => ({ value, label: t(`sex.${value}`) }));
  const educationOptions = useEnumOptions('education', educations);
  const sourceOptions = useEnumOptions('referralSource', sources);

  if (selected && !selected.personalData) return <NoPersonalDataAccess programme={selected} />;
  const isNew = form.values.who === 'new';
  return (
    <Box maw={640}>
      <PageHeading title={t('referral.title')} hasErrors={form.hasErrors}>
        {t('referral.title')}
      </PageHeading>
      {done && (
        <Notice
          title={t(isSupervisor ? 'referral.done' : 'referral.doneSpecialist', {
            caseNumber: done.caseNumber,
          })}
        >
          <Group gap="md">
            <Anchor component={Link} to={programmeHref(`/deltagare/${done.id}`, programme)}>
              {t('referral.open', { caseNumber: done.caseNumber })}
            </Anchor>
            {isSupervisor && (
              <Anchor component={Link} to={programmeHref('/arbetsledning', programme)}>
                {t('referral.toQueue')}
              </Anchor>
            )}
          </Group>
        </Notice>
      )}
      {form.summary}
      <Text mb="lg">{isSupervisor ? t('referral.intro') : t('referral.introSpecialist')}</Text>
      <form noValidate onSubmit={form.onSubmit}>
        <Stack gap="lg">
          <Radio.Group
            label={t('referral.who')}
            value={form.values.who}
            onChange={(v) => form.set('who', v)}
          >
            <Stack gap="xs" mt="xs">
              <Radio id="referral-who-new" value="new" label={t('referral.newPerson')} />
              <Radio
                id="referral-who-existing"
                value="existing"
                label={t('referral.existingPerson')}
                disabled={formerPeople.length === 0}
              />
            </Stack>
          </Radio.Group>
          {isNew ? (
            <>
              <SelectField
                {...form.field('sex')}
                label={t('referral.sex')}
                value={form.values.sex}
                onChange={(v) => form.set('sex', v)}
                options={sexOptions}
              />
              <TextField
                {...form.field('birthYear')}
                label={t('referral.birthYear')}
                kind="integer"
                value={form.values.birthYear}
                onChange={(v) => form.set('birthYear', v)}
              />
              <TextField
                {...form.field('municipality')}
                label={t('referral.municipality')}
                kind="integer"
                value={form.values.municipality}
                onChange={(v) => form.set('municipality', v)}
              />
              <SelectField
                {...form.field('education')}
                label={t('referral.education')}
                value={form.values.education}
                onChange={(v) => form.set('education', v)}
                options={educationOptions}
              />
              <TextField
                {...form.field('name')}
                label={t('field.name')}
                optional
                value={form.values.name}
                onChange={(v) => form.set('name', v)}
              />
              <TextField
                {...form.field('personalNumber')}
                label={t('field.personalNumber')}
                optional
                kind="integer"
                width={260}
                hint="ÅÅÅÅMMDD-NNNN"
                value={form.values.personalNumber}
                onChange={(v) => form.set('personalNumber', v)}
              />
            </>
          ) : (
            <FormerParticipantPicker
              field={form.field('participantId')}
              people={formerPeople}
              value={form.values.participantId}
              onChange={(v) => form.set('participantId', v)}
            />
          )}
          <TextField
            {...form.field('date')}
            label={t('referral.date')}
            kind="date"
            value={form.values.date}
            onChange={(v) => form.set('date', v)}
          />
          <SelectField
            {...form.field('source')}
            label={t('referral.source')}
            value={form.values.source}
            onChange={(v) => form.set('source', v)}
            options={sourceOptions}
          />
          <TextField
            {...form.field('officer')}
            label={t('referral.officer')}
            optional
            value={form.values.officer}
            onChange={(v) => form.set('officer', v)}
          />
          <TextField
            {...form.field('organisation')}
            label={t('referral.organisation')}
            optional
            value={form.values.organisation}
            onChange={(v) => form.set('organisation', v)}
          />
          <div>
            <Button type="submit" size="md" loading={form.pending}>
              {t('referral.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Box>
  );
}
