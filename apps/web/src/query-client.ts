import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api.ts';
import { meQueryKey } from './auth/me-query.ts';

/**
 * A 4xx answer will not change on retry; a 401 on any query means the session has
 * ended, so the user is shown as signed out (and sent to the login page).
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiError(error, 401) && query.queryKey[0] !== meQueryKey[0]) {
          client.setQueryData(meQueryKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });
  return client;
}
