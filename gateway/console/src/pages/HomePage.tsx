import { useQuery } from '@apollo/client';
import { useEffect, useState } from 'react';
import { Alert, Card, Col, Empty, List, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DashboardQuery, IncomingQuery, MyJobsQuery, TenantsQuery } from '../api/operations';
import { todaysJobs } from '../components/dispatch';
import { errorMessage } from '../api/errors';
import { can, useMe } from '../auth/session';
import { QualityStats, VanStockCard, WarehouseStats } from '../components/PartsHome';

const CATEGORIES = [
  ['repair', 'REPAIR'], ['installation', 'INSTALLATION'], ['maintenance', 'MAINTENANCE'], ['consultation', 'CONSULTATION'],
  ['returns', 'RETURN'], ['exchange', 'EXCHANGE'], ['refund', 'REFUND'],
] as const;

/** Each role's starting point: the counts it works down, and where requests come from. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <Typography.Title level={3}>{t('home.welcome', { name: me.name || me.username })}</Typography.Title>
      {can.manageTenants(me) ? <PlatformHome /> : <TenantHome />}
    </>
  );
}

function TenantHome() {
  const { t } = useTranslation();
  const me = useMe();
  const withRequests = can.readRequests(me);
  const withQueue = can.readQueue(me);
  const { data, loading, error } = useQuery(DashboardQuery, { variables: { withRequests, withQueue }, pollInterval: 30_000 });
  if (error) return <Alert type="error" showIcon message={errorMessage(t, error)} />;
  if (loading && !data) return <Skeleton active />;
  const slices = CATEGORIES.map(([alias, category]) => ({ name: t(`category.${category}`), value: data?.[alias]?.totalCount ?? 0 })).filter((s) => s.value > 0);
  return (
    <Row gutter={[16, 16]}>
      {withRequests && (
        <Col xs={24} sm={12} lg={8}>
          <Card><Link to="/requests"><Statistic title={t('home.open')} value={data?.open?.totalCount ?? 0} data-testid="stat-open" /></Link></Card>
        </Col>
      )}
      {withQueue && (
        <Col xs={24} sm={12} lg={8}>
          <Card><Link to="/dispatch"><Statistic title={t('home.queue')} value={data?.queue?.totalCount ?? 0} data-testid="stat-queue" /></Link></Card>
        </Col>
      )}
      {can.fieldWork(me) && (
        <Col xs={24} sm={12} lg={8}>
          <MyJobsStat />
        </Col>
      )}
      {can.fieldWork(me) && (
        <Col xs={24} lg={16}>
          <VanStockCard />
        </Col>
      )}
      {can.manageStock(me) && <WarehouseStats />}
      {can.analyseDefects(me) && <QualityStats />}
      {can.createRequests(me) && (
        <Col xs={24} lg={16}>
          <Incoming />
        </Col>
      )}
      {withRequests && (
        <Col xs={24} lg={16}>
          <Card title={t('home.byCategory')}>
            {slices.length === 0 ? <Empty description={t('home.empty')} /> : (
              <ReactECharts style={{ height: 300 }} option={{
                tooltip: { trigger: 'item' },
                legend: { bottom: 0 },
                series: [{ type: 'pie', radius: ['40%', '70%'], data: slices, label: { formatter: '{b}: {c}' } }],
              }} />
            )}
          </Card>
        </Col>
      )}
    </Row>
  );
}

/** The agent's incoming queue: requests waiting for a first response, the most urgent first. */
function Incoming() {
  const { t } = useTranslation();
  const { data, error } = useQuery(IncomingQuery, { pollInterval: 30_000 });
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (error) return <Alert type="error" showIcon message={errorMessage(t, error)} />;
  const rows = data?.serviceRequests.edges.map((e) => e.node) ?? [];
  return (
    <Card title={t('home.incoming', { count: data?.serviceRequests.totalCount ?? 0 })} data-testid="incoming">
      {rows.length === 0 ? (
        <Empty description={t('home.noneWaiting')} />
      ) : (
        <List
          size="small"
          dataSource={rows}
          renderItem={(r) => {
            const left = Math.round((Date.parse(r.firstResponseDueAt!) - now) / 60_000);
            const color = left < 0 ? 'red' : left < 30 ? 'orange' : 'green';
            return (
              <List.Item extra={<Tag color={color}>{left < 0 ? t('home.overdueBy', { minutes: -left }) : t('home.dueIn', { minutes: left })}</Tag>}>
                <Link to={`/requests/${r.id}`}>{r.number}</Link>&nbsp;{r.customerName} · {r.productModel} · {t(`category.${r.category}`)}
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}

/** A technician's jobs still to do today, and the way to them. */
function MyJobsStat() {
  const { t } = useTranslation();
  const { data, error } = useQuery(MyJobsQuery, { pollInterval: 30_000 });
  if (error) return <Alert type="error" showIcon message={errorMessage(t, error)} />;
  const { open, finished } = todaysJobs(data?.workOrders.edges.map((e) => e.node) ?? []);
  return (
    <Card title={t('home.myJobs')}>
      <Link to="/my-jobs">
        <Row gutter={16}>
          <Col span={12}><Statistic title={t('home.myOpen')} value={open.length} loading={!data} data-testid="stat-my-jobs" /></Col>
          <Col span={12}><Statistic title={t('myJobs.finished')} value={finished.length} loading={!data} /></Col>
        </Row>
      </Link>
    </Card>
  );
}

function PlatformHome() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(TenantsQuery);
  if (error) return <Alert type="error" showIcon message={errorMessage(t, error)} />;
  if (loading && !data) return <Skeleton active />;
  const tenants = data?.tenants ?? [];
  const active = tenants.filter((x) => x.status === 'ACTIVE').length;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={8}><Card><Link to="/tenants"><Statistic title={t('home.tenants')} value={tenants.length} /></Link></Card></Col>
      <Col xs={12} sm={8}><Card><Statistic title={t('home.active')} value={active} valueStyle={{ color: '#3f8600' }} /></Card></Col>
      <Col xs={12} sm={8}><Card><Statistic title={t('home.suspended')} value={tenants.length - active} valueStyle={{ color: '#cf1322' }} /></Card></Col>
    </Row>
  );
}
