/**
 * The one error type of Lots (STYLE.md "Errors"). Core throws codes, never HTTP
 * statuses: the server owns the single table that maps a code to a status, and the
 * CLI maps it to an exit code.
 */

/** One step of a JSON path: a property name or an array index. */
export type TPathSegment = string | number;

/** A problem with one value, located by its path in the input. */
export type TIssue = { path: TPathSegment[]; message: string };

export const errorCodes = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'RATE_LIMITED',
  'DATABASE_LOCKED',
  'MIGRATION_MISMATCH',
  'INTERNAL',
] as const;
export type TErrorCode = (typeof errorCodes)[number];

/** Registry of error codes, so call sites read `ErrorCode.NOT_FOUND`. */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  DATABASE_LOCKED: 'DATABASE_LOCKED',
  MIGRATION_MISMATCH: 'MIGRATION_MISMATCH',
  INTERNAL: 'INTERNAL',
} as const satisfies { [K in TErrorCode]: K };

/**
 * Safe default texts for users. They never contain internals; the UI translates by
 * code, so these are only the English fallback.
 */
const defaultUserMessages: Record<TErrorCode, string> = {
  VALIDATION_FAILED: 'Some values are not valid. See the listed problems.',
  NOT_FOUND: 'Not found.',
  UNAUTHENTICATED: 'Please log in.',
  FORBIDDEN: 'You do not have permission to do this.',
  CONFLICT: 'The change conflicts with existing data.',
  RATE_LIMITED: 'Too many attempts. Please wait and try again.',
  DATABASE_LOCKED: 'The database is in use by another process.',
  MIGRATION_MISMATCH: 'The database and this version of Lots do not match.',
  INTERNAL: 'Something went wrong.',
};

export type TAppErrorOptions = {
  issues?: TIssue[];
  userMessage?: string;
  cause?: unknown;
};

export class AppError extends Error {
  readonly code: TErrorCode;
  readonly issues: TIssue[];
  readonly userMessage: string;

  constructor(code: TErrorCode, message: string, options: TAppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.userMessage = options.userMessage ?? defaultUserMessages[code];
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path the way the import rules print it (interchange.md):
 * `['participants', 12, 'events', 3, 'date']` → `participants[12].events[3].date`.
 * Keys that are not identifiers are quoted: `rates["my outcome"]`.
 */
export function formatPath(path: readonly TPathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (identifier.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** `participants[12].events[3].date: must be on or after enrolledAt 2016-09-20` */
export function formatIssue(issue: TIssue): string {
  const where = formatPath(issue.path);
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}

/** Prefixes every issue's path, for rules that check a part of a larger document. */
export function prefixIssues(prefix: readonly TPathSegment[], issues: readonly TIssue[]): TIssue[] {
  return issues.map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message }));
}
