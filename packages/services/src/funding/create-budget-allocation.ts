import { AppError, allocateByKey, isAppError } from '@lots/core';
import type { TIssue } from '@lots/core';
import type { TAllocationOut, TCreateAllocationRequest } from '@lots/contracts';
import { scopeFor, type TAccess } from '../auth/access.ts';
import type { TLots } from '../runtime.ts';
import { requireFinanceProgramme } from '../socio/finance-access.ts';
import { allocationOut } from './list-budget-allocations.ts';

/**
 * Divides a parent programme's shared budget over its sub-programmes (or named
 * sub-projects) by a key, whole kronor by largest remainder summing exactly to the
 * total (funding.md; MIA's ESF budget by participant targets), and stores the result.
 * A key item's `programme` must be a sub-programme of the parent. Analysts, supervisors.
 */
export async function createBudgetAllocation(
  lots: TLots,
  access: TAccess,
  body: TCreateAllocationRequest,
  meta: { ip: string | null },
): Promise<TAllocationOut> {
  return lots.db.inScope(scopeFor(access), async (r) => {
    const { programme } = await requireFinanceProgramme(r, access, body.programme, 'write', [
      'body',
      'programme',
    ]);
    const visible = await r.organisation.listProgrammes();
    const children = new Map(
      visible.filter((p) => p.parentId === programme.id).map((p) => [p.key, p.id] as const),
    );
    const issues: TIssue[] = [];
    body.key.forEach((item, i) => {
      if (item.programme !== undefined && !children.has(item.programme))
        issues.push({
          path: ['body', 'key', i, 'programme'],
          message: `must be a sub-programme of ${programme.key}`,
        });
      if (body.keyKind !== 'equal' && item.weight === undefined)
        issues.push({
          path: ['body', 'key', i, 'weight'],
          message: `is required for ${body.keyKind}`,
        });
    });
    const invalid = (list: TIssue[]) =>
      new AppError('VALIDATION_FAILED', 'invalid allocation', {
        issues: list,
        userMessage: 'Fördelningsnyckeln är ogiltig: se de markerade fälten.',
      });
    if (issues.length > 0) throw invalid(issues);
    const key = body.key.map((k) => ({
      name: k.name,
      weight: body.keyKind === 'equal' ? 1 : (k.weight ?? 0),
    }));
    let allocations;
    try {
      allocations = allocateByKey(body.total, key);
    } catch (error) {
      if (isAppError(error))
        throw invalid(error.issues.map((i) => ({ ...i, path: ['body', ...i.path] })));
      throw error;
    }
    const result = allocations.map((a, i) => ({ ...a, programme: body.key[i]?.programme ?? null }));
    const id = await r.funding.insertAllocation({
      programmeId: programme.id,
      year: body.year,
      total: body.total,
      keyKind: body.keyKind,
      key: JSON.stringify(body.key),
      result: JSON.stringify(result),
      createdBy: access.user.id,
    });
    await r.audit.append({
      action: 'create',
      entity: 'budget_allocation',
      entityId: id,
      programmeId: programme.id,
      userEmail: access.user.email,
      ip: meta.ip,
    });
    return allocationOut({
      id,
      programmeKey: programme.key,
      year: body.year,
      total: body.total,
      keyKind: body.keyKind,
      result,
    });
  });
}
