import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestLots, createTestUser, TEST_PASSWORD } from '../../test-support/index.ts';
import type { TLots } from '../runtime.ts';
import { login, logout } from './login.ts';
import { authenticateSession } from './session.ts';

/*
 * A resolved session is reused for LOTS_SESSION_CACHE_SECONDS (caches.ts). What a user
 * and an administrator rely on: a logout ends the session at once; a disabled account
 * or changed roles take effect within those seconds; a session never outlives its end.
 */
let lots: TLots;
let clock = new Date('2026-06-01T10:00:00Z');
const meta = { ip: null, userAgent: null };

beforeAll(async () => {
  lots = await createTestLots({ now: () => clock, sessionCacheSeconds: 2 });
  await createTestUser(lots, { email: 'admin@test.se', role: 'admin' });
});
afterAll(async () => lots.close());

async function setDisabled(email: string, disabled: boolean) {
  await sql`update app_user set disabled_at = ${disabled ? clock : null} where email = ${email}`.execute(
    lots.db.kysely,
  );
}

describe('the session cache', () => {
  it('ends a session at once on logout', async () => {
    const { token } = await login(lots, { email: 'admin@test.se', password: TEST_PASSWORD }, meta);
    expect((await authenticateSession(lots, token))?.user.email).toBe('admin@test.se');
    await logout(lots, token);
    expect(await authenticateSession(lots, token)).toBeUndefined();
  });

  it('refuses a disabled account once the cache time has passed', async () => {
    const { token } = await login(lots, { email: 'admin@test.se', password: TEST_PASSWORD }, meta);
    expect(await authenticateSession(lots, token)).toBeDefined();
    await setDisabled('admin@test.se', true);
    clock = new Date(clock.getTime() + 2001);
    expect(await authenticateSession(lots, token)).toBeUndefined();
    await setDisabled('admin@test.se', false);
  });

  it('looks a session up once for the requests that find it expired together', async () => {
    const { token } = await login(lots, { email: 'admin@test.se', password: TEST_PASSWORD }, meta);
    clock = new Date(clock.getTime() + 2001);
    const all = await Promise.all(
      Array.from({ length: 20 }, () => authenticateSession(lots, token)),
    );
    expect(all[0]?.user.email).toBe('admin@test.se');
    // One lookup, one resolved access, shared by all twenty.
    expect(all.every((a) => a === all[0])).toBe(true);
    expect(lots.caches.accessLookups.size).toBe(0);
  });

  it('ends a session on a logout that comes in while it is being looked up', async () => {
    const { token } = await login(lots, { email: 'admin@test.se', password: TEST_PASSWORD }, meta);
    clock = new Date(clock.getTime() + 2001);
    const during = authenticateSession(lots, token);
    await logout(lots, token);
    await during;
    expect(await authenticateSession(lots, token)).toBeUndefined();
  });

  it('never keeps a session past its end', async () => {
    const { token, expiresAt } = await login(
      lots,
      { email: 'admin@test.se', password: TEST_PASSWORD },
      meta,
    );
    clock = new Date(expiresAt.getTime() - 1000);
    expect(await authenticateSession(lots, token)).toBeDefined();
    clock = new Date(expiresAt.getTime() + 1);
    expect(await authenticateSession(lots, token)).toBeUndefined();
  });
});
