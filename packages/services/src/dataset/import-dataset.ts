import { AppError, defaultCaseNumberPrefix, nextFreeCaseNumber, type TIssue } from '@lots/core';
import { personKeyOf, type TDataset, type TEvent, type TParticipant } from '@lots/contracts';
import { systemScope, type TRepositories } from '@lots/db';
import type { TLots } from '../runtime.ts';
import { contentRefs } from './canonical.ts';
import { validateDataset } from './validate-dataset.ts';

export type TImportSummary = {
  associations: number;
  programmes: number;
  specialists: number;
  employers: number;
  participants: number;
  events: number;
};

/** The status an entry of the document stands for. */
export function statusOf(p: TParticipant): string {
  if (p.closure) return 'closed';
  if (p.enrolledAt) return 'enrolled';
  if (p.declined) return 'declined';
  if (p.withdrawn) return 'withdrawn';
  if (p.queue) return 'waiting';
  return 'referred';
}

/** Event fields kept in `event.data`: everything but what has its own column. */
export function eventData(e: TEvent): Record<string, unknown> {
  const { type: _t, date: _d, specialist: _s, voided: _v, ...rest } = e;
  if ('employer' in rest) delete (rest as { employer?: unknown }).employer;
  return rest;
}

/** Imports of at least this many participants and events refresh the planner's statistics. */
const ANALYZE_AFTER_ROWS = 1000;

/**
 * `lots import`: validates the whole document first and writes nothing on any error
 * (every error is reported with its JSON path); then writes everything in one
 * transaction. Keys are matched, so importing the same document twice leaves one copy.
 */
export async function importDataset(
  lots: TLots,
  input: unknown,
  options: { actor?: string | null } = {},
): Promise<{ ok: true; summary: TImportSummary } | { ok: false; issues: TIssue[] }> {
  const municipalityCodes = new Set(
    (await lots.db.unscoped((r) => r.reference.listMunicipalities())).map((m) => m.code),
  );
  const checked = validateDataset(input, { municipalityCodes });
  if (!checked.ok) return { ok: false, issues: checked.issues };
  const dataset = checked.dataset;
  const summary = await lots.db.inScope(systemScope(options.actor ?? null), async (r) => {
    const written = await writeDataset(lots, r, dataset);
    // privacy.md "Audit log": every participant whose personal data was written, same transaction.
    await r.audit.appendPerEnrolment(
      { action: 'import', reason: 'lots import' },
      { keys: dataset.participants.map((p) => ({ programme: p.programme, key: p.key })) },
    );
    return written;
  });
  // A bulk load leaves the planner's statistics behind the data (reports after it ran
  // 100 times slower); a handful of rows cannot mislead it.
  if (summary.participants + summary.events >= ANALYZE_AFTER_ROWS)
    await lots.raw.refreshStatistics();
  return { ok: true, summary };
}

