import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { TScope } from '../scope-types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type TFidelityReviewKind = 'self_assessment' | 'external';
export type TFidelityReviewStatus = 'draft' | 'scoring' | 'consensus' | 'completed';
export type TFidelityActionStatus = 'open' | 'in_progress' | 'done';

export type TStoredProposal = {
  itemId: string;
  score: number | null;
  evidence: Record<string, unknown>;
  note: string;
};

export type TStoredScore = {
  reviewerId: string | null;
  itemId: string;
  score: number;
  note: string | null;
  evidence: string | null;
  proposalScore: number | null;
  proposalAccepted: boolean | null;
};

/**
 * Fidelity reviews, their reviewers, proposals, item scores, report and action
 * plan. Not personal data in themselves, but proposals' evidence names case numbers:
 * every read is restricted to the scope's programmes (and RLS behind it). Which
 * parts a caller may see is the use cases' decision.
 */
export function createFidelityReviewRepository(trx: Transaction<Database>, scope: TScope) {
  const visible = () => (scope.kind === 'system' ? null : [...scope.programmeIds]);

  return {
    async create(r: {
      programmeId: string;
      kind: TFidelityReviewKind;
      windowFrom: string;
      windowTo: string;
      instrumentId: string;
      instrumentVersion: number;
      createdBy: string | null;
    }) {
      return trx.insertInto('fidelityReview').values(r).returningAll().executeTakeFirstOrThrow();
    },

    /** Unknown, malformed and out-of-scope ids all answer undefined. */
    async find(id: string) {
      const ids = visible();
      if (!UUID.test(id) || ids?.length === 0) return undefined;
      let q = trx.selectFrom('fidelityReview').selectAll().where('id', '=', id);
      if (ids) q = q.where('programmeId', 'in', ids);
      return q.executeTakeFirst();
    },

    /** Reviews of the given programmes, newest window first. */
    async list(programmeIds: readonly string[], options: { completedOnly?: boolean } = {}) {
      if (programmeIds.length === 0) return [];
      let q = trx
        .selectFrom('fidelityReview')
        .selectAll()
        .where('programmeId', 'in', [...programmeIds]);
      if (options.completedOnly) q = q.where('status', '=', 'completed');
      return q.orderBy('windowTo', 'desc').orderBy('createdAt', 'desc').execute();
    },

    async update(
      id: string,
      patch: {
        status?: TFidelityReviewStatus;
        proposalsComputedAt?: Date;
        completedAt?: Date;
        total?: number;
        band?: string;
        nextDue?: string;
      },
    ) {
      await trx.updateTable('fidelityReview').set(patch).where('id', '=', id).execute();
    },

    async listReviewers(reviewIds: readonly string[]) {
      if (reviewIds.length === 0) return [];
      return trx
        .selectFrom('fidelityReviewer')
        .selectAll()
        .where('reviewId', 'in', [...reviewIds])
        .orderBy('name')
        .execute();
    },

    async addReviewer(r: { programmeId: string; reviewId: string; userId: string; name: string }) {
      return trx.insertInto('fidelityReviewer').values(r).returningAll().executeTakeFirstOrThrow();
    },

    async markSubmitted(reviewerId: string, at: Date) {
      await trx
        .updateTable('fidelityReviewer')
        .set({ submittedAt: at })
        .where('id', '=', reviewerId)
        .execute();
    },

    async listProposals(reviewId: string) {
      return trx
        .selectFrom('fidelityProposal')
        .select(['itemId', 'score', 'evidence', 'note'])
        .where('reviewId', '=', reviewId)
        .execute();
    },

    async replaceProposals(
      review: { id: string; programmeId: string },
      proposals: readonly TStoredProposal[],
    ) {
      await trx.deleteFrom('fidelityProposal').where('reviewId', '=', review.id).execute();
      if (proposals.length === 0) return;
      await trx
        .insertInto('fidelityProposal')
        .values(
          proposals.map((p) => ({
            programmeId: review.programmeId,
            reviewId: review.id,
            itemId: p.itemId,
            score: p.score,
            evidence: JSON.stringify(p.evidence),
            note: p.note,
          })),
        )
        .execute();
    },

    async listScores(reviewIds: readonly string[]) {
      if (reviewIds.length === 0) return [];
      return trx
        .selectFrom('fidelityItemScore')
        .select([
          'reviewId',
          'reviewerId',
          'itemId',
          'score',
          'note',
          'evidence',
          'proposalScore',
          'proposalAccepted',
          'updatedAt',
        ])
        .where('reviewId', 'in', [...reviewIds])
        .execute();
    },

    /** One score per review, reviewer (null = agreed) and item: insert or replace. */
    async putScore(
      review: { id: string; programmeId: string },
      s: TStoredScore,
      userId: string | null,
    ) {
      const values = {
        score: s.score,
        note: s.note,
        evidence: s.evidence,
        proposalScore: s.proposalScore,
        proposalAccepted: s.proposalAccepted,
        updatedBy: userId,
        updatedAt: new Date(),
      };
      let q = trx
        .updateTable('fidelityItemScore')
        .set(values)
        .where('reviewId', '=', review.id)
        .where('itemId', '=', s.itemId);
      q =
        s.reviewerId === null
          ? q.where('reviewerId', 'is', null)
          : q.where('reviewerId', '=', s.reviewerId);
      const updated = await q.executeTakeFirst();
      if (Number(updated.numUpdatedRows) > 0) return;
      await trx
        .insertInto('fidelityItemScore')
        .values({
          ...values,
          programmeId: review.programmeId,
          reviewId: review.id,
          reviewerId: s.reviewerId,
          itemId: s.itemId,
        })
        .execute();
    },

    async findReport(reviewId: string) {
      return trx
        .selectFrom('fidelityReport')
        .selectAll()
        .where('reviewId', '=', reviewId)
        .executeTakeFirst();
    },

    async putReport(
      review: { id: string; programmeId: string },
      r: { strengths: string; recommendations: string; itemComments: Record<string, string> },
      userId: string | null,
    ) {
      const values = {
        strengths: r.strengths,
        recommendations: r.recommendations,
        itemComments: JSON.stringify(
          Object.entries(r.itemComments).map(([itemId, comment]) => ({ itemId, comment })),
        ),
        updatedBy: userId,
        updatedAt: new Date(),
      };
      const updated = await trx
        .updateTable('fidelityReport')
        .set(values)
        .where('reviewId', '=', review.id)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) > 0) return;
      await trx
        .insertInto('fidelityReport')
        .values({ ...values, reviewId: review.id, programmeId: review.programmeId })
        .execute();
    },

    async listActions(reviewId: string) {
      return trx
        .selectFrom('fidelityAction')
        .selectAll()
        .where('reviewId', '=', reviewId)
        .orderBy('createdAt')
        .orderBy('id')
        .execute();
    },

    async findAction(reviewId: string, actionId: string) {
      if (!UUID.test(actionId)) return undefined;
      return trx
        .selectFrom('fidelityAction')
        .selectAll()
        .where('reviewId', '=', reviewId)
        .where('id', '=', actionId)
        .executeTakeFirst();
    },

    async createAction(a: {
      programmeId: string;
      reviewId: string;
      itemId: string | null;
      action: string;
      owner: string;
      dueDate: string | null;
      status: TFidelityActionStatus;
      createdBy: string | null;
    }) {
      return trx.insertInto('fidelityAction').values(a).returningAll().executeTakeFirstOrThrow();
    },

    async updateAction(
      id: string,
      patch: {
        itemId?: string | null;
        action?: string;
        owner?: string;
        dueDate?: string | null;
        status?: TFidelityActionStatus;
      },
    ) {
      return trx
        .updateTable('fidelityAction')
        .set({ ...patch, updatedAt: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    async deleteAction(id: string) {
      await trx.deleteFrom('fidelityAction').where('id', '=', id).execute();
    },
  };
}

export type TFidelityReviewRepository = ReturnType<typeof createFidelityReviewRepository>;
