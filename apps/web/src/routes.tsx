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
const MyParticipantsPage = lazy(() =>
  import('./pages/my-participants-page.tsx').then((m) => ({ default: m.MyParticipantsPage })),
);
const SupervisionPage = lazy(() =>
  import('./pages/supervision-page.tsx').then((m) => ({ default: m.SupervisionPage })),
);
const ReferralPage = lazy(() =>
  import('./pages/referral-page.tsx').then((m) => ({ default: m.ReferralPage })),
);
const EnrolPage = lazy(() =>
  import('./pages/enrol-page.tsx').then((m) => ({ default: m.EnrolPage })),
);
const EmployersPage = lazy(() =>
  import('./pages/employers-page.tsx').then((m) => ({ default: m.EmployersPage })),
);
const EmployerPage = lazy(() =>
  import('./pages/employer-page.tsx').then((m) => ({ default: m.EmployerPage })),
);
const FollowUpsPage = lazy(() =>
  import('./pages/follow-ups-page.tsx').then((m) => ({ default: m.FollowUpsPage })),
);
const SubjectAccessPage = lazy(() =>
  import('./pages/subject-access-page.tsx').then((m) => ({ default: m.SubjectAccessPage })),
);
const NotFoundPage = lazy(() =>
  import('./pages/not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })),
);

/**
 * `/` goes to the specialist's workspace ("Mina deltagare") for specialists, else to
 * the participant list of the chosen programme.
 */
function Home() {
  const me = useMe();
  const programme = defaultProgramme(me);
  const specialist =
    programme?.personalData &&
    programme.roles.includes('specialist') &&
    !programme.roles.includes('supervisor');
  return (
    <Navigate
      replace
      to={programmeHref(specialist ? '/mina-deltagare' : '/deltagare', programme?.key)}
    />
  );
}

/**
 * URL scheme (Swedish paths, like the UI):
 *   /logga-in?next=PATH                    login, then back to PATH
 *   /deltagare?programme=KEY&status=S      participant list (status: open|waiting|closed|all)
 *   /deltagare/:id?programme=KEY           one participant (enrolment id); &action=close|follow-up
 *   /deltagare/:id/inskrivning             enrolment in steps (consent, baseline, specialist)
 *   /deltagare/:id/registerutdrag          everything held on the person (print, JSON, erase)
 *   /mina-deltagare?specialist=ID&sort=K   the specialist's workspace
 *   /arbetsledning                         caseload per specialist, queue, reassignment
 *   /remiss                                new referral
 *   /uppfoljningar                         follow-ups after closure
 *   /arbetsgivare, /arbetsgivare/:id       employer register, one employer
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
          <Route path="deltagare/:id/inskrivning" element={<EnrolPage />} />
          <Route path="deltagare/:id/registerutdrag" element={<SubjectAccessPage />} />
          <Route path="mina-deltagare" element={<MyParticipantsPage />} />
          <Route path="arbetsledning" element={<SupervisionPage />} />
          <Route path="remiss" element={<ReferralPage />} />
          <Route path="uppfoljningar" element={<FollowUpsPage />} />
          <Route path="arbetsgivare" element={<EmployersPage />} />
          <Route path="arbetsgivare/:id" element={<EmployerPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
