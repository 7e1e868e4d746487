import { AppError } from '@lots/core';
import type { TFundingDecisionOut, TMarkReportSentRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { notFound, requireFinanceRight, UUID } from '../socio/finance-access.ts';
import { decisionOut, reportingOf } from './funding-out.ts';

/** Marks one report of a decision as sent to the funder (reporting calendar). Analysts, supervisors. */
export async function markReportSent(
  lots: TLots,
  access: TAccess,
  decisionId: string,
  body: TMarkReportSentRequest,
  meta: { ip: string | null },
): Promise<TFundingDecisionOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const decision = UUID.test(decisionId) ? await r.funding.findDecision(decisionId) : undefined;
    if (!decision) throw notFound('decision', decisionId, ['params', 'id']);
    requireFinanceRight(access, decision.programmeId, 'write');
    const reporting = reportingOf(decision.reporting);
    const item = reporting[body.index];
    if (!item)
      throw new AppError('VALIDATION_FAILED', 'no such report', {
        issues: [
          {
            path: ['body', 'index'],
            message: `must be below ${reporting.length} (the decision's reports)`,
          },
        ],
        userMessage: 'Beslutet har ingen sådan rapport.',
      });
    item.sentAt = body.sentAt;
    await r.funding.updateDecisionReporting(decision.id, reporting);
    await r.audit.append({
      action: 'update',
      entity: 'funding_decision',
      entityId: decision.id,
      programmeId: decision.programmeId,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { reportSent: body.index },
    });
    const saved = (await r.funding.listDecisions([decision.programmeId], decision.year)).find(
      (d) => d.id === decision.id,
    );
    if (!saved) throw new AppError('INTERNAL', 'decision not found');
    return decisionOut(saved);
  });
}
