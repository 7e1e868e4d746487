import type { TEventTimeline, TParticipantDetail } from '@lots/contracts';
import { Alert, Anchor, Button, Group, NativeSelect, Paper, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { programmeHref } from '../programme/programme.ts';
import { enumLabel } from '../labels.ts';
import { useMe } from '../auth/me-context.ts';
import { invalidateCase } from './case-queries.ts';
import { BaselineForm } from './baseline-form.tsx';
import { ClosureForm } from './closure-form.tsx';
import { EventForm } from './event-form.tsx';
import { IntakeDecisionForm } from './intake-decision-form.tsx';
import { eventTypeValues } from './event-specs.ts';
import type { TEventType } from './event-specs.ts';
import { ScheduledFollowUps, useScheduledFollowUps } from './scheduled-follow-ups.tsx';
import { FollowUpForm, IdentityForm, WithdrawConsentForm } from './small-forms.tsx';

type TAction = 'intake' | 'event' | 'close' | 'consent' | 'identity' | 'follow-up' | 'baseline';

type TProps = {
  participant: TParticipantDetail;
  timeline: TEventTimeline | undefined;
  /** Announces a finished change (the page shows it in a status region). */
  onMessage: (message: string) => void;
};

function isAction(value: string | null): value is TAction {
  return ['intake', 'event', 'close', 'consent', 'identity', 'follow-up', 'baseline'].includes(
    value ?? '',
  );
}

/**
 * What can be done with one enrolment: record an event (one compact form per type,
 * chosen from a menu), close, record a follow-up, withdraw consent, edit the identity.
 * One panel is open at a time; `?action=close` opens the closure form directly.
 */
export function CasePanel({ participant: p, timeline, onMessage }: TProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const requested = params.get('action');
  const [open, setOpen] = useState<TAction | null>(isAction(requested) ? requested : null);
  const [eventType, setEventType] = useState<TEventType | ''>('');
  const panelRef = useRef<HTMLDivElement>(null);
  const enrolled = p.status === 'enrolled';
  const closed = p.status === 'closed';
  const intake = p.status === 'referred' || p.status === 'waiting';
  const roles = useMe().programmes.find((x) => x.key === p.programmeKey)?.roles ?? [];
  // A specialist sees only the referrals assigned to them (personal-data scope), so an
  // assigned referral on their screen is theirs; the server checks it again.
  const canIntake =
    roles.includes('supervisor') || (roles.includes('specialist') && p.specialist !== null);
  const proposal = timeline?.closureProposal;
  const followUps = useScheduledFollowUps(p.programmeKey, p.id, closed);
  const nextFollowUp = followUps.find((f) => f.status !== 'done' && f.status !== 'no_consent');

  useEffect(() => {
    if (open && open !== 'event') panelRef.current?.focus();
  }, [open]);

  function toggle(action: TAction) {
    setOpen((current) => (current === action ? null : action));
    if (requested) {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.delete('action');
          next.delete('months');
          return next;
        },
        { replace: true },
      );
    }
  }

  function done(message: string) {
    setOpen(null);
    setEventType('');
    onMessage(message);
  }

  const actions: { id: TAction; label: string; show: boolean }[] = [
    { id: 'intake', label: t('queue.decide'), show: intake && canIntake },
    { id: 'event', label: t('caseWork.addEvent'), show: enrolled },
    { id: 'close', label: t('caseWork.closure'), show: enrolled },
    // Hidden once every scheduled follow-up is done (or may not be made).
    {
      id: 'follow-up',
      label: t('caseWork.followUp'),
      show: closed && (followUps.length === 0 || !!nextFollowUp),
    },
    {
      id: 'consent',
      label: t('caseWork.withdrawConsent'),
      show: (enrolled || closed) && !!p.consent && !p.consent.withdrawnAt,
    },
    { id: 'baseline', label: t('caseWork.baseline'), show: enrolled },
    { id: 'identity', label: t('caseWork.identity'), show: true },
  ];

  const panels: Record<TAction, { title: string; body: ReactNode }> = {
    intake: {
      title: t('queue.decisionTitle', { caseNumber: p.caseNumber }),
      body: (
        <IntakeDecisionForm
          entry={{
            id: p.id,
            caseNumber: p.caseNumber,
            referralDate: p.referral.date,
            status: p.status,
          }}
          onCancel={() => setOpen(null)}
          onDone={() => done(t('queue.done'))}
        />
      ),
    },
    event: {
      title: t('caseWork.addEvent'),
      body: (
        <>
          <NativeSelect
            id="event-type"
            label={t('caseWork.chooseEvent')}
            value={eventType}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setEventType(eventTypeValues.find((x) => x === v) ?? '');
            }}
            data={[
              { value: '', label: t('forms.choose') },
              ...eventTypeValues.map((v) => ({ value: v, label: enumLabel(t, 'eventType', v) })),
            ]}
            maw={420}
            mb="md"
            autoFocus
          />
          {eventType && (
            <EventForm
              key={eventType}
              enrolmentId={p.id}
              programme={p.programmeKey}
              type={eventType}
              onCancel={() => {
                setEventType('');
                setOpen(null);
              }}
              onDone={(change) => {
                void invalidateCase(queryClient, p.id);
                done(
                  t('caseWork.eventSaved', {
                    type: enumLabel(t, 'eventType', change.event.type),
                    phase: t(`phase.${change.phase}`),
                  }),
                );
              }}
            />
          )}
        </>
      ),
    },
    close: {
      title: t('closure.title'),
      body: (
        <ClosureForm
          participant={p}
          proposedReason={proposal?.proposed ? proposal.reason : undefined}
          onDone={done}
        />
      ),
    },
    'follow-up': {
      title: t('followUp.title'),
      body: (
        <FollowUpForm
          participant={p}
          months={Number(params.get('months')) || nextFollowUp?.months}
          onDone={done}
        />
      ),
    },
    consent: {
      title: t('consent.withdrawTitle'),
      body: <WithdrawConsentForm participant={p} onDone={done} />,
    },
    baseline: {
      title: t('caseWork.baseline'),
      body: <BaselineForm participant={p} onDone={done} />,
    },
    identity: {
      title: t('identity.title'),
      body: <IdentityForm participant={p} participantId={p.participantId} onDone={done} />,
    },
  };

  const panel = open ? panels[open] : null;
  return (
    <Paper component="section" withBorder p="lg" radius="sm" aria-labelledby="case-actions-title">
      <Title order={2} mb="md" id="case-actions-title">
        {t('caseWork.actions')}
      </Title>
      {enrolled && proposal?.proposed && (
        <Alert color="lots" variant="light" mb="md" role="note">
          <Text mb="xs">
            {t('caseWork.closureProposed', {
              reason: enumLabel(t, 'closureReason', proposal.reason).toLowerCase(),
              days: proposal.days,
              since: proposal.since,
            })}
          </Text>
          {open !== 'close' && (
            <Button size="compact-md" onClick={() => toggle('close')}>
              {t('caseWork.closeNow')}
            </Button>
          )}
        </Alert>
      )}
      {intake && (
        <Text mb="md">
          {t(p.status === 'referred' ? 'caseWork.intakeReferred' : 'caseWork.intakeWaiting')}{' '}
          {!canIntake && t('caseWork.intakeOthers')}
        </Text>
      )}
      {!enrolled && !closed && !intake && <Text mb="md">{t('caseWork.onlyEnrolled')}</Text>}
      {closed && <ScheduledFollowUps items={followUps} />}
      <Group gap="sm" mb={panel ? 'md' : 0}>
        {actions
          .filter((a) => a.show)
          .map((a) => (
            <Button
              key={a.id}
              variant={open === a.id ? 'filled' : 'default'}
              aria-expanded={open === a.id}
              aria-controls="case-action-panel"
              onClick={() => toggle(a.id)}
            >
              {a.label}
            </Button>
          ))}
        {intake && canIntake && (
          <Button
            component={Link}
            variant="default"
            to={programmeHref(`/deltagare/${p.id}/inskrivning`, p.programmeKey)}
          >
            {t('queue.enrol')}
          </Button>
        )}
        {/* The extract and erasure are a supervisor's (privacy.md roles). */}
        {roles.includes('supervisor') && (
          <Anchor
            component={Link}
            to={programmeHref(`/deltagare/${p.id}/registerutdrag`, p.programmeKey)}
          >
            {t('caseWork.dataSubject')}
          </Anchor>
        )}
      </Group>
      {panel && (
        <div
          id="case-action-panel"
          ref={panelRef}
          tabIndex={-1}
          aria-labelledby="case-action-title"
          style={{ outline: 'none' }}
        >
          <Title order={3} mb="sm" id="case-action-title">
            {panel.title}
          </Title>
          {panel.body}
        </div>
      )}
    </Paper>
  );
}
