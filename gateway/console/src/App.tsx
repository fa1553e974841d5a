import { useQuery } from '@apollo/client';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { MeQuery } from './api/operations';
import { errorCode, errorMessage } from './api/errors';
import { signOut } from './auth/keycloak';
import { can, SessionContext } from './auth/session';
import { Shell } from './layout/Shell';
import { lazy, Suspense } from 'react';

// Each page loads when first opened: the charts library alone is larger than the rest of a page.
const HomePage = lazy(() => import('./pages/HomePage').then((m) => ({ default: m.HomePage })));
const RequestListPage = lazy(() => import('./pages/RequestListPage').then((m) => ({ default: m.RequestListPage })));
const RequestDetailPage = lazy(() => import('./pages/RequestDetailPage').then((m) => ({ default: m.RequestDetailPage })));
const CreateRequestPage = lazy(() => import('./pages/CreateRequestPage').then((m) => ({ default: m.CreateRequestPage })));
const DispatchBoardPage = lazy(() => import('./pages/DispatchBoardPage').then((m) => ({ default: m.DispatchBoardPage })));
const TechniciansPage = lazy(() => import('./pages/TechniciansPage').then((m) => ({ default: m.TechniciansPage })));
const WorkOrderPage = lazy(() => import('./pages/WorkOrderPage').then((m) => ({ default: m.WorkOrderPage })));
const MyJobsPage = lazy(() => import('./pages/MyJobsPage').then((m) => ({ default: m.MyJobsPage })));
const MyJobPage = lazy(() => import('./pages/MyJobsPage').then((m) => ({ default: m.MyJobPage })));
const CommitmentsPage = lazy(() => import('./pages/CommitmentsPage').then((m) => ({ default: m.CommitmentsPage })));
const CalendarPage = lazy(() => import('./pages/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const CompanySettingsPage = lazy(() => import('./pages/CompanySettingsPage').then((m) => ({ default: m.CompanySettingsPage })));
const UsersPage = lazy(() => import('./pages/UsersPage').then((m) => ({ default: m.UsersPage })));
const CustomerPage = lazy(() => import('./pages/CustomerPage').then((m) => ({ default: m.CustomerPage })));
const CustomersPage = lazy(() => import('./pages/CustomersPage').then((m) => ({ default: m.CustomersPage })));
const ImportCustomersPage = lazy(() => import('./pages/ImportCustomersPage').then((m) => ({ default: m.ImportCustomersPage })));
const NewCustomerPage = lazy(() => import('./pages/CustomerPage').then((m) => ({ default: m.NewCustomerPage })));
const CatalogPage = lazy(() => import('./pages/CatalogPage').then((m) => ({ default: m.CatalogPage })));
const FieldKpiPage = lazy(() => import('./pages/FieldKpiPage').then((m) => ({ default: m.FieldKpiPage })));
const DispatchSettingsPage = lazy(() => import('./pages/DispatchSettingsPage').then((m) => ({ default: m.DispatchSettingsPage })));
const TenantsPage = lazy(() => import('./pages/TenantsPage').then((m) => ({ default: m.TenantsPage })));
const StockPage = lazy(() => import('./pages/StockPage').then((m) => ({ default: m.StockPage })));
const PartPage = lazy(() => import('./pages/PartPage').then((m) => ({ default: m.PartPage })));
const PartsCatalogPage = lazy(() => import('./pages/PartsCatalogPage').then((m) => ({ default: m.PartsCatalogPage })));
const ImportPartsPage = lazy(() => import('./pages/ImportPartsPage').then((m) => ({ default: m.ImportPartsPage })));
const TransfersPage = lazy(() => import('./pages/TransfersPage').then((m) => ({ default: m.TransfersPage })));
const PartReservationsPage = lazy(() => import('./pages/PartReservationsPage').then((m) => ({ default: m.PartReservationsPage })));
const StocktakesPage = lazy(() => import('./pages/StocktakesPage').then((m) => ({ default: m.StocktakesPage })));
const StocktakePage = lazy(() => import('./pages/StocktakePage').then((m) => ({ default: m.StocktakePage })));
const LocationsPage = lazy(() => import('./pages/LocationsPage').then((m) => ({ default: m.LocationsPage })));
const DefectAnalysisPage = lazy(() => import('./pages/DefectAnalysisPage').then((m) => ({ default: m.DefectAnalysisPage })));

/** Who is signed in decides what there is: a blocked page, or the shell with the routes of the roles. */
export function App() {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(MeQuery, { fetchPolicy: 'network-only' });

  if (loading && !data) return <Spin size="large" fullscreen tip={t('app.loading')} />;
  if (error || !data) {
    const code = errorCode(error);
    if (code === 'TENANT_SUSPENDED') return <Blocked title={t('blocked.suspendedTitle')} text={t('blocked.suspended')} status="403" />;
    return (
      <Result status="error" title={t('common.error')} subTitle={errorMessage(t, error)}
        extra={[<Button key="retry" type="primary" onClick={() => refetch()}>{t('app.retry')}</Button>, <Button key="out" onClick={signOut}>{t('user.logout')}</Button>]} />
    );
  }
  const me = data.me;
  if (me.roles.length === 0) return <Blocked title={t('blocked.noRolesTitle')} text={t('blocked.noRoles')} status="403" />;
  if (!me.tenant && !can.manageTenants(me)) return <Blocked title={t('blocked.noTenantTitle')} text={t('blocked.noTenant')} status="403" />;

  return (
    <SessionContext.Provider value={me}>
      <Shell>
        <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          {can.readRequests(me) && <Route path="/requests" element={<RequestListPage />} />}
          {can.readRequests(me) && <Route path="/requests/:id" element={<RequestDetailPage />} />}
          {can.createRequests(me) && <Route path="/requests/new" element={<CreateRequestPage />} />}
          {can.dispatch(me) && <Route path="/dispatch" element={<DispatchBoardPage />} />}
          {can.dispatch(me) && <Route path="/dispatch/technicians" element={<TechniciansPage />} />}
          {can.readKpis(me) && <Route path="/dispatch/kpis" element={<FieldKpiPage />} />}
          {can.dispatch(me) && <Route path="/work-orders/:id" element={<WorkOrderPage />} />}
          {/* The queue became the board's first column. */}
          {can.dispatch(me) && <Route path="/queue" element={<Navigate to="/dispatch" replace />} />}
          {can.fieldWork(me) && <Route path="/my-jobs" element={<MyJobsPage />} />}
          {can.fieldWork(me) && <Route path="/my-jobs/:id" element={<MyJobPage />} />}
          {can.readCustomers(me) && <Route path="/customers" element={<CustomersPage />} />}
          {can.editCustomers(me) && <Route path="/customers/new" element={<NewCustomerPage />} />}
          {can.importCustomers(me) && <Route path="/customers/import" element={<ImportCustomersPage />} />}
          {can.readCustomers(me) && <Route path="/customers/:id" element={<CustomerPage />} />}
          {can.manageTenants(me) && <Route path="/tenants" element={<TenantsPage />} />}
          {can.readStock(me) && <Route path="/parts" element={<StockPage />} />}
          {can.manageStock(me) && <Route path="/parts/catalog" element={<PartsCatalogPage />} />}
          {can.manageStock(me) && <Route path="/parts/import" element={<ImportPartsPage />} />}
          {can.manageStock(me) && <Route path="/parts/transfers" element={<TransfersPage />} />}
          {can.readStock(me) && <Route path="/parts/reservations" element={<PartReservationsPage />} />}
          {can.manageStock(me) && <Route path="/parts/stocktakes" element={<StocktakesPage />} />}
          {can.manageStock(me) && <Route path="/parts/stocktakes/:id" element={<StocktakePage />} />}
          {can.analyseDefects(me) && <Route path="/parts/defects" element={<DefectAnalysisPage />} />}
          {can.readStock(me) && <Route path="/parts/locations" element={<LocationsPage />} />}
          {can.readStock(me) && <Route path="/parts/:id" element={<PartPage />} />}
          {can.manageCommitments(me) && <Route path="/settings/commitments" element={<CommitmentsPage />} />}
          {can.manageCatalog(me) && <Route path="/settings/catalog" element={<CatalogPage />} />}
          {can.readCalendar(me) && <Route path="/calendar" element={<CalendarPage />} />}
          {can.manageCommitments(me) && <Route path="/settings/company" element={<CompanySettingsPage />} />}
          {can.manageCommitments(me) && <Route path="/settings/dispatch" element={<DispatchSettingsPage />} />}
          {can.manageCommitments(me) && <Route path="/settings/users" element={<UsersPage />} />}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
        </Suspense>
      </Shell>
    </SessionContext.Provider>
  );
}

function Blocked({ title, text, status }: { title: string; text: string; status: '403' }) {
  const { t } = useTranslation();
  return <Result status={status} title={title} subTitle={text} extra={<Button onClick={signOut}>{t('user.logout')}</Button>} />;
}
