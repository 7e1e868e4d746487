import { AppError } from '@lots/core';
import {
  datasetFormat,
  datasetVersion,
  type TDataset,
  type TEvent,
  type TParticipant,
} from '@lots/contracts';
import { systemScope, type TRepositories } from '@lots/db';
import type { TLots } from '../runtime.ts';
import { descendantsOf } from '../participants/list-participants.ts';

type TIncomeRow = { phase: string; source: string; monthly: number | null; tax: number | null };

/** Drops undefined and null members so that the document shows only what is known. */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null),
  ) as T;
}

function income(rows: TIncomeRow[]) {
  return rows.map((r) =>
    compact({ source: r.source, monthly: r.monthly ?? undefined, tax: r.tax ?? undefined }),
  ) as {
    source: never;
    monthly?: number;
    tax?: number;
  }[];
}

/** Enrolments per page of `lots export`: the export never holds all events at once. */
const PAGE = 500;

type TExportFilter = { programme?: string; association?: string };

/**
 * `lots export`: the whole dataset of a programme (with its sub-programmes), an
 * association, or everything, as a `lots-dataset` v1 document. Export → import →
 * export gives the same document. For documents that fit in memory; `lots export`
 * itself writes the same text with `exportDatasetText`, a page at a time.
 */
export async function exportDataset(
  lots: TLots,
  filter: TExportFilter = {},
  options: { actor?: string | null } = {},
): Promise<TDataset> {
  return lots.db.inScope(systemScope(options.actor ?? null), async (r) => {
    const { header, pages } = await exportParts(lots, r, filter);
    const participants: TParticipant[] = [];
    for await (const page of pages) participants.push(...page);
    return { ...header, participants };
  });
}

/**
 * The text of `JSON.stringify(exportDataset(…), null, 2) + '\n'`, in pieces: the
 * organisation first, then the participants a page at a time (issue 7: a national
 * export is gigabytes). `write` gets each piece in order and may wait (back-pressure).
 */
export async function exportDatasetText(
  lots: TLots,
  write: (text: string) => Promise<void>,
  filter: TExportFilter = {},
  options: { actor?: string | null } = {},
): Promise<void> {
  await lots.db.inScope(systemScope(options.actor ?? null), async (r) => {
    const { header, pages } = await exportParts(lots, r, filter);
    const head = JSON.stringify(header, null, 2);
    await write(`${head.slice(0, -2)},\n  "participants": [`);
    let count = 0;
    for await (const page of pages) {
      let text = '';
      for (const p of page) {
        const body = JSON.stringify(p, null, 2).replace(/\n/g, '\n    ');
        text += `${count === 0 ? '' : ','}\n    ${body}`;
        count++;
      }
      if (text) await write(text);
    }
    await write(count === 0 ? ']\n}\n' : '\n  ]\n}\n');
  });
}

