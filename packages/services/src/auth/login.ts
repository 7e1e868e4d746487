import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '@lots/core';
import type { TLoginRequest } from '@lots/contracts';
import type { TLots } from '../runtime.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';

/** Failed attempts before the account is locked, and for how long (privacy.md: lock-out). */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export function sessionIdFromToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type TLoginResult = { token: string; userId: string; expiresAt: Date };

export async function login(
  lots: TLots,
  input: TLoginRequest,
  meta: { ip: string | null; userAgent: string | null },
): Promise<TLoginResult> {
  const now = lots.now();
  const fail = () =>
    new AppError('UNAUTHENTICATED', 'Wrong e-mail or password', {
      userMessage: 'Fel e-post eller lösenord.',
    });
  const user = await lots.db.unscoped((r) => r.users.findByEmail(input.email));
  if (!user || user.disabledAt) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw fail();
  }
  if (user.lockedUntil && new Date(user.lockedUntil) > now) {
    throw new AppError('RATE_LIMITED', 'Account temporarily locked after repeated failed logins', {
      userMessage:
        'Kontot är tillfälligt låst efter för många misslyckade inloggningar. Försök igen senare.',
    });
  }
  const ok = await verifyPassword(user.passwordHash, input.password);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + lots.sessionHours * 3600_000);
  await lots.db.unscoped(async (r) => {
    if (!ok) {
      const failures = user.failedLoginCount + 1;
      const lockedUntil =
        failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
      await r.users.recordFailedLogin(user.id, lockedUntil);
      await r.audit.append({
        action: 'login_failed',
        entity: 'user',
        entityId: user.id,
        userEmail: user.email,
        ip: meta.ip,
      });
      return;
    }
    await r.users.resetFailedLogins(user.id);
    await r.sessions.deleteExpired(now);
    await r.sessions.create({
      id: sessionIdFromToken(token),
      userId: user.id,
      expiresAt,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    await r.audit.append({
      action: 'login',
      entity: 'user',
      entityId: user.id,
      userEmail: user.email,
      ip: meta.ip,
    });
  });
  if (!ok) throw fail();
  return { token, userId: user.id, expiresAt };
}

export async function logout(lots: TLots, token: string): Promise<void> {
  const id = sessionIdFromToken(token);
  await lots.db.unscoped((r) => r.sessions.delete(id));
  // After the delete: a lookup that starts now finds no session; one under way keeps nothing.
  lots.caches.access?.delete(id);
  lots.caches.accessLookups.delete(id);
}
