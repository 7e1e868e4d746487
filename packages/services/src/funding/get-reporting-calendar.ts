import { AppError } from '@lots/core';
import type { TReportingCalendar } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import { descendantsOf } from '../participants/list-participants.ts';
import type { TLots } from '../runtime.ts';
import { requireFinanceAssociation, requireFinanceProgramme } from '../socio/finance-access.ts';
import { isoToday } from '../time.ts';
import { reportingOf } from './funding-out.ts';

/**
 * The reporting calendar (funding.md "What Lots keeps": what report is due to which
 * funder when, and whether it was sent): the reports of every decision of a programme
 * (with its sub-programmes) or an association, due on or after `from` (default today),
 * plus any earlier ones not yet sent (overdue). Sent ones only with includeSent.
 */
export async function getReportingCalendar(
  lots: TLots,
  access: TAccess,
  query: {
    programme?: string | undefined;
    association?: string | undefined;
    from?: string | undefined;
    includeSent?: 'true' | 'false' | undefined;
  },
): Promise<TReportingCalendar> {
  if ((query.programme === undefined) === (query.association === undefined))
    throw new AppError('VALIDATION_FAILED', 'programme or association', {
      issues: [
        {
          path: ['querystring', 'programme'],
          message: 'give programme or association (one of them)',
        },
      ],
      userMessage: 'Välj antingen ett program eller ett förbund.',
    });
  const today = isoToday(lots.now());
  const from = query.from ?? today;
  return lots.db.inScope(scopeFor(access), async (r) => {
    let ids: string[];
    if (query.programme !== undefined) {
      const { programme } = await requireFinanceProgramme(r, access, query.programme, 'read', [
        'querystring',
        'programme',
      ]);
      const tree = await r.organisation.programmeTree();
      ids = descendantsOf(programme.id, tree).filter((id) => access.programmes.has(id));
    } else {
      ids = (
        await requireFinanceAssociation(r, access, query.association ?? '', 'read', [
          'querystring',
          'association',
        ])
      ).programmeIds;
    }
    const decisions = await r.funding.listDecisions(ids);
    const items = decisions.flatMap((d) =>
      reportingOf(d.reporting).map((rep, index) => ({
        due: rep.due,
        label: rep.label,
        sentAt: rep.sentAt ?? null,
        overdue: rep.due < today && !rep.sentAt,
        decisionId: d.id,
        index,
        programme: d.programmeKey,
        funder: d.funderName,
        year: d.year,
      })),
    );
    return {
      items: items
        .filter((i) => (i.due >= from || i.overdue) && (query.includeSent === 'true' || !i.sentAt))
        .sort((a, b) => a.due.localeCompare(b.due) || a.programme.localeCompare(b.programme)),
    };
  });
}
