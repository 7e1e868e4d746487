import { AppError, defaultCaseNumberPrefix, nextFreeCaseNumber } from '@lots/core';
import type { TCreateReferralRequest, TEnrolmentState } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import { scopeFor, type TAccess } from '../auth/access.ts';
import {
  conflict,
  enrolmentState,
  invalid,
  notInFuture,
  openEnrolmentConflict,
  intakeProgramme,
  type TMeta,
} from '../enrolment/case-work-support.ts';
import type { TLots } from '../runtime.ts';
import { isoToday } from '../time.ts';

/**
 * A referral arrives (process.md state `referred`): a new person, or a person the
 * programme already knows (re-enrolment after closure). The case number is the
 * programme's next free `PREFIX-YEAR-NNN` of the referral year. Supervisors, or a
 * specialist (the referral is then assigned to them).
 */
export async function createReferral(
  lots: TLots,
  access: TAccess,
  body: TCreateReferralRequest,
  meta: TMeta,
): Promise<TEnrolmentState> {
  try {
    return await lots.db.inScope(scopeFor(access), async (r) => {
      const { programme, ownSpecialistId } = await intakeProgramme(r, access, body.programme);
      notInFuture(body.referral.date, isoToday(lots.now()), ['body', 'referral', 'date']);
      const person = await resolvePerson(lots, r, programme.id, body.person);
      const prefix = programme.caseNumberPrefix ?? defaultCaseNumberPrefix(programme.key);
      const year = Number(body.referral.date.slice(0, 4));
      const taken = new Set(
        await r.caseWork.caseNumbersWithPrefix(programme.id, `${prefix}-${year}-`),
      );
      const caseNumber = nextFreeCaseNumber(prefix, year, taken);
      const key = await freeKey(r, programme.id, caseNumber);
      const participantId =
        person.participantId ??
        (await r.caseWork.insertParticipant({ programmeId: programme.id, key }));
      if (person.identity)
        await saveNewIdentity(lots, r, participantId, programme.id, person.identity);
      const id = await r.caseWork.insertEnrolment({
        ...EMPTY_ENROLMENT,
        programmeId: programme.id,
        participantId,
        key,
        caseNumber,
        status: 'referred',
        sex: person.facts.sex,
        birthYear: person.facts.birthYear,
        municipalityCode: person.facts.municipalityCode,
        education: person.facts.education,
        referralDate: body.referral.date,
        referralSource: body.referral.source,
        referralOfficer: body.referral.officer ?? null,
        referralOrganisation: body.referral.organisation ?? null,
        specialistId: ownSpecialistId,
      });
      if (person.incomeSources.length > 0)
        await r.caseWork.replaceIncomeSources(id, programme.id, 'baseline', person.incomeSources);
      await r.audit.append({
        action: 'create',
        entity: 'enrolment',
        entityId: participantId,
        enrolmentId: id,
        programmeId: programme.id,
        userEmail: access.user.email,
        ip: meta.ip,
        details: { caseNumber, reEnrolment: person.participantId !== null },
      });
      return enrolmentState(r, id);
    });
  } catch (error) {
    throw openEnrolmentConflict(error, ['body', 'person', 'participantId']);
  }
}

type TPersonIn = TCreateReferralRequest['person'];
type TNewPerson = Exclude<TPersonIn, { participantId: string }>;

async function resolvePerson(lots: TLots, r: TRepositories, programmeId: string, p: TPersonIn) {
  if ('participantId' in p) {
    const known = await r.caseWork.findParticipant(p.participantId);
    if (known?.programmeId !== programmeId) {
      throw new AppError('NOT_FOUND', `Participant ${p.participantId} not found in the programme`, {
        issues: [
          {
            path: ['body', 'person', 'participantId'],
            message: 'no such participant in the programme',
          },
        ],
      });
    }
    const open = await r.caseWork.findOpenEnrolment(known.id, programmeId);
    if (open) {
      throw conflict(
        ['body', 'person', 'participantId'],
        `the person already has an open enrolment ${open.caseNumber} (${open.status}) in the programme`,
        `Personen har redan en öppen inskrivning (${open.caseNumber}) i programmet.`,
      );
    }
    const facts = await r.caseWork.latestEnrolmentOf(known.id);
    if (!facts) throw new AppError('INTERNAL', `participant ${known.id} has no enrolment`);
    return { participantId: known.id, facts, identity: undefined, incomeSources: [] };
  }
  if (!(await r.caseWork.municipalityExists(p.municipality))) {
    throw invalid(
      ['body', 'person', 'municipality'],
      `no SCB municipality has the code ${p.municipality}`,
      'Kommunkoden finns inte. Ange en kommunkod från SCB, t.ex. 2184.',
    );
  }
  const pnr = p.identity?.personalNumber;
  if (pnr) {
    const same = await r.caseWork.findParticipantByPersonalNumber(
      programmeId,
      lots.cipher.lookupHash(pnr),
    );
    if (same) {
      throw conflict(
        ['body', 'person', 'identity', 'personalNumber'],
        `the person is already registered in the programme as participant ${same.participantId}: refer with person.participantId to re-enrol`,
        'Personen finns redan i programmet. Gör en ny remiss för den befintliga deltagaren.',
      );
    }
  }
  return {
    participantId: null,
    facts: {
      sex: p.sex,
      birthYear: p.birthYear,
      municipalityCode: p.municipality,
      education: p.education,
    },
    identity: p.identity,
    incomeSources: p.incomeSources ?? [],
  };
}

async function saveNewIdentity(
  lots: TLots,
  r: TRepositories,
  participantId: string,
  programmeId: string,
  identity: NonNullable<TNewPerson['identity']>,
) {
  const enc = (v: string | undefined) => (v ? lots.cipher.encrypt(v) : null);
  await r.dataSubject.saveIdentity(participantId, programmeId, {
    nameEnc: enc(identity.name),
    personalNumberEnc: enc(identity.personalNumber),
    personalNumberHmac: identity.personalNumber
      ? lots.cipher.lookupHash(identity.personalNumber)
      : null,
    phoneEnc: enc(identity.phone),
    emailEnc: enc(identity.email),
  });
}

/** The case number doubles as the key; an imported key that happens to equal it gets a suffix. */
async function freeKey(r: TRepositories, programmeId: string, caseNumber: string) {
  for (let n = 0; ; n++) {
    const key = n === 0 ? caseNumber : `${caseNumber}-${n}`;
    if (!(await r.caseWork.keyTaken(programmeId, key))) return key;
  }
}

const EMPTY_ENROLMENT = {
  queuePriority: null,
  queueAcceptedAt: null,
  declinedAt: null,
  declinedReason: null,
  withdrawnAt: null,
  withdrawnReason: null,
  enrolledAt: null,
  specialistId: null,
  consentDate: null,
  consentParticipation: null,
  consentHandBack: null,
  consentSurvey: null,
  consentWithdrawnAt: null,
  timeOnSupport: null,
  housingSupportHours: null,
  diagnosisGroup: null,
  goal: null,
  networkAgencies: null,
  preferences: null,
  closedAt: null,
  closureReason: null,
  closureSummary: null,
  handBackTo: null,
} as const;
