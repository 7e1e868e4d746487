import { AppError } from '@lots/core';
import type { TIssue } from '@lots/core';
import type { TCreateFundingDecisionRequest, TFundingDecisionOut } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { notFound, requireFinanceProgramme, UUID } from '../socio/finance-access.ts';
import { decisionOut } from './funding-out.ts';

/**
 * Records a funding decision for a programme and year (funding.md "What Lots keeps"):
 * amount, funder, period of use, conditions and reporting due dates. The same funder,
 * year and reference again replaces the earlier decision. Analysts and supervisors.
 */
export async function createFundingDecision(
  lots: TLots,
  access: TAccess,
  body: TCreateFundingDecisionRequest,
  meta: { ip: string | null },
): Promise<TFundingDecisionOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { programme } = await requireFinanceProgramme(r, access, body.programme, 'write', [
      'body',
      'programme',
    ]);
    const funder = UUID.test(body.funder) ? await r.funding.findFunder(body.funder) : undefined;
    if (funder?.associationId !== programme.associationId)
      throw notFound('funder', body.funder, ['body', 'funder']);
    const issues: TIssue[] = [];
    if (body.useFrom && body.useTo && body.useTo < body.useFrom)
      issues.push({
        path: ['body', 'useTo'],
        message: `must be on or after useFrom ${body.useFrom}`,
      });
    if (issues.length > 0)
      throw new AppError('VALIDATION_FAILED', 'invalid funding decision', {
        issues,
        userMessage:
          'Användningsperiodens slut (useTo) måste vara samma dag som eller efter starten.',
      });
    const id = await r.funding.upsertDecision({
      programmeId: programme.id,
      funderId: funder.id,
      year: body.year,
      amount: body.amount,
      useFrom: body.useFrom ?? null,
      useTo: body.useTo ?? null,
      conditions: body.conditions ?? null,
      reporting: JSON.stringify(body.reporting),
      reference: body.reference ?? null,
      createdBy: access.user.id,
    });
    await r.audit.append({
      action: 'create',
      entity: 'funding_decision',
      entityId: id,
      programmeId: programme.id,
      userEmail: access.user.email,
      ip: meta.ip,
      details: { year: body.year, amount: body.amount },
    });
    const saved = (await r.funding.listDecisions([programme.id], body.year)).find(
      (d) => d.id === id,
    );
    if (!saved) throw new AppError('INTERNAL', 'saved decision not found');
    return decisionOut(saved);
  });
}
