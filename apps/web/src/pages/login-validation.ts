import { isApiError } from '../api.ts';

export const loginFields = ['email', 'password'] as const;
export type TLoginField = (typeof loginFields)[number];
export type TLoginValues = Record<TLoginField, string>;

export const emptyLoginValues: TLoginValues = { email: '', password: '' };

type TFieldMessage = 'login.emailRequired' | 'login.emailFormat' | 'login.passwordRequired';
type TFormMessage = 'login.wrongCredentials' | 'login.tooManyAttempts' | 'app.genericError';

/** i18n keys of the problems with each field; an absent key means the field is fine. */
export type TLoginErrors = Partial<Record<TLoginField, TFieldMessage>>;

export type TLoginServerErrors = {
  form: TFormMessage | null;
  fields: Partial<Record<TLoginField, TFieldMessage | undefined>>;
};

// Deliberately loose: one @, something on both sides, a dot in the domain. The
// server has the final word; this only catches typing mistakes early.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateLogin(values: TLoginValues): TLoginErrors {
  const errors: TLoginErrors = {};
  const email = values.email.trim();
  if (email === '') errors.email = 'login.emailRequired';
  else if (!EMAIL.test(email)) errors.email = 'login.emailFormat';
  if (values.password === '') errors.password = 'login.passwordRequired';
  return errors;
}

const fieldMessage: Record<TLoginField, TFieldMessage> = {
  email: 'login.emailFormat',
  password: 'login.passwordRequired',
};

function isLoginField(value: string | undefined): value is TLoginField {
  return loginFields.some((f) => f === value);
}

/** What the login page says about a failed request: 401, 429, field issues, or else. */
export function serverLoginErrors(error: unknown): TLoginServerErrors {
  if (isApiError(error, 401)) return { form: 'login.wrongCredentials', fields: {} };
  if (isApiError(error, 429)) return { form: 'login.tooManyAttempts', fields: {} };
  if (isApiError(error) && error.status < 500 && error.problem.issues.length > 0) {
    const fields: TLoginServerErrors['fields'] = {};
    for (const issue of error.problem.issues) {
      // Paths come as `email`, `body.email` or `/email`: the last segment names the field.
      const field = issue.path.split(/[./]/).pop();
      if (isLoginField(field)) fields[field] = fieldMessage[field];
    }
    if (Object.keys(fields).length > 0) return { form: null, fields };
  }
  return { form: 'app.genericError', fields: {} };
}

/** Where to go after login: only a path of this app, never another site. */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/logga-in')) return '/';
  return next;
}
