import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZCloseEnrolmentRequest,
  ZCreateReferralRequest,
  ZEnrolmentIdParam,
  ZEnrolmentState,
  ZEnrolRequest,
  ZEraseIdentityRequest,
  ZEraseIdentityResult,
  ZFollowUpOut,
  ZIdentityOut,
  ZIdentityRequest,
  ZIntakeDecisionRequest,
  ZParticipantExport,
  ZParticipantIdParam,
  ZProblem,
  ZProgrammeQuery,
  ZQueue,
  ZRecordFollowUpRequest,
  ZScheduledFollowUpList,
  ZUpdateBaselineRequest,
  ZWithdrawConsentRequest,
} from '@lots/contracts';
import {
  closeEnrolment,
  createReferral,
  decideIntake,
  enrolParticipant,
  eraseIdentity,
  exportParticipantData,
  listFollowUpsDue,
  listQueue,
  recordFollowUp,
  updateBaseline,
  updateIdentity,
  withdrawConsent,
  type TLots,
} from '@lots/services';
import { clientIp, requireAccess } from '../security.ts';

const SUPERVISORS =
  'Supervisors of the programme only (specialists and other roles: 403; other programmes: 404).';
const CASEWORKERS =
  'Supervisors of the programme and the specialist assigned to the enrolment; anyone else gets 404.';
const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };

