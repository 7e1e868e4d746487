import { infiniteQueryOptions } from '@tanstack/react-query';
import { api } from '../api.ts';

export const statusFilters = ['open', 'waiting', 'closed', 'all'] as const;
export type TStatusFilter = (typeof statusFilters)[number];

export function parseStatusFilter(value: string | null): TStatusFilter {
  return statusFilters.find((s) => s === value) ?? 'open';
}

const PAGE_SIZE = 50;

export function participantsQuery(programme: string, status: TStatusFilter) {
  return infiniteQueryOptions({
    queryKey: ['participants', programme, status],
    queryFn: ({ pageParam }) =>
      api.listParticipants({ programme, status, limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
