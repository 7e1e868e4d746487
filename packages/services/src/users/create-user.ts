import { AppError } from '@lots/core';
import { ZRole } from '@lots/contracts';
import type { TRole } from '@lots/core';
import { z } from 'zod';
import { hashPassword } from '../auth/passwords.ts';
import { systemScope } from '@lots/db';
import type { TLots } from '../runtime.ts';

export const ZCreateUserRequest = z.object({
  email: z.email('must be an e-mail address').max(254),
  password: z.string().min(10, 'must be at least 10 characters').max(1024),
  displayName: z.string().min(1).max(200).optional(),
  role: ZRole,
  programme: z.string().optional(),
  association: z.string().optional(),
  specialist: z
    .string()
    .optional()
    .describe('key of the specialist record this user is (for role specialist)'),
});
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequest>;

/**
 * Creates a user (or adds a grant to an existing one) — an admin operation run from
 * the CLI, in the system scope. A role other than admin needs a programme or association.
 */
export async function createUser(
  lots: TLots,
  input: TCreateUserRequest,
): Promise<{ id: string; email: string; created: boolean }> {
  const parsed = ZCreateUserRequest.safeParse(input);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'Invalid user', {
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
        message: i.message,
      })),
    });
  }
  const req = parsed.data;
  const role: TRole = req.role;
  if (role !== 'admin' && !req.programme && !req.association) {
    throw new AppError(
      'VALIDATION_FAILED',
      'A role other than admin needs --programme or --association',
      {
        issues: [{ path: ['programme'], message: `is required for role ${role}` }],
      },
    );
  }
  const passwordHash = await hashPassword(req.password);
  return lots.db.inScope(systemScope(), async (r) => {
    const programme = req.programme
      ? await r.organisation.findProgrammeByKey(req.programme)
      : undefined;
    if (req.programme && !programme) {
      throw new AppError('NOT_FOUND', `No programme ${req.programme}`, {
        issues: [{ path: ['programme'], message: `no programme with key ${req.programme}` }],
      });
    }
    const association = req.association
      ? await r.organisation.findAssociationByKey(req.association)
      : undefined;
    if (req.association && !association) {
      throw new AppError('NOT_FOUND', `No association ${req.association}`, {
        issues: [{ path: ['association'], message: `no association with key ${req.association}` }],
      });
    }
    let user = await r.users.findByEmail(req.email);
    let created = false;
    if (!user) {
      const made = await r.users.create({
        email: req.email,
        displayName: req.displayName ?? req.email.split('@')[0] ?? req.email,
        passwordHash,
      });
      user = await r.users.findById(made.id);
      created = true;
    } else {
      await r.users.updatePassword(user.id, passwordHash);
    }
    if (!user) throw new AppError('INTERNAL', 'user vanished');
    await r.users.addGrant({
      userId: user.id,
      role,
      programmeId: programme?.id ?? null,
      associationId: programme ? null : (association?.id ?? null),
    });
    if (req.specialist) {
      if (!programme)
        throw new AppError('VALIDATION_FAILED', '--specialist needs --programme', {
          issues: [{ path: ['specialist'], message: 'needs programme' }],
        });
      const linked = await r.organisation.linkSpecialistUser(programme.id, req.specialist, user.id);
      if (!linked)
        throw new AppError('NOT_FOUND', `No specialist ${req.specialist} in ${programme.key}`, {
          issues: [{ path: ['specialist'], message: 'no such specialist in the programme' }],
        });
    }
    await r.audit.append({
      action: created ? 'user_create' : 'user_grant',
      entity: 'user',
      entityId: user.id,
      userEmail: user.email,
      details: { role, programme: req.programme ?? null, association: req.association ?? null },
    });
    return { id: user.id, email: user.email, created };
  });
}
