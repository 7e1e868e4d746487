import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, get, loginAs, type TWorld } from './helpers.ts';

let w: TWorld;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.app.close();
  await w.lots.close();
});

describe('POST /api/v1/auth/login', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the user', async () => {
    const res = await w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'SUP-A@test.se', password: 'test-password-123' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ email: 'sup-a@test.se', roles: ['supervisor'] });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/lots_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
  });

  it('answers 401 with problem details on a wrong password, and does not say which part was wrong', async () => {
    const res = await w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'sup-a@test.se', password: 'wrong-password' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    const unknown = await w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@test.se', password: 'wrong-password' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(res.json().detail);
  });

  it('names the field of a malformed login', async () => {
    const res = await w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'not-an-email', password: '' },
    });
    expect(res.statusCode).toBe(400);
    const paths = (res.json().issues as { path: string }[]).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.password']));
  });

  it('locks the account after five wrong passwords', async () => {
    for (let i = 0; i < 5; i++) {
      await w.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'admin@test.se', password: 'wrong-password' },
      });
    }
    const res = await w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'admin@test.se', password: 'test-password-123' },
    });
    expect(res.statusCode).toBe(429);
  });
});

describe('session', () => {
  it('GET /auth/me needs a session, and logout ends it', async () => {
    expect((await get(w.app, '/api/v1/auth/me')).statusCode).toBe(401);
    const cookie = await loginAs(w.app, 'spec-a1@test.se');
    const me = await get(w.app, '/api/v1/auth/me', cookie);
    expect(me.statusCode).toBe(200);
    expect(me.json().programmes.map((p: { key: string }) => p.key)).toEqual(['prog-a', 'prog-a1']);
    const out = await w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie },
      payload: {},
    });
    expect(out.statusCode).toBe(204);
    expect((await get(w.app, '/api/v1/auth/me', cookie)).statusCode).toBe(401);
  });

  it('rejects a forged cookie', async () => {
    expect((await get(w.app, '/api/v1/auth/me', 'lots_session=forged-token')).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a cross-site browser request but lets a script without Origin through', async () => {
    const payload = { email: 'sup-b@test.se', password: 'test-password-123' };
    const crossSite = await w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      payload,
    });
    expect(crossSite.statusCode).toBe(403);
    const wrongOrigin = await w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://evil.example' },
      payload,
    });
    expect(wrongOrigin.statusCode).toBe(403);
    const sameOrigin = await w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'http://localhost:80', host: 'localhost:80' },
      payload,
    });
    expect(sameOrigin.statusCode).toBe(200);
    const script = await w.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
    expect(script.statusCode).toBe(200);
  });

  it('refuses a state-changing request that is not JSON (an HTML form)', async () => {
    const res = await w.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=sup-b%40test.se&password=test-password-123',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('rate limit', () => {
  it('limits login attempts per address', async () => {
    const limited = await buildWorld({ loginRateLimit: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'nobody@test.se', password: 'x' },
        });
        codes.push(res.statusCode);
      }
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes[4]).toBe(429);
    } finally {
      await limited.app.close();
      await limited.lots.close();
    }
  });
});

describe('meta', () => {
  it('serves health, OpenAPI 3.1 and the dataset schema', async () => {
    expect((await get(w.app, '/api/v1/health')).json()).toMatchObject({ status: 'ok' });
    const doc = (await get(w.app, '/api/v1/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\.1/);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/auth/login', '/participants', '/participants/{id}']),
    );
    const schema = (await get(w.app, '/api/v1/schema/dataset')).json();
    expect(schema.$schema).toMatch(/2020-12/);
    const unknown = await get(w.app, '/api/v1/nope');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/problem\+json/);
  });

  it('sends the security headers on every answer: API, error and the web app', async () => {
    for (const url of ['/api/v1/health', '/api/v1/nope', '/']) {
      const res = await get(w.app, url);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });
});

describe('OpenAPI', () => {
  it('the committed packages/contracts/openapi.json is what the routes generate (run npm run openapi)', async () => {
    const { readFileSync } = await import('node:fs');
    const { generateOpenApi, OPENAPI_FILE } = await import('../scripts/write-openapi.ts');
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(await generateOpenApi());
  });
});