async function exportParts(lots: TLots, r: TRepositories, filter: TExportFilter) {
  const rd = r.datasetReader;
  if (!rd) throw new AppError('INTERNAL', 'export needs the system scope');
  const all = await rd.allProgrammes();
  let programmes = all;
  if (filter.programme) {
    const root = all.find((p) => p.key === filter.programme);
    if (!root)
      throw new AppError('NOT_FOUND', `No programme ${filter.programme}`, {
        issues: [{ path: ['programme'], message: `no programme with key ${filter.programme}` }],
      });
    const ids = new Set(descendantsOf(root.id, all));
    programmes = all.filter((p) => ids.has(p.id));
  } else if (filter.association) {
    const a = await r.organisation.findAssociationByKey(filter.association);
    if (!a)
      throw new AppError('NOT_FOUND', `No association ${filter.association}`, {
        issues: [
          { path: ['association'], message: `no association with key ${filter.association}` },
        ],
      });
    programmes = all.filter((p) => p.associationId === a.id);
  }
  const programmeIds = programmes.map((p) => p.id);
  // privacy.md "Audit log": every participant whose data (identity decrypted) is exported.
  await r.audit.appendPerEnrolment({ action: 'export', reason: 'lots export' }, { programmeIds });
  const keyOfProgramme = new Map(all.map((p) => [p.id, p.key]));
  const associationIdList = [...new Set(programmes.map((p) => p.associationId))];
  const [associations, targets, teams, specialists, employers, enrolmentList, ownDefinitions] =
    await Promise.all([
      rd.associations(associationIdList),
      rd.targets(programmeIds),
      rd.teams(programmeIds),
      rd.specialists(programmeIds),
      rd.employers(associationIdList),
      rd.enrolmentList(programmeIds),
      rd.outcomeDefinitions(associationIdList, programmeIds),
    ]);
  const definitionsOf = (associationId: string, programmeId: string | null) => {
    const list = ownDefinitions
      .filter((d) => d.associationId === associationId && d.programmeId === programmeId)
      .map((d) => ({ key: d.key, label: d.label, definition: d.definition as never }));
    return list.length > 0 ? list : undefined;
  };
  const associationKey = new Map(associations.map((a) => [a.id, a.key]));
  const teamKey = new Map(teams.map((t) => [t.id, t.key]));
  const specialistKey = new Map(specialists.map((s) => [s.id, s.key]));
  const employerKey = new Map(employers.map((e) => [e.id, e.key]));
  const group = <T extends { enrolmentId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const row of rows) {
      const list = m.get(row.enrolmentId);
      if (list) list.push(row);
      else m.set(row.enrolmentId, [row]);
    }
    return m;
  };
  const dec = (v: string | null, erased: unknown) =>
    v && !erased ? lots.cipher.decrypt(v) : undefined;

  const order = enrolmentList.sort((a, b) => {
    const pa = keyOfProgramme.get(a.programmeId) ?? '';
    const pb = keyOfProgramme.get(b.programmeId) ?? '';
    return pa === pb ? a.caseNumber.localeCompare(b.caseNumber) : pa.localeCompare(pb);
  });
  const reader = rd;
  async function* pages(): AsyncGenerator<TParticipant[]> {
    for (let i = 0; i < order.length; i += PAGE) {
      const ids = order.slice(i, i + PAGE).map((e) => e.id);
      const [rows, incomes, events, followUps] = await Promise.all([
        reader.enrolmentsByIds(ids),
        reader.incomeSourcesOf(ids),
        reader.eventsOf(ids),
        reader.followUpsOf(ids),
      ]);
      const byId = new Map(rows.map((e) => [e.id, e]));
      const incomeBy = group(incomes);
      const eventsBy = group(events);
      const followBy = group(followUps);
      yield ids.map((id) => {
        const e = byId.get(id);
        if (!e) throw new AppError('INTERNAL', `enrolment ${id} vanished during the export`);
        return participantOf(e, incomeBy, eventsBy, followBy);
      });
    }
  }
  const participantOf = (
    e: Awaited<ReturnType<typeof rd.enrolmentsByIds>>[number],
    incomeBy: Map<string, Awaited<ReturnType<typeof rd.incomeSourcesOf>>>,
    eventsBy: Map<string, Awaited<ReturnType<typeof rd.eventsOf>>>,
    followBy: Map<string, Awaited<ReturnType<typeof rd.followUpsOf>>>,
  ): TParticipant => {
    const inc = incomeBy.get(e.id) ?? [];
    const baselineIncome = inc.filter((i) => i.phase === 'baseline');
    const exitIncome = inc.filter((i) => i.phase === 'exit');
    const identity = compact({
      name: dec(e.nameEnc, e.erasedAt),
      personalNumber: dec(e.personalNumberEnc, e.erasedAt),
      phone: dec(e.phoneEnc, e.erasedAt),
      email: dec(e.emailEnc, e.erasedAt),
    });
    const baseline = compact({
      incomeSources: baselineIncome.length > 0 || e.enrolledAt ? income(baselineIncome) : undefined,
      timeOnSupport: e.timeOnSupport ?? undefined,
      housingSupportHoursPerWeek: e.housingSupportHours ?? undefined,
      diagnosisGroup: e.diagnosisGroup ?? undefined,
      goal: e.goal ?? undefined,
      networkAgencies: e.networkAgencies ?? undefined,
      preferences: e.preferences ?? undefined,
    });
    return compact({
      key: e.key,
      person: e.personKey === e.key ? undefined : e.personKey,
      programme: keyOfProgramme.get(e.programmeId) ?? '',
      caseNumber: e.caseNumber,
      sex: e.sex,
      birthYear: e.birthYear,
      municipality: e.municipalityCode,
      education: e.education,
      referral: compact({
        date: e.referralDate,
        source: e.referralSource,
        officer: e.referralOfficer ?? undefined,
        organisation: e.referralOrganisation ?? undefined,
      }),
      enrolledAt: e.enrolledAt ?? undefined,
      specialist: e.specialistId ? specialistKey.get(e.specialistId) : undefined,
      consent: e.consentDate
        ? compact({
            date: e.consentDate,
            participation: true as const,
            handBack: e.consentHandBack ?? false,
            survey: e.consentSurvey ?? false,
            withdrawnAt: e.consentWithdrawnAt ?? undefined,
          })
        : undefined,
      baseline: Object.keys(baseline).length > 0 ? baseline : undefined,
      queue:
        e.queuePriority !== null
          ? compact({ priority: e.queuePriority, acceptedAt: e.queueAcceptedAt ?? undefined })
          : undefined,
      declined:
        e.declinedAt && e.declinedReason
          ? { date: e.declinedAt, reason: e.declinedReason }
          : undefined,
      withdrawn: e.withdrawnAt
        ? compact({ date: e.withdrawnAt, reason: e.withdrawnReason ?? undefined })
        : undefined,
      identity: Object.keys(identity).length > 0 ? identity : undefined,
      events: (eventsBy.get(e.id) ?? []).map(
        (ev) =>
          compact({
            type: ev.type,
            date: ev.date,
            ...(ev.employerId ? { employer: employerKey.get(ev.employerId) } : {}),
            ...ev.data,
            specialist:
              ev.specialistId && ev.specialistId !== e.specialistId
                ? specialistKey.get(ev.specialistId)
                : undefined,
            voided: ev.voidedReason ? { reason: ev.voidedReason } : undefined,
          }) as unknown as TEvent,
      ),
      closure:
        e.closedAt && e.closureReason
          ? compact({
              date: e.closedAt,
              reason: e.closureReason,
              exitIncomeSources: exitIncome.length > 0 ? income(exitIncome) : undefined,
              summary: e.closureSummary ?? undefined,
              handBackTo: e.handBackTo ?? undefined,
            })
          : undefined,
      followUps: (followBy.get(e.id) ?? []).map((f) =>
        compact({
          date: f.date,
          status: f.status,
          months: f.months ?? undefined,
          incomeSources: f.incomeSources ?? undefined,
          note: f.note ?? undefined,
        }),
      ),
    } as unknown as TParticipant);
  };

  const targetsBy = new Map<string, typeof targets>();
  for (const t of targets)
    targetsBy.set(t.programmeId, [...(targetsBy.get(t.programmeId) ?? []), t]);
  const teamsBy = new Map<string, typeof teams>();
  for (const t of teams) teamsBy.set(t.programmeId, [...(teamsBy.get(t.programmeId) ?? []), t]);

  const header: Omit<TDataset, 'participants'> = {
    format: datasetFormat,
    version: datasetVersion,
    associations: associations.map((a) =>
      compact({ key: a.key, name: a.name, outcomeDefinitions: definitionsOf(a.id, null) }),
    ),
    programmes: programmes.map((p) =>
      compact({
        key: p.key,
        name: p.name,
        association: associationKey.get(p.associationId) ?? '',
        parent: p.parentId ? (keyOfProgramme.get(p.parentId) ?? null) : null,
        municipality: p.municipalityCode ?? undefined,
        closureAfterDays: p.closureAfterDays,
        minHoursPerWeekForEmployment: p.minHoursPerWeekForEmployment,
        followUpMonths: p.followUpMonths,
        retentionYears: p.retentionYears,
        targets: targetsBy.get(p.id)?.map((t) =>
          compact({
            year: t.year,
            enrolments: t.enrolments ?? undefined,
            rates: Object.keys(t.rates).length ? t.rates : undefined,
          }),
        ),
        teams: teamsBy.get(p.id)?.map((t) => ({ key: t.key, name: t.name })),
        outcomeDefinitions: definitionsOf(p.associationId, p.id),
        priorityRules:
          Array.isArray(p.priorityRules) && p.priorityRules.length > 0
            ? p.priorityRules
            : undefined,
        caseNumberPrefix: p.caseNumberPrefix ?? undefined,
      }),
    ) as unknown as TDataset['programmes'],
    specialists: specialists.map((s) =>
      compact({
        key: s.key,
        programme: keyOfProgramme.get(s.programmeId) ?? '',
        fte: s.fte,
        name: s.name,
        team: s.teamId ? teamKey.get(s.teamId) : undefined,
      }),
    ),
    employers: employers.map((e) =>
      compact({
        key: e.key,
        name: e.name,
        association: associationKey.get(e.associationId),
        orgNumber: e.orgNumber ?? undefined,
        industry: e.industry ?? undefined,
        type: e.type ?? undefined,
      }),
    ) as unknown as TDataset['employers'],
  };
  return { header, pages: pages() };
}
