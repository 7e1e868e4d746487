import { ApiError, createApiClient } from '@lots/contracts';

/** The one API client of the web app (same origin, cookie session). */
export const api = createApiClient();

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
