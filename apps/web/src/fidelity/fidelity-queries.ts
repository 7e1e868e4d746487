import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';

/* Query keys and reads of the fidelity pages; writes invalidate `fidelityKeys.all`. */

export const fidelityKeys = {
  all: ['fidelity'] as const,
  list: (programme: string) => ['fidelity', 'list', programme] as const,
  review: (id: string) => ['fidelity', 'review', id] as const,
  consensus: (id: string) => ['fidelity', 'consensus', id] as const,
  report: (id: string) => ['fidelity', 'report', id] as const,
  actions: (id: string) => ['fidelity', 'actions', id] as const,
  history: (programme: string) => ['fidelity', 'history', programme] as const,
  compare: (association: string) => ['fidelity', 'compare', association] as const,
};

export function useReviewQuery(id: string) {
  return useQuery({ queryKey: fidelityKeys.review(id), queryFn: () => api.getFidelityReview(id) });
}

/** Refetches every fidelity read after a change (lists, review, consensus, history). */
export function useInvalidateFidelity() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: fidelityKeys.all });
}
