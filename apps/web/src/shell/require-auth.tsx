import { useContext } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { MeContext } from '../auth/me-context.ts';
import { PROGRAMME_PARAM, defaultProgramme } from '../programme/programme.ts';

/**
 * The gate in front of every page that needs a session: without one, go to the
 * login page and come back afterwards; with one, make sure the URL names a programme.
 */
export function RequireAuth() {
  const me = useContext(MeContext);
  const location = useLocation();

  if (!me) {
    const next = location.pathname + location.search;
    return (
      <Navigate
        replace
        to={next === '/' ? '/logga-in' : `/logga-in?next=${encodeURIComponent(next)}`}
      />
    );
  }

  const params = new URLSearchParams(location.search);
  if (!params.has(PROGRAMME_PARAM)) {
    const programme = defaultProgramme(me);
    if (programme) {
      params.set(PROGRAMME_PARAM, programme.key);
      return <Navigate replace to={`${location.pathname}?${params.toString()}`} />;
    }
  }
  return <Outlet />;
}
