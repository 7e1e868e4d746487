import { AppError, type TIssue } from '@lots/core';
import type { TDataset } from '@lots/contracts';
import { systemScope, type TRepositories } from '@lots/db';
import type { TLots } from '../runtime.ts';
import { validateDataset } from './validate-dataset.ts';
import {
  writeHeader,
  writeParticipants,
  writtenFirst,
  type TImportSummary,
} from './write-dataset.ts';

export { eventData, statusOf, type TImportSummary } from './write-dataset.ts';

export type TImportResult = { ok: true; summary: TImportSummary } | { ok: false; issues: TIssue[] };

/** The municipality codes import checks against (the SCB list). */
export async function municipalityCodes(lots: TLots): Promise<Set<string>> {
  return new Set(
    (await lots.db.unscoped((r) => r.reference.listMunicipalities())).map((m) => m.code),
  );
}

/** Imports of at least this many participants and events refresh the planner's statistics. */
const ANALYZE_AFTER_ROWS = 1000;

/** privacy.md "Audit log": every participant whose personal data was written, same transaction. */
export async function auditImport(
  r: TRepositories,
  participants: readonly { programme: string; key: string }[],
): Promise<void> {
  await r.audit.appendPerEnrolment(
    { action: 'import', reason: 'lots import' },
    { keys: participants.map((p) => ({ programme: p.programme, key: p.key })) },
  );
}

/**
 * A bulk load leaves the planner's statistics behind the data (a report right after
 * it ran 100 times slower); a handful of rows cannot mislead it.
 */
export async function refreshStatisticsAfter(
  lots: TLots,
  summary: TImportSummary,
): Promise<boolean> {
  if (summary.participants + summary.events < ANALYZE_AFTER_ROWS) return false;
  await lots.raw.refreshStatistics();
  return true;
}

/**
 * `lots import` of a document in memory: validates the whole document first and
 * writes nothing on any error (every error is reported with its JSON path); then
 * writes everything in one transaction. Keys are matched, so importing the same
 * document twice leaves one copy. Files too big for one string go through
 * `importDatasetFile` instead, which keeps the same rules.
 */
export async function importDataset(
  lots: TLots,
  input: unknown,
  options: { actor?: string | null } = {},
): Promise<TImportResult> {
  const checked = validateDataset(input, { municipalityCodes: await municipalityCodes(lots) });
  if (!checked.ok) return { ok: false, issues: checked.issues };
  const { participants, ...header } = checked.dataset;
  // As `lots import FILE`: on a server, COPY, and an initial load into an empty database (ADR 0007).
  const bulk = { bulk: true };
  const summary = await lots.db.inScope(
    systemScope(options.actor ?? null),
    async (r) => {
      const w = r.datasetWriter;
      if (!w) throw new AppError('INTERNAL', 'import needs the system scope');
      // The programmes' data versions move once, at the end (ADR 0008).
      await r.dataVersions.defer();
      const ctx = await writeHeader(w, header, async () => givenCaseNumbers(participants));
      await w.beginInitialLoad();
      // Closed entries first, so a person's closed enrolment is written before their new open one.
      await writeParticipants(lots, w, ctx, [
        ...participants.filter(writtenFirst),
        ...participants.filter((p) => !writtenFirst(p)),
      ]);
      await w.finishInitialLoad();
      await r.dataVersions.bump([...ctx.programmeIds.values()]);
      await auditImport(r, participants);
      return ctx.summary;
    },
    bulk,
  );
  await refreshStatisticsAfter(lots, summary);
  return { ok: true, summary };
}

/** The case numbers the document gives, per programme key. */
function givenCaseNumbers(participants: TDataset['participants']): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  for (const p of participants) {
    if (p.caseNumber) used.set(p.programme, (used.get(p.programme) ?? new Set()).add(p.caseNumber));
  }
  return used;
}
