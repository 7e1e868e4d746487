import { ApiError } from '@lots/contracts';
import { describe, expect, it } from 'vitest';
import { safeNextPath, serverLoginErrors, validateLogin } from './login-validation.ts';

const problem = (status: number, issues: { path: string; message: string }[] = []) =>
  new ApiError(status, { type: 'about:blank', title: 'x', status, code: 'X', issues });

describe('validateLogin', () => {
  it('asks for both fields', () => {
    expect(validateLogin({ email: '', password: '' })).toEqual({
      email: 'login.emailRequired',
      password: 'login.passwordRequired',
    });
  });

  it('checks the e-mail format loosely', () => {
    expect(validateLogin({ email: 'anna@', password: 'x' })).toEqual({
      email: 'login.emailFormat',
    });
    expect(validateLogin({ email: 'anna@kommun', password: 'x' })).toEqual({
      email: 'login.emailFormat',
    });
    expect(validateLogin({ email: ' anna@kommun.se ', password: 'x' })).toEqual({});
  });
});

describe('serverLoginErrors', () => {
  it('maps 401 and 429 to messages about the whole form', () => {
    expect(serverLoginErrors(problem(401)).form).toBe('login.wrongCredentials');
    expect(serverLoginErrors(problem(429)).form).toBe('login.tooManyAttempts');
  });

  it('maps field issues to the fields, whatever the path style', () => {
    const errors = serverLoginErrors(
      problem(400, [{ path: 'body.email', message: 'must be an e-mail address' }]),
    );
    expect(errors).toEqual({ form: null, fields: { email: 'login.emailFormat' } });
  });

  it('falls back to a generic message', () => {
    expect(serverLoginErrors(problem(500)).form).toBe('app.genericError');
    expect(serverLoginErrors(new TypeError('Failed to fetch')).form).toBe('app.genericError');
  });
});

describe('safeNextPath', () => {
  it('only follows paths of this app', () => {
    expect(safeNextPath('/deltagare?programme=HUD')).toBe('/deltagare?programme=HUD');
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('//evil.example')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('/logga-in')).toBe('/');
  });
});
