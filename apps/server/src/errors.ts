import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { AppError, formatPath, type TErrorCode, type TIssue } from '@lots/core';

/** The one table from error codes to HTTP statuses (STYLE.md, Errors). */
export const STATUS_BY_CODE: Record<TErrorCode, number> = {
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  DATABASE_LOCKED: 503,
  MIGRATION_MISMATCH: 503,
  INTERNAL: 500,
};

const TITLES: Record<TErrorCode, string> = {
  VALIDATION_FAILED: 'Invalid request',
  NOT_FOUND: 'Not found',
  UNAUTHENTICATED: 'Not signed in',
  FORBIDDEN: 'Forbidden',
  CONFLICT: 'Conflict',
  RATE_LIMITED: 'Too many requests',
  DATABASE_LOCKED: 'Service unavailable',
  MIGRATION_MISMATCH: 'Service unavailable',
  INTERNAL: 'Internal error',
};

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  code: TErrorCode,
  detail: string,
  issues: readonly TIssue[] = [],
) {
  const status = STATUS_BY_CODE[code];
  return reply
    .status(status)
    .type('application/problem+json')
    .send({
      type: `https://lots.se/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      title: TITLES[code],
      status,
      code,
      detail,
      requestId: request.id,
      issues: issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    });
}

/** Maps every error to RFC 9457 problem details; a 500 never shows internals. */
export function errorHandler(
  error: FastifyError | AppError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof AppError) {
    if (error.code === 'INTERNAL') request.log.error({ err: error }, 'internal error');
    return sendProblem(reply, request, error.code, error.userMessage, error.issues);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const issues = error.validation.map((v) => ({
      path: [where, ...v.instancePath.split('/').filter(Boolean)],
      message: v.message ?? 'is invalid',
    }));
    return sendProblem(
      reply,
      request,
      'VALIDATION_FAILED',
      'The request does not match the schema.',
      issues,
    );
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error }, 'response did not match its schema');
    return sendProblem(reply, request, 'INTERNAL', 'Internal error.');
  }
  const statusCode = (error as FastifyError).statusCode ?? 500;
  if (statusCode === 429)
    return sendProblem(
      reply,
      request,
      'RATE_LIMITED',
      'Too many requests. Please wait and try again.',
    );
  if (statusCode >= 400 && statusCode < 500) {
    // Fastify's own client errors (bad JSON, unsupported media type, body too large).
    return reply
      .status(statusCode)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: error.name,
        status: statusCode,
        code: statusCode === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'VALIDATION_FAILED',
        detail: error.message,
        requestId: request.id,
        issues: [],
      });
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, request, 'INTERNAL', 'Internal error.');
}
