import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useLocation } from 'react-router';
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
const ProgrammeSettingsPage = lazy(() =>
  import('./pages/programme-settings-page.tsx').then((m) => ({
    default: m.ProgrammeSettingsPage,
  })),
);
const FollowUpsPage = lazy(() =>
  import('./pages/follow-ups-page.tsx').then((m) => ({ default: m.FollowUpsPage })),
);
const SubjectAccessPage = lazy(() =>
  import('./pages/subject-access-page.tsx').then((m) => ({ default: m.SubjectAccessPage })),
);
const ReportsOutcomesPage = lazy(() =>
  import('./pages/reports-outcomes-page.tsx').then((m) => ({ default: m.ReportsOutcomesPage })),
);
const ReportsParticipantsPage = lazy(() =>
  import('./pages/reports-participants-page.tsx').then((m) => ({
    default: m.ReportsParticipantsPage,
  })),
);
const ReportsMovementPage = lazy(() =>
  import('./pages/reports-movement-page.tsx').then((m) => ({ default: m.ReportsMovementPage })),
);
const ReportsCaseloadPage = lazy(() =>
  import('./pages/reports-caseload-page.tsx').then((m) => ({ default: m.ReportsCaseloadPage })),
);
const ReportsFactBoxPage = lazy(() =>
  import('./pages/reports-fact-box-page.tsx').then((m) => ({ default: m.ReportsFactBoxPage })),
);
const ReportsLastingPage = lazy(() =>
  import('./pages/reports-lasting-page.tsx').then((m) => ({ default: m.ReportsLastingPage })),
);
const ReportsTimeMeasuresPage = lazy(() =>
  import('./pages/reports-time-measures-page.tsx').then((m) => ({
    default: m.ReportsTimeMeasuresPage,
  })),
);
const ReportsDefinitionsPage = lazy(() =>
  import('./pages/reports-definitions-page.tsx').then((m) => ({
    default: m.ReportsDefinitionsPage,
  })),
);
const FidelityPage = lazy(() =>
  import('./pages/fidelity-page.tsx').then((m) => ({ default: m.FidelityPage })),
);
const FidelityReviewPage = lazy(() =>
  import('./pages/fidelity-review-page.tsx').then((m) => ({ default: m.FidelityReviewPage })),
);
const FidelityConsensusPage = lazy(() =>
  import('./pages/fidelity-consensus-page.tsx').then((m) => ({
    default: m.FidelityConsensusPage,
  })),
);
const FidelityReportPage = lazy(() =>
  import('./pages/fidelity-report-page.tsx').then((m) => ({ default: m.FidelityReportPage })),
);
const FidelityHistoryPage = lazy(() =>
  import('./pages/fidelity-history-page.tsx').then((m) => ({ default: m.FidelityHistoryPage })),
);
const FidelityComparePage = lazy(() =>
  import('./pages/fidelity-compare-page.tsx').then((m) => ({ default: m.FidelityComparePage })),
);
const SocioPage = lazy(() =>
  import('./pages/socio-page.tsx').then((m) => ({ default: m.SocioPage })),
);
const SocioAnalysisPage = lazy(() =>
  import('./pages/socio-analysis-page.tsx').then((m) => ({ default: m.SocioAnalysisPage })),
);
const FundingPage = lazy(() =>
  import('./pages/funding-page.tsx').then((m) => ({ default: m.FundingPage })),
);
const FundingAllocationPage = lazy(() =>
  import('./pages/funding-allocation-page.tsx').then((m) => ({
    default: m.FundingAllocationPage,
  })),
);
const NotFoundPage = lazy(() =>
  import('./pages/not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })),
);

/** `/rapporter` opens the outcome overview, keeping the selection in the URL. */
function ReportsHome() {
  const { search } = useLocation();
  return <Navigate replace to={`/rapporter/utfall${search}`} />;
}

/**
 * `/` goes to the specialist's workspace ("Mina deltagare") for specialists, else to
 * the participant list of the chosen programme.
 */
function Home() {
  const me = useMe();
  const programme = defaultProgramme(me);
  // Analysts and funders see aggregates only: they land on the reports.
  if (programme && !programme.personalData)
    return <Navigate replace to={programmeHref('/rapporter/utfall', programme.key)} />;
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
 *   /installningar                         the programme's settings (supervisors, admins change)
 *   /arbetsgivare, /arbetsgivare/:id       employer register, one employer
 *   /rapporter/utfall|deltagare|forflyttning|arbetsbelastning|faktaruta|varaktiga-resultat|tidsmatt
 *     ?programme=KEY&association=KEY&from=&to=&denominator=&ageBands=&by=   the reports
 *   /rapporter/definitioner                own outcome definitions
 *   /programtrohet?programme=KEY           fidelity reviews; /historik, /jamforelse
 *   /programtrohet/:id[/konsensus|/rapport] one review: scoring, consensus, report + action plan
 *   /samhallsekonomi?programme=KEY         socio-economic analyses: list, new, import
 *   /samhallsekonomi/:id                   one analysis: payers, years, assumptions, rows
 *   /finansiering?programme=KEY&year=Y     funding decisions, spend, calendar, costs
 *   /finansiering/fordelning               budget allocation, cost-sharing keys, grant import
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
          <Route path="installningar" element={<ProgrammeSettingsPage />} />
          <Route path="arbetsgivare" element={<EmployersPage />} />
          <Route path="arbetsgivare/:id" element={<EmployerPage />} />
          <Route path="rapporter" element={<ReportsHome />} />
          <Route path="rapporter/utfall" element={<ReportsOutcomesPage />} />
          <Route path="rapporter/deltagare" element={<ReportsParticipantsPage />} />
          <Route path="rapporter/forflyttning" element={<ReportsMovementPage />} />
          <Route path="rapporter/arbetsbelastning" element={<ReportsCaseloadPage />} />
          <Route path="rapporter/faktaruta" element={<ReportsFactBoxPage />} />
          <Route path="rapporter/varaktiga-resultat" element={<ReportsLastingPage />} />
          <Route path="rapporter/tidsmatt" element={<ReportsTimeMeasuresPage />} />
          <Route path="rapporter/definitioner" element={<ReportsDefinitionsPage />} />
          <Route path="programtrohet" element={<FidelityPage />} />
          <Route path="programtrohet/historik" element={<FidelityHistoryPage />} />
          <Route path="programtrohet/jamforelse" element={<FidelityComparePage />} />
          <Route path="programtrohet/:id" element={<FidelityReviewPage />} />
          <Route path="programtrohet/:id/konsensus" element={<FidelityConsensusPage />} />
          <Route path="programtrohet/:id/rapport" element={<FidelityReportPage />} />
          <Route path="samhallsekonomi" element={<SocioPage />} />
          <Route path="samhallsekonomi/:id" element={<SocioAnalysisPage />} />
          <Route path="finansiering" element={<FundingPage />} />
          <Route path="finansiering/fordelning" element={<FundingAllocationPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
