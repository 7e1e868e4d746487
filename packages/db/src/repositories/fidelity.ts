import { activityLocations, meetingKinds, type TActivityLocation } from '@lots/core';
import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { TScope } from '../scope-types.ts';
import { personalDataFilter } from './participants.ts';

/** What the fidelity proposals read, for one programme tree and one review window. */
export type TFidelityLoadFilter = {
  programmeIds: readonly string[];
  /** The review date D. */
  date: string;
  /** First day of anything the rules may count (the earlier of the window and the 12 weeks). */
  from: string;
};

const location = (data: Record<string, unknown>): TActivityLocation | null =>
  activityLocations.find((l) => l === data.location) ?? null;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * Loads the plain inputs of the fidelity proposals (core `TFidelitySuggestInput`)
 * for a programme with its sub-programmes: specialists with FTE, enrolments open on
 * D, enrolments and referrals in the window, and the non-voided events the rules
 * count. Enrolments are referred to by case number only. Every enrolment query goes
 * through the personal-data filter, so a scoped caller sees only what it may.
 */
export function createFidelityRepository(trx: Transaction<Database>, scope: TScope) {
  const enrolmentsOf = (ids: readonly string[]) =>
    trx.selectFrom('enrolment').where(personalDataFilter(scope, ids));

  const eventsOf = (ids: readonly string[], types: readonly string[], from: string, to: string) =>
    trx
      .selectFrom('event')
      .innerJoin('enrolment', 'enrolment.id', 'event.enrolmentId')
      .where(personalDataFilter(scope, ids))
      .where('event.type', 'in', [...types])
      .where('event.voidedAt', 'is', null)
      .where('event.date', '>=', from)
      .where('event.date', '<=', to);

  return {
    async loadSuggestInput(f: TFidelityLoadFilter) {
      const ids = f.programmeIds;
      if (ids.length === 0) return undefined;
      const [
        open,
        started,
        contacts,
        jobs,
        counselling,
        followAlong,
        referrals,
        declined,
        meetings,
      ] = await Promise.all([
        enrolmentsOf(ids)
          .select([
            'enrolment.caseNumber as ref',
            'enrolment.specialistId',
            'enrolment.referralSource',
          ])
          .where('enrolment.status', 'in', ['enrolled', 'closed'])
          .where('enrolment.enrolledAt', '<=', f.date)
          .where((eb) =>
            eb.or([eb('enrolment.closedAt', 'is', null), eb('enrolment.closedAt', '>', f.date)]),
          )
          .orderBy('enrolment.caseNumber')
          .execute(),
        enrolmentsOf(ids)
          .select(['enrolment.id', 'enrolment.caseNumber as ref', 'enrolment.enrolledAt'])
          .where('enrolment.enrolledAt', '>=', f.from)
          .where('enrolment.enrolledAt', '<=', f.date)
          .orderBy('enrolment.caseNumber')
          .execute(),
        // From the earliest enrolment date that matters: first contacts of enrolments
        // started in the window, and the contacts of the last 12 weeks.
        eventsOf(ids, ['employer_contact'], f.from, f.date)
          .leftJoin('employer', 'employer.id', 'event.employerId')
          .select([
            'employer.key as employerKey',
            'event.enrolmentId',
            'enrolment.caseNumber as ref',
            'event.date',
            'event.data',
            'event.specialistId',
            'enrolment.specialistId as enrolmentSpecialistId',
          ])
          .orderBy('event.date')
          .execute(),
        eventsOf(ids, ['job_start'], f.from, f.date)
          .leftJoin('employer', 'employer.id', 'event.employerId')
          .select([
            'enrolment.caseNumber as ref',
            'event.date',
            'event.data',
            'employer.key as employerKey',
          ])
          .orderBy('event.date')
          .execute(),
        // Counselling may precede the window: a job in it may rest on counselling before it.
        eventsOf(ids, ['benefits_counselling'], '0001-01-01', f.date)
          .select(['enrolment.caseNumber as ref', 'event.date'])
          .execute(),
        eventsOf(ids, ['follow_along'], f.from, f.date)
          .select([
            'enrolment.caseNumber as ref',
            'event.date',
            'event.data',
            'event.specialistId',
            'enrolment.specialistId as enrolmentSpecialistId',
          ])
          .execute(),
        enrolmentsOf(ids)
          .select([
            'enrolment.caseNumber as ref',
            'enrolment.referralDate as date',
            'enrolment.referralSource as source',
          ])
          .where('enrolment.referralDate', '>=', f.from)
          .where('enrolment.referralDate', '<=', f.date)
          .execute(),
        enrolmentsOf(ids)
          .select([
            'enrolment.caseNumber as ref',
            'enrolment.declinedAt',
            'enrolment.declinedReason',
          ])
          .where('enrolment.status', '=', 'declined')
          .where('enrolment.declinedAt', '>=', f.from)
          .where('enrolment.declinedAt', '<=', f.date)
          .execute(),
        eventsOf(ids, ['meeting'], f.from, f.date)
          .select([
            'enrolment.caseNumber as ref',
            'event.date',
            'event.data',
            'event.specialistId',
            'enrolment.specialistId as enrolmentSpecialistId',
          ])
          .orderBy('event.date')
          .execute(),
      ]);

      const specialistIds = new Set(open.flatMap((e) => (e.specialistId ? [e.specialistId] : [])));
      const specialists = (
        await trx
          .selectFrom('specialist')
          .leftJoin('team', 'team.id', 'specialist.teamId')
          .select([
            'specialist.id',
            'specialist.key',
            'specialist.fte',
            'specialist.active',
            'team.key as team',
          ])
          .where('specialist.programmeId', 'in', [...ids])
          .orderBy('specialist.key')
          .execute()
      ).filter((s) => s.active || specialistIds.has(s.id));

      const faceToFace = (data: Record<string, unknown>) => data.faceToFace === true;
      const f2fByEnrolment = new Map<string, string[]>();
      for (const c of contacts) {
        if (!faceToFace(c.data)) continue;
        f2fByEnrolment.set(c.enrolmentId, [...(f2fByEnrolment.get(c.enrolmentId) ?? []), c.date]);
      }
      const counsellingByRef = new Map<string, string[]>();
      for (const c of counselling) {
        counsellingByRef.set(c.ref, [...(counsellingByRef.get(c.ref) ?? []), c.date]);
      }

      return {
        specialists: specialists.map((s) => ({ id: s.id, key: s.key, fte: s.fte })),
        specialistTeams: specialists.map((s) => ({ specialistId: s.id, team: s.team })),
        openEnrolments: open.map((e) => ({
          ref: e.ref,
          specialistId: e.specialistId,
          referralSource: e.referralSource,
        })),
        enrolments: started.map((e) => ({
          ref: e.ref,
          enrolledAt: e.enrolledAt ?? f.date,
          faceToFaceContactDates: f2fByEnrolment.get(e.id) ?? [],
        })),
        employerContacts: contacts.map((c) => ({
          ref: c.ref,
          date: c.date,
          faceToFace: faceToFace(c.data),
          // Recorded without a specialist: the enrolment's specialist made it (dataset default).
          specialistId: c.specialistId ?? c.enrolmentSpecialistId,
          employer: c.employerKey,
          location: location(c.data),
        })),
        jobStarts: jobs.map((j) => ({
          ref: j.ref,
          date: j.date,
          // A job start always names an employer; an unresolved one still counts as its own.
          employer: j.employerKey ?? `unknown:${j.ref}:${j.date}`,
          occupation: str(j.data.occupation),
          title: str(j.data.title),
          competitive: j.data.competitive === true,
          contract: (str(j.data.contract) ?? 'permanent') as
            'permanent' | 'fixed_term' | 'substitute',
        })),
        benefitsCounselling: [...counsellingByRef].map(([ref, dates]) => ({ ref, dates })),
        followAlong: followAlong.map((e) => ({
          ref: e.ref,
          date: e.date,
          with: e.data.with === 'employer' ? ('employer' as const) : ('participant' as const),
          specialistId: e.specialistId ?? e.enrolmentSpecialistId,
          location: location(e.data),
        })),
        meetings: meetings.flatMap((m) => {
          const kind = meetingKinds.find((k) => k === m.data.kind);
          return kind
            ? [
                {
                  ref: m.ref,
                  date: m.date,
                  kind,
                  specialistId: m.specialistId ?? m.enrolmentSpecialistId,
                  location: location(m.data),
                },
              ]
            : [];
        }),
        referrals: referrals.map((r) => ({ ref: r.ref, date: r.date, source: r.source })),
        declinedReferrals: declined.flatMap((d) =>
          d.declinedAt ? [{ ref: d.ref, date: d.declinedAt, reason: d.declinedReason ?? '' }] : [],
        ),
      };
    },
  };
}

export type TFidelityRepository = ReturnType<typeof createFidelityRepository>;
