import { AppError } from '@lots/core';
import type { TIssue } from '@lots/core';
import type { TImportGrantsResult } from '@lots/contracts';
import type { TRepositories } from '@lots/db';
import { viewerScope, type TReportViewer } from '../reports/report-scope.ts';
import type { TLots } from '../runtime.ts';
import { notFound, requireFinanceAssociation } from '../socio/finance-access.ts';
import { parseGrantTable } from './grant-table.ts';

/**
 * Imports a state-grant table into an association (funding.md "State grants"): one
 * funding decision per municipality and year with an amount, its period of use
 * (`grantUsePeriod`) and its reporting due dates (`grantReporting`), for the association's
 * programme in that municipality (matched by the programme's municipality name, key or
 * name), from the funder (default Socialstyrelsen, kind state), created if missing.
 * All or nothing: every unreadable cell and unmatched municipality is reported.
 * Re-importing replaces the amounts (reference "statsbidrag YYYY"). Analysts with the
 * whole association, or the command line.
 */
export async function importGrants(
  lots: TLots,
  viewer: TReportViewer,
  body: { association: string; csv: string; funder?: string | undefined },
  meta: { ip: string | null },
): Promise<TImportGrantsResult> {
  const parsed = parseGrantTable(body.csv);
  return lots.db.inScope(viewerScope(viewer), async (r) => {
    const association =
      viewer.kind === 'system'
        ? await r.organisation.findAssociationByKey(body.association)
        : (
            await requireFinanceAssociation(r, viewer.access, body.association, 'analyst', [
              'body',
              'association',
            ])
          ).association;
    if (!association) throw notFound('association', body.association, ['association']);
    const issues: TIssue[] = [...parsed.issues];
    const match = await matcher(r, association.id);
    const targets = parsed.rows.map((row) => {
      const found = match(row.municipality);
      if (typeof found === 'string')
        issues.push({ path: ['csv', row.line, 'municipality'], message: found });
      return { row, programmeId: typeof found === 'string' ? null : found.id };
    });
    if (issues.length > 0)
      throw new AppError('VALIDATION_FAILED', 'invalid grant table', {
        issues,
        userMessage: 'Bidragstabellen kunde inte läsas in: se raderna och kolumnerna som anges.',
      });
    const funderName = body.funder ?? 'Socialstyrelsen';
    const funderId =
      (await r.funding.findFunderByName(association.id, funderName))?.id ??
      (await r.funding.insertFunder({
        associationId: association.id,
        name: funderName,
        kind: 'state',
      }));
    let decisions = 0;
    const lastYear = Math.max(...parsed.years);
    for (const t of targets)
      for (const a of t.row.amounts) {
        if (a.amount === 0 || t.programmeId === null) continue;
        const use = grantUsePeriod(a.year, lastYear);
        await r.funding.upsertDecision(
          {
            programmeId: t.programmeId,
            funderId,
            year: a.year,
            amount: a.amount,
            useFrom: use.from,
            useTo: use.to,
            conditions: null,
            reporting: JSON.stringify(grantReporting(a.year, use.to)),
            reference: `statsbidrag ${a.year}`,
            createdBy: viewer.kind === 'user' ? viewer.access.user.id : null,
          },
          { keepReporting: true },
        );
        decisions++;
      }
    await r.audit.append({
      action: 'import',
      entity: 'funding_decision',
      userEmail: viewer.kind === 'user' ? viewer.access.user.email : null,
      ip: meta.ip,
      details: { association: association.key, rows: parsed.rows.length, decisions },
    });
    return {
      funder: funderName,
      rows: parsed.rows.length,
      decisions,
      total: parsed.rows.reduce((s, row) => s + row.amounts.reduce((x, a) => x + a.amount, 0), 0),
      years: parsed.years,
    };
  });
}

/**
 * The period in which a year's grant may be used (seed 000 p. 14, funding.md "State
 * grants"): "Socialstyrelsen beslutade att förlänga användningstiden för 2011 2012 års
 * medel t.o.m. juni 2013", and "Användningstiden för 2013 års medel upphörde den 31
 * december 2013". So a year before the table's last runs to 30 June of the last year;
 * the last year's grant runs to its 31 December.
 */
export function grantUsePeriod(year: number, lastYear: number): { from: string; to: string } {
  return {
    from: `${year}-01-01`,
    to: year < lastYear ? `${lastYear}-06-30` : `${year}-12-31`,
  };
}

/**
 * The reports a grant asks for (seed 000 p. 14 and 16: "två delredovisningar där de
 * skulle redovisa aktiviteter och förbrukning av statsbidrag", and final reports of
 * the use of the money requested after the period of use): an interim report after
 * each calendar year of use before the last, and a final report after the year the
 * use ends. The seed gives no day; Lots sets 31 January, which the user can change.
 */
export function grantReporting(
  year: number,
  useTo: string,
): { due: string; label: string; sentAt: null }[] {
  const endYear = Number(useTo.slice(0, 4));
  const interim = Array.from({ length: Math.max(0, endYear - year) }, (_, i) => ({
    due: `${year + i + 1}-01-31`,
    label: `Delredovisning ${year + i}: aktiviteter och förbrukning`,
    sentAt: null,
  }));
  return [
    ...interim,
    {
      due: `${endYear + 1}-01-31`,
      label: 'Slutredovisning: hur medlen har använts',
      sentAt: null,
    },
  ];
}

/** Finds the association's programme for a municipality name; a string is the problem. */
async function matcher(r: TRepositories, associationId: string) {
  const [programmes, municipalities] = await Promise.all([
    r.organisation.listProgrammes(),
    r.reference.listMunicipalities(),
  ]);
  const nameOf = new Map(municipalities.map((m) => [m.code, m.name.toLowerCase()]));
  const own = programmes.filter((p) => p.associationId === associationId);
  return (name: string): { id: string } | string => {
    const n = name.toLowerCase();
    const hits = own.filter(
      (p) =>
        p.key.toLowerCase() === n ||
        p.name.toLowerCase() === n ||
        (p.municipalityCode !== null && nameOf.get(p.municipalityCode) === n),
    );
    const top = hits.filter((p) => p.parentId === null);
    const chosen = top.length === 1 ? top : hits;
    if (chosen.length === 1 && chosen[0]) return { id: chosen[0].id };
    return chosen.length === 0
      ? `no programme of the association in ${name}`
      : `${chosen.length} programmes of the association match ${name}: name one by key`;
  };
}
