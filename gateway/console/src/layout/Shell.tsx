import { useState, type ReactNode } from 'react';
import { Avatar, Button, Dropdown, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import { ApartmentOutlined, AppstoreOutlined, CarryOutOutlined, ControlOutlined, LineChartOutlined, ToolOutlined, ContactsOutlined, CalendarOutlined, SettingOutlined, TeamOutlined, SafetyCertificateOutlined, DashboardOutlined, FileAddOutlined, GlobalOutlined, LogoutOutlined, MenuOutlined, OrderedListOutlined, ScheduleOutlined, UserOutlined } from '@ant-design/icons';
import { AuditOutlined, BarChartOutlined, DatabaseOutlined, EnvironmentOutlined, ImportOutlined, LinkOutlined, ProfileOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { signOut } from '../auth/keycloak';
import { can, useMe } from '../auth/session';
import { useLanguage } from '../i18n/LocaleProvider';
import { LiveAlerts } from './LiveAlerts';

const { Header, Sider, Content } = Layout;

/** Header with tenant and user, and a menu that shows each role only what it may use. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const { language, change } = useLanguage();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.lg;
  const [collapsed, setCollapsed] = useState(true);

  const items = [
    { key: '/', icon: <DashboardOutlined />, label: t('nav.home') },
    ...(can.readRequests(me) ? [{ key: '/requests', icon: <OrderedListOutlined />, label: t('nav.requests') }] : []),
    ...(can.createRequests(me) ? [{ key: '/requests/new', icon: <FileAddOutlined />, label: t('nav.newRequest') }] : []),
    ...(can.readCustomers(me) ? [{ key: '/customers', icon: <ContactsOutlined />, label: t('nav.customers') }] : []),
    ...(can.dispatch(me) ? [{ key: '/dispatch', icon: <ScheduleOutlined />, label: t('nav.dispatch') }] : []),
    ...(can.dispatch(me) ? [{ key: '/dispatch/technicians', icon: <ToolOutlined />, label: t('nav.technicians') }] : []),
    ...(can.readKpis(me) ? [{ key: '/dispatch/kpis', icon: <LineChartOutlined />, label: t('nav.kpis') }] : []),
    ...(can.fieldWork(me) ? [{ key: '/my-jobs', icon: <CarryOutOutlined />, label: t('nav.myJobs') }] : []),
    ...(can.readStock(me) ? [{ key: '/parts', icon: <DatabaseOutlined />, label: t('parts.nav.stock') }] : []),
    ...(can.readStock(me) ? [{ key: '/parts/reservations', icon: <LinkOutlined />, label: t('parts.nav.reservations') }] : []),
    ...(can.manageStock(me) ? [{ key: '/parts/transfers', icon: <SwapOutlined />, label: t('parts.nav.transfers') }] : []),
    ...(can.manageStock(me) ? [{ key: '/parts/stocktakes', icon: <AuditOutlined />, label: t('parts.nav.stocktakes') }] : []),
    ...(can.readStock(me) ? [{ key: '/parts/locations', icon: <EnvironmentOutlined />, label: t('parts.nav.locations') }] : []),
    ...(can.manageStock(me) ? [{ key: '/parts/catalog', icon: <ProfileOutlined />, label: t('parts.nav.catalog') }] : []),
    ...(can.manageStock(me) ? [{ key: '/parts/import', icon: <ImportOutlined />, label: t('parts.nav.import') }] : []),
    ...(can.analyseDefects(me) ? [{ key: '/parts/defects', icon: <BarChartOutlined />, label: t('parts.nav.defects') }] : []),
    ...(can.manageTenants(me) ? [{ key: '/tenants', icon: <ApartmentOutlined />, label: t('nav.tenants') }] : []),
    ...(can.manageCommitments(me) ? [{ key: '/settings/commitments', icon: <SafetyCertificateOutlined />, label: t('nav.commitments') }] : []),
    ...(can.manageCatalog(me) ? [{ key: '/settings/catalog', icon: <AppstoreOutlined />, label: t('nav.catalog') }] : []),
    ...(can.readCalendar(me) ? [{ key: '/calendar', icon: <CalendarOutlined />, label: t('nav.calendar') }] : []),
    ...(can.manageCommitments(me) ? [{ key: '/settings/users', icon: <TeamOutlined />, label: t('nav.users') }] : []),
    ...(can.manageCommitments(me) ? [{ key: '/settings/company', icon: <SettingOutlined />, label: t('nav.company') }] : []),
    ...(can.manageCommitments(me) ? [{ key: '/settings/dispatch', icon: <ControlOutlined />, label: t('nav.dispatchSettings') }] : []),
  ];
  // A work order belongs to the dispatch board.
  const pathname = location.pathname.startsWith('/work-orders/') ? '/dispatch' : location.pathname;
  const selected = items.map((i) => i.key).filter((k) => k === pathname || (k !== '/' && pathname.startsWith(k) && !items.some((o) => o.key !== k && o.key.startsWith(k) && pathname.startsWith(o.key))));

  const menu = (
    <Menu mode="inline" theme="dark" selectedKeys={selected} items={items} data-testid="nav"
      onClick={({ key }) => { navigate(key); if (narrow) setCollapsed(true); }} />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider breakpoint="lg" collapsedWidth={0} collapsed={narrow ? collapsed : false} trigger={null} width={208}
        style={narrow ? { position: 'fixed', zIndex: 20, height: '100vh' } : undefined}>
        <div style={{ color: '#fff', padding: '16px 20px', fontSize: 18, fontWeight: 600 }}>售后 Shouhou</div>
        {menu}
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 16px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8 }}>
          <Space>
            {narrow && <Button type="text" icon={<MenuOutlined />} aria-label="menu" onClick={() => setCollapsed(!collapsed)} />}
            <Typography.Text strong data-testid="tenant-name">{me.tenant ? me.tenant.displayName || me.tenant.name : t('user.platform')}</Typography.Text>
            {!narrow && me.roles.map((r) => <Tag key={r}>{t(`role.${r}`)}</Tag>)}
          </Space>
          <Dropdown
            menu={{
              items: [
                { key: 'lang', icon: <GlobalOutlined />, label: language === 'zh-CN' ? 'English' : '中文', onClick: () => change(language === 'zh-CN' ? 'en-US' : 'zh-CN') },
                { type: 'divider' },
                { key: 'logout', icon: <LogoutOutlined />, label: t('user.logout'), onClick: signOut },
              ],
            }}
          >
            <Button type="text" data-testid="user-menu">
              <Space>
                <Avatar size="small" icon={<UserOutlined />} />
                {!narrow && <span>{me.name || me.username}</span>}
              </Space>
            </Button>
          </Dropdown>
        </Header>
        <Content style={{ margin: narrow ? 8 : 24 }}>{children}</Content>
        <LiveAlerts />
      </Layout>
    </Layout>
  );
}
