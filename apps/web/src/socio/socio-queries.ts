import { useQueryClient } from '@tanstack/react-query';

/* Query keys of the socio-economics and funding pages; writes invalidate their group. */

export const socioKeys = {
  all: ['socio'] as const,
  list: (programme: string) => ['socio', 'list', programme] as const,
  analysis: (id: string) => ['socio', 'analysis', id] as const,
};

export const fundingKeys = {
  all: ['funding'] as const,
  funders: (association: string) => ['funding', 'funders', association] as const,
  decisions: (programme: string, year: number) =>
    ['funding', 'decisions', programme, year] as const,
  spend: (programme: string) => ['funding', 'spend', programme] as const,
  calendar: (programme: string) => ['funding', 'calendar', programme] as const,
  costs: (programme: string, year: number) => ['funding', 'costs', programme, year] as const,
  allocations: (programme: string) => ['funding', 'allocations', programme] as const,
  sharing: (association: string) => ['funding', 'sharing', association] as const,
};

export function useInvalidate(key: readonly string[]) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key });
}