async function writeDataset(lots: TLots, r: TRepositories, doc: TDataset): Promise<TImportSummary> {
  const w = r.datasetWriter;
  if (!w) throw new AppError('INTERNAL', 'import needs the system scope');
  const summary: TImportSummary = {
    associations: 0,
    programmes: 0,
    specialists: 0,
    employers: 0,
    participants: 0,
    events: 0,
  };

  const associationIds = new Map<string, string>();
  for (const a of doc.associations) {
    const associationId = await w.upsertAssociation({ key: a.key, name: a.name });
    associationIds.set(a.key, associationId);
    for (const d of a.outcomeDefinitions ?? []) {
      await w.upsertOutcomeDefinition({
        associationId,
        programmeId: null,
        key: d.key,
        label: d.label,
        definition: JSON.stringify(d.definition),
      });
    }
    summary.associations++;
  }

  // Parents before children.
  const programmeIds = new Map<string, string>();
  const pending = [...doc.programmes];
  while (pending.length > 0) {
    const index = pending.findIndex((p) => p.parent === null || programmeIds.has(p.parent));
    const p = pending.splice(index === -1 ? 0 : index, 1)[0];
    if (!p) break;
    const id = await w.upsertProgramme({
      key: p.key,
      name: p.name,
      associationId: mustGet(associationIds, p.association),
      parentId: p.parent === null ? null : mustGet(programmeIds, p.parent),
      municipalityCode: p.municipality,
      closureAfterDays: p.closureAfterDays,
      minHoursPerWeekForEmployment: p.minHoursPerWeekForEmployment,
      followUpMonths: p.followUpMonths,
      retentionYears: p.retentionYears,
      caseNumberPrefix: p.caseNumberPrefix ?? null,
      priorityRules: JSON.stringify(p.priorityRules ?? []),
    });
    programmeIds.set(p.key, id);
    for (const d of p.outcomeDefinitions ?? []) {
      await w.upsertOutcomeDefinition({
        associationId: mustGet(associationIds, p.association),
        programmeId: id,
        key: d.key,
        label: d.label,
        definition: JSON.stringify(d.definition),
      });
    }
    for (const t of p.targets ?? []) {
      await w.upsertTarget({
        programmeId: id,
        year: t.year,
        enrolments: t.enrolments ?? null,
        rates: JSON.stringify(t.rates ?? {}),
      });
    }
    summary.programmes++;
  }

  const teamIds = new Map<string, string>();
  for (const p of doc.programmes) {
    for (const t of p.teams ?? []) {
      const programmeId = mustGet(programmeIds, p.key);
      teamIds.set(
        `${p.key}/${t.key}`,
        await w.upsertTeam({ programmeId, key: t.key, name: t.name }),
      );
    }
  }

  const specialistIds = new Map<string, string>();
  for (const s of doc.specialists) {
    specialistIds.set(
      s.key,
      await w.upsertSpecialist({
        programmeId: mustGet(programmeIds, s.programme),
        key: s.key,
        name: s.name,
        fte: s.fte,
        teamId: s.team ? mustGet(teamIds, `${s.programme}/${s.team}`) : null,
      }),
    );
    summary.specialists++;
  }

  const onlyAssociation = doc.associations.length === 1 ? doc.associations[0]?.key : undefined;
  const employerIds = new Map<string, string>();
  for (const e of doc.employers) {
    const association = e.association ?? onlyAssociation;
    if (!association) throw new AppError('INTERNAL', `employer ${e.key} has no association`);
    employerIds.set(
      e.key,
      await w.upsertEmployer({
        associationId: mustGet(associationIds, association),
        key: e.key,
        name: e.name,
        orgNumber: e.orgNumber ?? null,
        industry: e.industry ?? null,
        type: e.type ?? null,
      }),
    );
    summary.employers++;
  }

  // Closed entries first, so a person's closed enrolment is written before their new open one.
  const order = (p: TParticipant) => (p.closure || p.declined || p.withdrawn ? 0 : 1);
  const participants = [...doc.participants].sort((a, b) => order(a) - order(b));
  const usedCaseNumbers = new Map<string, Set<string>>();
  for (const p of participants) {
    if (p.caseNumber)
      usedCaseNumbers.set(
        p.programme,
        (usedCaseNumbers.get(p.programme) ?? new Set()).add(p.caseNumber),
      );
  }

  for (const p of participants) {
    const programmeId = mustGet(programmeIds, p.programme);
    const participantId = await w.upsertParticipant({ programmeId, key: personKeyOf(p) });
    if (p.identity) {
      const id = p.identity;
      await w.upsertIdentity({
        participantId,
        programmeId,
        nameEnc: id.name ? lots.cipher.encrypt(id.name) : null,
        personalNumberEnc: id.personalNumber ? lots.cipher.encrypt(id.personalNumber) : null,
        personalNumberHmac: id.personalNumber ? lots.cipher.lookupHash(id.personalNumber) : null,
        phoneEnc: id.phone ? lots.cipher.encrypt(id.phone) : null,
        emailEnc: id.email ? lots.cipher.encrypt(id.email) : null,
      });
    }
    const existing = await w.findEnrolmentByKey(programmeId, p.key);
    const caseNumber =
      p.caseNumber ??
      existing?.caseNumber ??
      (await nextCaseNumber(w, doc, p, programmeId, usedCaseNumbers));
    const specialistId = p.specialist ? mustGet(specialistIds, p.specialist) : null;
    const b = p.baseline;
    const enrolmentId = await w.upsertEnrolment({
      programmeId,
      participantId,
      key: p.key,
      caseNumber,
      status: statusOf(p),
      sex: p.sex,
      birthYear: p.birthYear,
      municipalityCode: p.municipality,
      education: p.education,
      referralDate: p.referral.date,
      referralSource: p.referral.source,
      referralOfficer: p.referral.officer ?? null,
      referralOrganisation: p.referral.organisation ?? null,
      queuePriority: p.queue?.priority ?? null,
      queueAcceptedAt: p.queue?.acceptedAt ?? null,
      declinedAt: p.declined?.date ?? null,
      declinedReason: p.declined?.reason ?? null,
      withdrawnAt: p.withdrawn?.date ?? null,
      withdrawnReason: p.withdrawn?.reason ?? null,
      enrolledAt: p.enrolledAt ?? null,
      specialistId,
      consentDate: p.consent?.date ?? null,
      consentParticipation: p.consent ? p.consent.participation : null,
      consentHandBack: p.consent?.handBack ?? null,
      consentSurvey: p.consent?.survey ?? null,
      consentWithdrawnAt: p.consent?.withdrawnAt ?? null,
      timeOnSupport: b?.timeOnSupport ?? null,
      housingSupportHours: b?.housingSupportHoursPerWeek ?? null,
      diagnosisGroup: b?.diagnosisGroup ?? null,
      goal: b?.goal ?? null,
      networkAgencies: b?.networkAgencies ?? null,
      preferences: b?.preferences ?? null,
      closedAt: p.closure?.date ?? null,
      closureReason: p.closure?.reason ?? null,
      closureSummary: p.closure?.summary ?? null,
      handBackTo: p.closure?.handBackTo ?? null,
      updatedAt: new Date(),
    });
    await w.replaceIncomeSources(enrolmentId, programmeId, [
      ...(b?.incomeSources ?? []).map((s, i) => ({
        phase: 'baseline' as const,
        position: i,
        source: s.source,
        monthly: s.monthly ?? null,
        tax: s.tax ?? null,
      })),
      ...(p.closure?.exitIncomeSources ?? []).map((s, i) => ({
        phase: 'exit' as const,
        position: i,
        source: s.source,
        monthly: s.monthly ?? null,
        tax: s.tax ?? null,
      })),
    ]);

    const refs = contentRefs(
      p.events.map((e) => ({ ...e, specialist: undefined, voided: undefined })),
    );
    await w.upsertEvents(
      p.events.map((e, i) => ({
        programmeId,
        enrolmentId,
        type: e.type,
        date: e.date,
        specialistId: e.specialist ? mustGet(specialistIds, e.specialist) : specialistId,
        employerId: 'employer' in e && e.employer ? mustGet(employerIds, e.employer) : null,
        data: JSON.stringify(eventData(e)),
        sourceRef: refs[i] ?? '',
        voidedReason: e.voided?.reason ?? null,
      })),
    );
    summary.events += p.events.length;

    const followRefs = contentRefs(p.followUps);
    await w.upsertFollowUps(
      p.followUps.map((f, i) => ({
        programmeId,
        enrolmentId,
        months: f.months ?? null,
        date: f.date,
        status: f.status,
        incomeSources: f.incomeSources ? JSON.stringify(f.incomeSources) : null,
        note: f.note ?? null,
        sourceRef: followRefs[i] ?? '',
      })),
    );
    summary.participants++;
  }
  return summary;
}

async function nextCaseNumber(
  w: NonNullable<TRepositories['datasetWriter']>,
  doc: TDataset,
  p: TParticipant,
  programmeId: string,
  used: Map<string, Set<string>>,
): Promise<string> {
  const programme = doc.programmes.find((x) => x.key === p.programme);
  const prefix = programme?.caseNumberPrefix ?? defaultCaseNumberPrefix(programme?.key ?? 'LOTS');
  const year = Number((p.enrolledAt ?? p.referral.date).slice(0, 4));
  const taken = used.get(p.programme) ?? new Set<string>();
  for (const c of await w.caseNumbersWithPrefix(programmeId, `${prefix}-${year}-`)) taken.add(c);
  const made = nextFreeCaseNumber(prefix, year, taken);
  taken.add(made);
  used.set(p.programme, taken);
  return made;
}

function mustGet(map: Map<string, string>, key: string): string {
  const v = map.get(key);
  if (v === undefined) throw new AppError('INTERNAL', `unresolved key ${key} after validation`);
  return v;
}
