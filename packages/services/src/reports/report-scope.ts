import { AppError, isIsoDate, type TIssue, type TPeriod } from '@lots/core';
import { systemScope, type TRepositories, type TScope } from '@lots/db';
import { hasPersonalData, scopeFor, type TAccess } from '../auth/access.ts';
import { descendantsOf } from '../participants/list-participants.ts';
import { isoToday } from '../time.ts';

/**
 * Who asks for a report: a signed-in user (API), or the command line, which runs on
 * its own data directory with exact figures (interchange.md "Reports from the CLI are
 * exact; `--suppress` applies the small-number rules").
 */
export type TReportViewer = { kind: 'user'; access: TAccess } | { kind: 'system' };

export type TReportTarget = {
  programme?: string | undefined;
  association?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  suppress?: boolean | undefined;
};

export type TResolvedReport = {
  /** The programmes counted: the one asked for with its sub-programmes, an association's, or all visible. */
  programmeIds: string[];
  associationIds: string[];
  /** The programme asked for (its targets are the report's), when one was. */
  rootProgrammeId: string | null;
  header: { programme?: string; association?: string; period: TPeriod; suppressed: boolean };
  /** true = small-number suppression applies (outcomes.md "Small numbers"). */
  suppressed: boolean;
  /** Counts 1 … threshold−1 are suppressed (LOTS_SUPPRESSION_THRESHOLD, default 5). */
  threshold: number;
};

export function viewerScope(viewer: TReportViewer): TScope {
  return viewer.kind === 'system' ? systemScope() : scopeFor(viewer.access);
}

function notFound(what: string, key: string, field: string): AppError {
  return new AppError('NOT_FOUND', `${what} ${key} not found`, {
    issues: [{ path: ['querystring', field], message: `no such ${what} in your access` }],
  });
}

/**
 * The report's programmes and whether its figures are suppressed. Unknown and
 * out-of-scope keys are both 404. Exact figures only for a viewer with personal-data
 * access (supervisor, specialist) on every programme counted, and never with
 * `suppress=true` (outcomes.md "Small numbers"; privacy.md "Roles").
 */
export async function resolveReportScope(
  r: TRepositories,
  viewer: TReportViewer,
  target: TReportTarget,
  now: Date,
  threshold = 5,
): Promise<TResolvedReport> {
  if (target.programme && target.association) {
    throw new AppError('VALIDATION_FAILED', 'programme and association both given', {
      issues: [
        {
          path: ['querystring', 'association'],
          message: 'give programme or association, not both',
        },
      ],
      userMessage: 'Välj antingen program eller förbund, inte båda.',
    });
  }
  const dateIssues: TIssue[] = (['from', 'to'] as const)
    .filter((field) => target[field] !== undefined && !isIsoDate(target[field] ?? ''))
    .map((field) => ({
      path: ['querystring', field],
      message: 'must be a real calendar date YYYY-MM-DD',
    }));
  if (dateIssues.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'invalid period', {
      issues: dateIssues,
      userMessage: 'Perioden måste anges med riktiga datum, till exempel 2024-01-31.',
    });
  }
  const today = isoToday(now);
  const period: TPeriod = {
    from: target.from ?? `${today.slice(0, 4)}-01-01`,
    to: target.to ?? today,
  };
  if (period.from > period.to) {
    throw new AppError('VALIDATION_FAILED', 'period ends before it starts', {
      issues: [{ path: ['querystring', 'to'], message: `must be on or after from ${period.from}` }],
      userMessage: 'Periodens slutdatum (to) måste vara samma som eller efter startdatumet.',
    });
  }
  const tree = await r.organisation.programmeTree();
  const visible = (ids: string[]) =>
    viewer.kind === 'system' ? ids : ids.filter((id) => viewer.access.programmes.has(id));
  let programmeIds: string[];
  let rootProgrammeId: string | null = null;
  const header: TResolvedReport['header'] = { period, suppressed: false };
  if (target.programme) {
    const programme = await r.organisation.findProgrammeByKey(target.programme);
    if (!programme) throw notFound('programme', target.programme, 'programme');
    programmeIds = visible(descendantsOf(programme.id, tree));
    rootProgrammeId = programme.id;
    header.programme = programme.key;
  } else if (target.association) {
    const association = await r.organisation.findAssociationByKey(target.association);
    if (!association) throw notFound('association', target.association, 'association');
    programmeIds = visible(tree.filter((p) => p.associationId === association.id).map((p) => p.id));
    header.association = association.key;
  } else {
    programmeIds = visible(tree.map((p) => p.id));
  }
  if (programmeIds.length === 0) {
    throw new AppError('FORBIDDEN', 'no programme to report on', {
      userMessage: 'Du har ingen behörighet till något program att ta fram rapporter för.',
    });
  }
  const exact =
    viewer.kind === 'system' ||
    programmeIds.every((id) => {
      const grant = viewer.access.programmes.get(id);
      return grant !== undefined && hasPersonalData(grant);
    });
  const suppressed = target.suppress === true || !exact;
  header.suppressed = suppressed;
  const associationIds = [
    ...new Set(tree.filter((p) => programmeIds.includes(p.id)).map((p) => p.associationId)),
  ];
  return { programmeIds, associationIds, rootProgrammeId, header, suppressed, threshold };
}