/** Case work: referral → intake → enrolment → closure → follow-ups; the data subject's rights. */
export const caseWorkRoutes: FastifyPluginAsyncZod<{ lots: TLots }> = async (app, { lots }) => {
  app.post(
    '/referrals',
    {
      schema: {
        tags: ['case work'],
        summary: 'Register a referral (new person, or re-enrolment of a known participant)',
        description: `${SUPERVISORS} Answers 201 with status referred and a new case number. 409 when the person already has an open enrolment in the programme.`,
        body: ZCreateReferralRequest,
        response: { 201: ZEnrolmentState, ...errors },
      },
    },
    async (request, reply) => {
      const result = await createReferral(lots, requireAccess(request), request.body, {
        ip: clientIp(request),
      });
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/enrolments/:id/decision',
    {
      schema: {
        tags: ['case work'],
        summary: 'Intake decision: accept to the queue, decline (reason required) or withdraw',
        description: SUPERVISORS,
        params: ZEnrolmentIdParam,
        body: ZIntakeDecisionRequest,
        response: { 200: ZEnrolmentState, ...errors },
      },
    },
    async (request) =>
      decideIntake(lots, requireAccess(request), request.params.id, request.body, {
        ip: clientIp(request),
      }),
  );

  app.get(
    '/queue',
    {
      schema: {
        tags: ['case work'],
        summary: 'Referred and waiting, by priority then referral date, with waiting days',
        description: `${SUPERVISORS} Includes sub-programmes. Priority: the one set at the intake decision, else the programme's rules.`,
        querystring: ZProgrammeQuery,
        response: { 200: ZQueue, ...errors },
      },
    },
    async (request) =>
      listQueue(lots, requireAccess(request), request.query, { ip: clientIp(request) }),
  );

  app.post(
    '/enrolments/:id/enrol',
    {
      schema: {
        tags: ['case work'],
        summary: 'Enrol: specialist, consent and baseline profile',
        description: `${SUPERVISORS} 400 without consent (naming consent), before the referral date, or with a specialist of another programme; 409 when the person has another open enrolment.`,
        params: ZEnrolmentIdParam,
        body: ZEnrolRequest,
        response: { 200: ZEnrolmentState, ...errors },
      },
    },
    async (request) =>
      enrolParticipant(lots, requireAccess(request), request.params.id, request.body, {
        ip: clientIp(request),
      }),
  );

  app.post(
    '/enrolments/:id/consent/withdraw',
    {
      schema: {
        tags: ['case work'],
        summary: 'Record that the participant withdrew consent (stops hand-back and follow-ups)',
        description: CASEWORKERS,
        params: ZEnrolmentIdParam,
        body: ZWithdrawConsentRequest,
        response: { 200: ZEnrolmentState, ...errors },
      },
    },
    async (request) =>
      withdrawConsent(lots, requireAccess(request), request.params.id, request.body, {
        ip: clientIp(request),
      }),
  );

  app.patch(
    '/enrolments/:id/baseline',
    {
      schema: {
        tags: ['case work'],
        summary: 'Correct the baseline profile (fields left out stay; null clears)',
        description: CASEWORKERS,
        params: ZEnrolmentIdParam,
        body: ZUpdateBaselineRequest,
        response: { 200: ZEnrolmentState, ...errors },
      },
    },
    async (request) =>
      updateBaseline(lots, requireAccess(request), request.params.id, request.body, {
        ip: clientIp(request),
      }),
  );

  app.post(
    '/enrolments/:id/close',
    {
      schema: {
        tags: ['case work'],
        summary: 'Close an enrolment with a reason, exit income and the closing summary',
        description: `${CASEWORKERS} 400 naming the field: no or unknown reason, before enrolment, before an event; handBackTo without consent to hand back (or after withdrawal).`,
        params: ZEnrolmentIdParam,
        body: ZCloseEnrolmentRequest,
        response: { 200: ZEnrolmentState, ...errors },
      },
    },
    async (request) =>
      closeEnrolment(lots, requireAccess(request), request.params.id, request.body, {
        ip: clientIp(request),
      }),
  );

  app.get(
    '/follow-ups/due',
    {
      schema: {
        tags: ['case work'],
        summary: 'Follow-ups after closure by due date (done, due, overdue, upcoming, no consent)',
        description:
          'Supervisors (whole programme) and specialists (their own caseload); other roles 403.',
        querystring: ZProgrammeQuery,
        response: { 200: ZScheduledFollowUpList, ...errors },
      },
    },
    async (request) =>
      listFollowUpsDue(lots, requireAccess(request), request.query, { ip: clientIp(request) }),
  );

  app.post(
    '/enrolments/:id/follow-ups',
    {
      schema: {
        tags: ['case work'],
        summary: 'Record a follow-up after closure (needs survey consent)',
        description: `${CASEWORKERS} 409 when that month's follow-up is already recorded.`,
        params: ZEnrolmentIdParam,
        body: ZRecordFollowUpRequest,
        response: { 201: ZFollowUpOut, ...errors },
      },
    },
    async (request, reply) => {
      const result = await recordFollowUp(
        lots,
        requireAccess(request),
        request.params.id,
        request.body,
        { ip: clientIp(request) },
      );
      return reply.status(201).send(result);
    },
  );

  app.put(
    '/participants/:participantId/identity',
    {
      schema: {
        tags: ['data subject'],
        summary: 'Set the identity of a person (encrypted; replaced as a whole)',
        description:
          'Supervisors and the specialist assigned to one of the person’s enrolments; anyone else 404.',
        params: ZParticipantIdParam,
        body: ZIdentityRequest,
        response: { 200: ZIdentityOut, ...errors },
      },
    },
    async (request) =>
      updateIdentity(lots, requireAccess(request), request.params.participantId, request.body, {
        ip: clientIp(request),
      }),
  );

  app.get(
    '/participants/:participantId/export',
    {
      schema: {
        tags: ['data subject'],
        summary: 'Everything held about one person (GDPR art. 15), audit trail included',
        description: SUPERVISORS,
        params: ZParticipantIdParam,
        response: { 200: ZParticipantExport, ...errors },
      },
    },
    async (request) =>
      exportParticipantData(lots, requireAccess(request), request.params.participantId, {
        ip: clientIp(request),
      }),
  );

  app.post(
    '/participants/:participantId/erase-identity',
    {
      schema: {
        tags: ['data subject'],
        summary: 'Erase name, personal identity number and contact details; statistics stay',
        description: SUPERVISORS,
        params: ZParticipantIdParam,
        body: ZEraseIdentityRequest,
        response: { 200: ZEraseIdentityResult, ...errors },
      },
    },
    async (request) =>
      eraseIdentity(lots, requireAccess(request), request.params.participantId, request.body, {
        ip: clientIp(request),
      }),
  );
};
