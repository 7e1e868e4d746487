import type { TMe } from '@lots/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../api.ts';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or `null` when there is no session. */
async function fetchMe(): Promise<TMe | null> {
  try {
    return await api.me();
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: fetchMe,
  staleTime: 5 * 60_000,
});

export function useMeQuery() {
  return useQuery(meQuery);
}
