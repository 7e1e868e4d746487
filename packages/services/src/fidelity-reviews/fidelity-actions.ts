import { AppError } from '@lots/core';
import type { TFidelityAction } from '@lots/contracts';
import type { TRepositories } from '@lots/db';

type TActionRow = Awaited<ReturnType<TRepositories['fidelityReviews']['listActions']>>[number];

export function actionOut(row: TActionRow): TFidelityAction {
  return {
    id: row.id,
    itemId: row.itemId as TFidelityAction['itemId'],
    action: row.action,
    owner: row.owner,
    dueDate: row.dueDate,
    status: row.status,
  };
}

export function actionNotFound(): AppError {
  return new AppError('NOT_FOUND', 'Action not found', {
    issues: [{ path: ['params', 'actionId'], message: 'no such action in this review' }],
  });
}
