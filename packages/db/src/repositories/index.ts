import type { Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { TScope } from '../scope-types.ts';
import { createAuditRepository } from './audit.ts';
import { createDatasetReader } from './dataset-reader.ts';
import { createDatasetWriter } from './dataset-writer.ts';
import { createOrganisationRepository } from './organisation.ts';
import { createParticipantRepository } from './participants.ts';
import { createReferenceRepository } from './reference.ts';
import { createSessionRepository } from './sessions.ts';
import { createUserRepository } from './users.ts';

export function createRepositories(trx: Transaction<Database>, scope: TScope) {
  return {
    scope,
    audit: createAuditRepository(trx, scope),
    /** System scope only: imports and exports run by an admin. */
    datasetReader: scope.kind === 'system' ? createDatasetReader(trx) : undefined,
    datasetWriter: scope.kind === 'system' ? createDatasetWriter(trx) : undefined,
    organisation: createOrganisationRepository(trx, scope),
    participants: createParticipantRepository(trx, scope),
    reference: createReferenceRepository(trx),
    sessions: createSessionRepository(trx),
    users: createUserRepository(trx),
  };
}

export type TRepositories = ReturnType<typeof createRepositories>;
