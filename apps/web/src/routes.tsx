import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useMe } from './auth/me-context.ts';
import { defaultProgramme, programmeHref } from './programme/programme.ts';
import { AppLayout } from './shell/app-layout.tsx';
import { RequireAuth } from './shell/require-auth.tsx';

// Every page is its own chunk: the first load carries only the shell.
const LoginPage = lazy(() =>
  import('./pages/login-page.tsx').then((m) => ({ default: m.LoginPage })),
);
const ParticipantsPage = lazy(() =>
  import('./pages/participants-page.tsx').then((m) => ({ default: m.ParticipantsPage })),
);
const ParticipantPage = lazy(() =>
  import('./pages/participant-page.tsx').then((m) => ({ default: m.ParticipantPage })),
);
const NotFoundPage = lazy(() =>
  import('./pages/not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })),
);

/** `/` goes to the participant list of the chosen programme. */
function Home() {
  const me = useMe();
  return <Navigate replace to={programmeHref('/deltagare', defaultProgramme(me)?.key)} />;
}

/**
 * URL scheme (Swedish paths, like the UI):
 *   /logga-in?next=PATH                    login, then back to PATH
 *   /deltagare?programme=KEY&status=S      participant list (status: open|waiting|closed|all)
 *   /deltagare/:id?programme=KEY           one participant (enrolment id)
 *   anything else                          404 page
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="logga-in" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<Home />} />
          <Route path="deltagare" element={<ParticipantsPage />} />
          <Route path="deltagare/:id" element={<ParticipantPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
