import type { TProgrammeAccess } from '@lots/contracts';
import { useSearchParams } from 'react-router';
import { useMe } from '../auth/me-context.ts';
import { PROGRAMME_PARAM } from './programme.ts';

export type TProgrammeSelection = {
  /** The key in the URL, if any. */
  requestedKey: string | null;
  /** The programme of that key, when the user has access to it. */
  selected: TProgrammeAccess | null;
  programmes: readonly TProgrammeAccess[];
};

export function useProgramme(): TProgrammeSelection {
  const me = useMe();
  const [params] = useSearchParams();
  const requestedKey = params.get(PROGRAMME_PARAM);
  const selected = requestedKey
    ? (me.programmes.find((p) => p.key === requestedKey) ?? null)
    : null;
  return { requestedKey, selected, programmes: me.programmes };
}
