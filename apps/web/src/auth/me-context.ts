import type { TMe } from '@lots/contracts';
import { createContext, useContext } from 'react';

/** The signed-in user, provided by `RequireAuth` to everything behind the login. */
export const MeContext = createContext<TMe | null>(null);

export function useMe(): TMe {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() outside of <RequireAuth>');
  return me;
}
