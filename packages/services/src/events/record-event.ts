import { AppError, checkNewEvent, type TEventType } from '@lots/core';
import type { TCreateEventRequest, TEventChange } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { contentRefs } from '../dataset/canonical.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';
import { swedishEventIssue } from './event-messages.ts';
import { enrolmentState, toEventItem, toRuleEvent } from './event-rows.ts';

/** The type's own fields, as kept in `event.data` (the dataset import keeps the same). */
function dataOf(body: TCreateEventRequest): Record<string, unknown> {
  const { type: _t, date: _d, specialist: _s, ...rest } = body;
  if ('employer' in rest) delete (rest as { employer?: unknown }).employer;
  return rest;
}

/**
 * Records one event on an enrolment (process.md "Events during enrolment"), after the
 * rules that must give a clear error. Specialists reach only their own participants,
 * supervisors all of their programmes; anything else is 404. Audited.
 */
export async function recordEvent(
  lots: TLots,
  access: TAccess,
  enrolmentId: string,
  body: TCreateEventRequest,
  meta: { ip: string | null },
): Promise<TEventChange> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const e = await r.events.findEnrolment(enrolmentId);
    if (!e) throw new AppError('NOT_FOUND', `Enrolment ${enrolmentId} not found`);
    if (!e.enrolledAt || (e.status !== 'enrolled' && e.status !== 'closed')) {
      throw new AppError('CONFLICT', `Enrolment ${enrolmentId} is ${e.status}, not enrolled`, {
        issues: [{ path: ['params', 'id'], message: 'only an enrolment can have events' }],
        userMessage: 'Händelser kan bara registreras för inskrivna deltagare.',
      });
    }

    const employerId = 'employer' in body ? body.employer : undefined;
    const employer = employerId
      ? await r.events.findEmployerInAssociation(employerId, e.associationId)
      : undefined;
    if (employerId && !employer) {
      throw new AppError('NOT_FOUND', `Employer ${employerId} not found`, {
        issues: [
          {
            path: ['body', 'employer'],
            message: 'no such employer in the programme’s association',
          },
        ],
        userMessage: 'Arbetsgivare: finns inte i förbundets arbetsgivarregister.',
      });
    }

    const ownSpecialist = access.programmes.get(e.programmeId)?.specialistIds[0];
    const specialistId = body.specialist ?? ownSpecialist ?? e.specialistId;
    if (specialistId && !(await r.events.findSpecialistInProgramme(specialistId, e.programmeId))) {
      throw new AppError('VALIDATION_FAILED', `Specialist ${specialistId} not in programme`, {
        issues: [{ path: ['body', 'specialist'], message: 'no such specialist in this programme' }],
        userMessage: 'Specialist: finns inte i deltagarens program.',
      });
    }

    const existing = await r.events.listForEnrolment(e.id);
    const data = dataOf(body);
    const candidate = toRuleEvent({
      type: body.type,
      date: body.date,
      employerId: employer?.id ?? null,
      data,
      voidedAt: null,
      voidedReason: null,
    });
    const ctx = { enrolledAt: e.enrolledAt, closedAt: e.closedAt };
    const issues = checkNewEvent(ctx, existing.map(toRuleEvent), candidate);
    if (issues.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'Event breaks the pathway rules', {
        issues: issues.map((i) => ({ path: ['body', ...i.path], message: i.message })),
        userMessage: issues.map((i) => swedishEventIssue(i, ctx)).join(' '),
      });
    }

    // The same content reference the dataset import computes, so that exporting and
    // re-importing matches this event instead of adding a copy.
    const content = { type: body.type, date: body.date, employer: employer?.key, ...data };
    const hash = (contentRefs([content])[0] ?? '').split('#')[0] ?? '';
    const occurrence = await r.events.countContentRef(e.id, hash);
    const id = await r.events.insert({
      programmeId: e.programmeId,
      enrolmentId: e.id,
      type: body.type satisfies TEventType,
      date: body.date,
      specialistId: specialistId ?? null,
      employerId: employer?.id ?? null,
      data,
      sourceRef: `${hash}#${occurrence}`,
      recordedBy: access.user.id,
    });
    await r.audit.append({
      action: 'create',
      entity: 'event',
      entityId: id,
      enrolmentId: e.id,
      programmeId: e.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { type: body.type, date: body.date },
    });

    const rows = await r.events.listForEnrolment(e.id);
    const created = rows.find((row) => row.id === id);
    if (!created) throw new AppError('INTERNAL', 'recorded event not found');
    return { event: toEventItem(created), ...enrolmentState(e, rows, isoToday(lots.now())) };
  });
}
