import type { Transaction } from 'kysely';
import type { TCopyFrom } from '../copy.ts';
import type { Database } from '../schema.ts';
import type { TScope } from '../scope-types.ts';
import { bumpDataVersions, deferDataVersions, readDataVersions } from './data-version.ts';
import { createAuditRepository } from './audit.ts';
import { createCaseWorkRepository } from './case-work.ts';
import { createDataSubjectRepository } from './data-subject.ts';
import { createCaseloadRepository } from './caseload.ts';
import { createEmployerRepository } from './employers.ts';
import { createEventRepository } from './events.ts';
import { createDatasetReader } from './dataset-reader.ts';
import { createDatasetWriter } from './dataset-writer.ts';
import { createOrganisationRepository } from './organisation.ts';
import { createParticipantRepository } from './participants.ts';
import { createReferenceRepository } from './reference.ts';
import { createSessionRepository } from './sessions.ts';
import { createUserRepository } from './users.ts';
import { createFidelityRepository } from './fidelity.ts';
import { createReportRepository } from './reports.ts';
import { createSocioRepository } from './socio.ts';
import { createFundingRepository } from './funding.ts';
import { createFidelityReviewRepository } from './fidelity-reviews.ts';

export function createRepositories(
  trx: Transaction<Database>,
  scope: TScope,
  /** Server bulk sessions only (`LotsDb.inScope` with `bulk`). */
  copyFrom?: TCopyFrom,
) {
  return {
    scope,
    audit: createAuditRepository(trx, scope),
    dataVersions: {
      read: (programmeIds: readonly string[]) => readDataVersions(trx, programmeIds),
      defer: () => deferDataVersions(trx),
      bump: (programmeIds: readonly string[]) => bumpDataVersions(trx, programmeIds),
    },
    /** System scope only: imports and exports run by an admin. */
    datasetReader: scope.kind === 'system' ? createDatasetReader(trx) : undefined,
    datasetWriter: scope.kind === 'system' ? createDatasetWriter(trx, copyFrom) : undefined,
    organisation: createOrganisationRepository(trx, scope),
    participants: createParticipantRepository(trx, scope),
    reference: createReferenceRepository(trx),
    sessions: createSessionRepository(trx),
    users: createUserRepository(trx),
    caseWork: createCaseWorkRepository(trx, scope),
    dataSubject: createDataSubjectRepository(trx, scope),
    events: createEventRepository(trx, scope),
    employers: createEmployerRepository(trx, scope),
    caseload: createCaseloadRepository(trx, scope),
    fidelity: createFidelityRepository(trx, scope),
    reports: createReportRepository(trx, scope),
    socio: createSocioRepository(trx, scope),
    funding: createFundingRepository(trx, scope),
    fidelityReviews: createFidelityReviewRepository(trx, scope),
  };
}

export type TRepositories = ReturnType<typeof createRepositories>;
