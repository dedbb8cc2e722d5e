import { lazy, Suspense, useEffect, useMemo } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { type Client, Provider, useQuery } from 'urql';
import { graphql } from './gql';
import { Spin } from 'antd';
import { makeClient } from './lib/client';
import { prefetchDashboard } from './lib/dashboard-data';
import { prefetchCountyName } from './lib/county';
import { openNotificationLink, useNotificationLinks } from './lib/links';
import { prefetchUnits } from './lib/units';
import {
  can,
  getSession,
  homeOf,
  refreshMe,
  useSession,
  worksStatements,
  worksTheCounty,
} from './lib/session';
import { ConsoleLayout } from './components/ConsoleLayout';
import { LoginPage } from './pages/LoginPage';
// The centre's landing page comes with the app (no second round trip); the other pages load when opened.
import DashboardPage from './pages/DashboardPage';

const IncidentsPage = lazy(() => import('./pages/IncidentsPage'));
const IncidentDetailPage = lazy(() => import('./pages/IncidentDetailPage'));
const InboxPage = lazy(() => import('./pages/InboxPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const StatementsPage = lazy(() => import('./pages/StatementsPage'));
const AdminPage = lazy(() => import('./pages/AdminPage'));
const OrganizationPage = lazy(() => import('./pages/OrganizationPage'));
const DutyPage = lazy(() => import('./pages/DutyPage'));
const DailyReportsPage = lazy(() => import('./pages/DailyReportsPage'));
const SpecialReportsPage = lazy(() => import('./pages/SpecialReportsPage'));
const DocumentsPage = lazy(() => import('./pages/DocumentsPage'));
const SpecialReportPage = lazy(() => import('./pages/SpecialReportPage'));
const TaskLinkPage = lazy(() => import('./pages/TaskLinkPage'));
const ProfilePage = lazy(() => import('./pages/ProfilePage'));
const LeaderDeskPage = lazy(() => import('./pages/LeaderDeskPage'));
const AssessmentPage = lazy(() => import('./pages/AssessmentPage'));
const IntakePage = lazy(() => import('./pages/IntakePage'));
const IntakeEntryPage = lazy(() => import('./pages/IntakeEntryPage'));

const ME = graphql(`
  query ConsoleMe {
    me {
      ...ConsoleSessionUser
    }
  }
`);

/**
 * Asks `me` once as the console starts: a session kept in the browser carries the capabilities of the day it was
 * opened (or none, if stored before they existed), and the menu, routes and landing page follow them.
 */
function FreshMe() {
  const [{ data }] = useQuery({ query: ME, requestPolicy: 'network-only' });
  useEffect(() => {
    if (data?.me) refreshMe(data.me);
  }, [data]);
  return null;
}

/**
 * The first client is made as this module loads, and the first page's queries leave with it: the units and the
 * county's name for every signed-in page, the dashboard's own two for the centre's. They take tens of milliseconds,
 * React's first render hundreds: the answers are in the cache when the pages ask. Later sign-ins get a new client.
 */
let boot: { key: string; client: Client } | null = (() => {
  openNotificationLink();
  const s = getSession();
  const client = makeClient();
  if (s) {
    prefetchUnits(client);
    prefetchCountyName(client);
  }
  if (s && worksTheCounty(s) && ['/', '/dashboard'].includes(location.pathname)) prefetchDashboard(client);
  return { key: s ? s.me.id : '', client };
})();

export function App() {
  useNotificationLinks();
  const session = useSession();
  const sessionKey = session ? `${session.me.id}` : '';
  // A new sign-in gets a new client: an empty cache, a new socket with the new token.
  const client = useMemo(() => {
    if (boot?.key === sessionKey) return boot.client;
    boot = null;
    return makeClient();
  }, [sessionKey]);
  if (!session)
    return (
      <Provider value={client}>
        <Routes>
          <Route path="*" element={<LoginPage />} />
        </Routes>
      </Provider>
    );
  return (
    <Provider value={client}>
      <FreshMe />
      <ConsoleLayout>
        <Suspense fallback={<Spin style={{ display: 'block', margin: '120px auto' }} />}>
          <Routes>
            <Route path="/" element={<Navigate to={homeOf(session)} replace />} />
            <Route path="/login" element={<Navigate to={homeOf(session)} replace />} />
            {worksTheCounty(session) && <Route path="/dashboard" element={<DashboardPage />} />}
            {can(session, 'READ_INTAKE_QUEUE') && <Route path="/intake" element={<IntakePage />} />}
            {can(session, 'ENTER_INTAKE_ITEMS') && (
              <Route path="/enter-intake" element={<IntakeEntryPage />} />
            )}
            <Route path="/incidents" element={<IncidentsPage />} />
            <Route path="/incidents/:id" element={<IncidentDetailPage />} />
            {can(session, 'WORK_INBOX') && <Route path="/inbox" element={<InboxPage />} />}
            <Route path="/tasks/:id" element={<TaskLinkPage />} />
            <Route path="/duty" element={<DutyPage />} />
            {can(session, 'READ_DAILY_REPORTS') && (
              <>
                <Route path="/reports" element={<DailyReportsPage />} />
                <Route path="/reports/:id" element={<DailyReportsPage />} />
              </>
            )}
            {can(session, 'READ_SPECIAL_REPORTS') && (
              <>
                <Route path="/special-reports" element={<SpecialReportsPage />} />
                <Route path="/special-reports/:id" element={<SpecialReportPage />} />
              </>
            )}
            <Route path="/documents" element={<DocumentsPage />} />
            <Route path="/documents/:id" element={<DocumentsPage />} />
            {worksStatements(session) && <Route path="/statements" element={<StatementsPage />} />}
            <Route path="/leader" element={<LeaderDeskPage />} />
            <Route path="/profile" element={<ProfilePage />} />
            <Route path="/assessment" element={<AssessmentPage />} />
            {can(session, 'READ_AUDIT') && <Route path="/audit" element={<AuditPage />} />}
            {can(session, 'READ_AUDIT') && <Route path="/audit/:id" element={<AuditPage />} />}
            {can(session, 'ADMINISTER_SETTINGS') && <Route path="/admin" element={<AdminPage />} />}
            {can(session, 'ADMINISTER_ORGANIZATION') && (
              <Route path="/organization" element={<OrganizationPage />} />
            )}
            <Route path="*" element={<Navigate to={homeOf(session)} replace />} />
          </Routes>
        </Suspense>
      </ConsoleLayout>
    </Provider>
  );
}
