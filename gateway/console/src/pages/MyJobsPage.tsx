import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Descriptions, Empty, Form, Input, Modal, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, CloseCircleOutlined, EnvironmentOutlined, ExclamationCircleOutlined, FlagOutlined, ReloadOutlined, RightOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { MyJobsQuery, WorkOrderActionMutation, WorkOrderQuery } from '../api/operations';
import { errorCode, errorMessage } from '../api/errors';
import { useMe } from '../auth/session';
import { ClockTag, dispatchError, EmergencyMark, openClocks, NEEDS_REASON, NEXT_ACTIONS, navigationUrl, todaysJobs, WorkOrderStatusTag, WorkOrderTimeline } from '../components/dispatch';
import { placeOf, TierTag } from '../components/divisions';
import { formatTime } from '../components/labels';
import type { FieldAction, WorkOrderFieldsFragment } from '../gql/graphql';

type Order = WorkOrderFieldsFragment;

/** The key of each step's button label under `myJobs`. */
const LABEL: Record<FieldAction, string> = { ACCEPT: 'accept', DECLINE: 'decline', START_TRAVEL: 'startTravel', ARRIVE: 'arrive', COMPLETE: 'complete', FAIL: 'fail' };
const ICON: Record<FieldAction, ReactNode> = {
  ACCEPT: <CheckCircleOutlined />, DECLINE: <CloseCircleOutlined />, START_TRAVEL: <SendOutlined />, ARRIVE: <FlagOutlined />, COMPLETE: <CheckCircleOutlined />, FAIL: <ExclamationCircleOutlined />,
};

/** 我的工单: a technician's jobs today as cards, the most urgent first; made for a phone. */
export function MyJobsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyJobsQuery, { pollInterval: 30_000 });
  const { open, finished } = todaysJobs(data?.workOrders.edges.map((e) => e.node) ?? []);
  return (
    <Space direction="vertical" size={12} style={{ width: '100%', maxWidth: 640 }} data-testid="my-jobs">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space direction="vertical" size={0}>
          <Typography.Title level={4} style={{ margin: 0 }}>{t('myJobs.title')}</Typography.Title>
          {data && <Typography.Text type="secondary" data-testid="my-jobs-count">{t('myJobs.today', { count: open.length })}</Typography.Text>}
        </Space>
        <Button icon={<ReloadOutlined />} onClick={() => refetch()} aria-label={t('common.refresh')} size="large" />
      </Space>
      {error && <Alert type="error" showIcon message={errorMessage(t, error)} action={<Button size="small" onClick={() => refetch()}>{t('app.retry')}</Button>} />}
      {loading && !data ? <Card><Skeleton active /></Card> : data && open.length === 0 && finished.length === 0 ? (
        <Card><Empty description={<Space direction="vertical" size={4}><span>{t('myJobs.empty')}</span><Typography.Text type="secondary">{t('myJobs.emptyHelp')}</Typography.Text></Space>} /></Card>
      ) : (
        <>
          {open.map((job) => <JobCard key={job.id} job={job} />)}
          {finished.length > 0 && (
            <>
              <Typography.Text type="secondary" style={{ marginTop: 8 }}>{t('myJobs.finished')}</Typography.Text>
              {finished.map((job) => <JobCard key={job.id} job={job} />)}
            </>
          )}
        </>
      )}
    </Space>
  );
}

function JobCard({ job }: { job: Order }) {
  const { t } = useTranslation();
  const done = !NEXT_ACTIONS[job.status].length;
  return (
    <Link to={`/my-jobs/${job.id}`} data-testid="job-card" data-number={job.requestNumber} style={{ display: 'block', color: 'inherit' }}>
      <Card size="small" hoverable style={{ borderLeft: `4px solid ${job.emergency ? '#ff4d4f' : done ? '#d9d9d9' : '#1677ff'}`, opacity: done ? 0.75 : 1 }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <Space direction="vertical" size={4}>
            <Space size={4} wrap>
              <Typography.Text strong style={{ fontSize: 16 }}>{job.requestNumber}</Typography.Text>
              <WorkOrderStatusTag status={job.status} />
              {job.emergency && <EmergencyMark />}
            </Space>
            <Typography.Text style={{ fontSize: 15 }}>{job.customerName}</Typography.Text>
            <Typography.Text type="secondary">{job.productModel} · {t(`category.${job.category}`)} · {t(`workOrder.visitType.${job.visitType}`)}</Typography.Text>
            {(job.divisionCode || job.regionTier) && (
              <Space size={4} wrap><EnvironmentOutlined /><span>{placeOf(job.divisionCode)}</span><TierTag tier={job.regionTier} /></Space>
            )}
            {openClocks(job.clocks).filter((c) => c.commitment === 'arrival').map((c) => <ClockTag key={c.commitment} clock={c} />)}
          </Space>
          <RightOutlined style={{ color: '#bfbfbf', marginTop: 6 }} />
        </Space>
      </Card>
    </Link>
  );
}

/** Where the browser says we are, if the technician allows it; null otherwise (never blocks the step for long). */
function currentPosition(timeoutMs = 8_000): Promise<{ lat: number; lng: number } | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs + 500);
    navigator.geolocation.getCurrentPosition(
      (p) => { clearTimeout(timer); resolve({ lat: p.coords.latitude, lng: p.coords.longitude }); },
      () => { clearTimeout(timer); resolve(null); },
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}

/** One job on the phone: what and where, big buttons for the next steps only, a way to navigate, its story. */
export function MyJobPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(WorkOrderQuery, { variables: { id } });
  const [act, { loading: acting }] = useMutation(WorkOrderActionMutation, { refetchQueries: [MyJobsQuery] });
  const [running, setRunning] = useState<FieldAction>();
  const [asking, setAsking] = useState<FieldAction>();
  const back = <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/my-jobs')} size="large">{t('myJobs.back')}</Button>;

  const run = async (action: FieldAction, note?: string) => {
    setRunning(action);
    try {
      let location: { lat: number; lng: number } | null = null;
      if (action === 'ARRIVE') {
        const hide = message.loading(t('myJobs.locating'), 0);
        location = await currentPosition();
        hide();
        if (!location) message.warning(t('myJobs.noLocation'));
      }
      await act({ variables: { workOrderId: id, action, note: note ?? null, location } });
      message.success(location ? `${t(`myJobs.done.${action}`)} · ${t('myJobs.located')}` : t(`myJobs.done.${action}`));
      setAsking(undefined);
      // A declined job is someone else's now.
      if (action === 'DECLINE') navigate('/my-jobs');
    } catch (e) {
      message.error(dispatchError(t, e), 6);
      if (errorCode(e) === 'CONFLICT') void refetch();
    } finally {
      setRunning(undefined);
    }
  };

  if (loading && !data) return <Card><Skeleton active /></Card>;
  if ((error && ['BAD_USER_INPUT', 'NOT_FOUND'].includes(errorCode(error))) || (data && !data.workOrder)) {
    return <Result status="404" title={t('errors.NOT_FOUND')} subTitle={t('workOrder.notFound')} extra={back} />;
  }
  if (error || !data?.workOrder) return <Alert type="error" showIcon message={errorMessage(t, error)} action={<Button onClick={() => refetch()}>{t('app.retry')}</Button>} />;

  const w = data.workOrder;
  const next = NEXT_ACTIONS[w.status];
  return (
    <Space direction="vertical" size={12} style={{ width: '100%', maxWidth: 640 }} data-testid="my-job">
      <Link to="/my-jobs"><ArrowLeftOutlined /> {t('myJobs.back')}</Link>
      <Card size="small">
        <Space direction="vertical" size={6} style={{ width: '100%' }}>
          <Space size={6} wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>{w.requestNumber}</Typography.Title>
            <WorkOrderStatusTag status={w.status} />
            {w.emergency && <EmergencyMark />}
          </Space>
          <Descriptions size="small" column={1} colon={false} styles={{ label: { width: 72, color: '#8c8c8c' } }}>
            <Descriptions.Item label={t('myJobs.customer')}><Typography.Text strong style={{ fontSize: 16 }}>{w.customerName}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label={t('myJobs.product')}>{w.productModel} · {t(`category.${w.category}`)}</Descriptions.Item>
            <Descriptions.Item label={t('workOrder.skill')}>
              <Space size={4} wrap><Tag>{w.skill}</Tag><Tag>{t(`workOrder.visitType.${w.visitType}`)}</Tag><Tag>{t(`workOrder.complexity.${w.complexity}`)}</Tag></Space>
            </Descriptions.Item>
            {openClocks(w.clocks).length > 0 && (
              <Descriptions.Item label={t('workOrder.clocks')}>
                <Space size={4} wrap>{openClocks(w.clocks).map((c) => <ClockTag key={c.commitment} clock={c} />)}</Space>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('myJobs.place')}>
              {w.divisionCode ? <Space size={4} wrap>{placeOf(w.divisionCode)}<TierTag tier={w.regionTier} /></Space> : '—'}
            </Descriptions.Item>
          </Descriptions>
          {w.location ? (
            <Button block size="large" icon={<EnvironmentOutlined />} href={navigationUrl(w.location, w.customerName)} target="_blank" rel="noreferrer" data-testid="navigate">
              {t('myJobs.navigate')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('myJobs.noNavigation')}</Typography.Text>
          )}
        </Space>
      </Card>

      <Card size="small" title={t('myJobs.next')} data-testid="next-actions">
        {next.length === 0 ? (
          <Typography.Text type="secondary">{t('myJobs.noNext')}</Typography.Text>
        ) : (
          <Space direction="vertical" size={10} style={{ width: '100%' }}>
            {next.map((action, i) => {
              const reason = NEEDS_REASON.includes(action);
              return (
                <Button key={action} block size="large" icon={ICON[action]} data-testid={`action-${action}`}
                  type={i === 0 && !reason ? 'primary' : 'default'} danger={reason} disabled={acting && running !== action} loading={running === action}
                  style={{ height: 56, fontSize: 18 }}
                  onClick={() => (reason ? setAsking(action) : run(action))}>
                  {t(`myJobs.${LABEL[action]}`)}
                </Button>
              );
            })}
          </Space>
        )}
      </Card>

      {/* Parts used, charges and the customer's signature come here (a later step of the field work). */}

      <Card size="small" title={t('workOrder.timeline')}>
        <WorkOrderTimeline events={w.timeline} me={me.id} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('workOrder.updatedAt')} {formatTime(w.updatedAt)}</Typography.Text>
      </Card>

      {asking && <ReasonModal action={asking} loading={running === asking} onCancel={() => setAsking(undefined)} onSubmit={(note) => run(asking, note)} />}
    </Space>
  );
}

function ReasonModal({ action, loading, onCancel, onSubmit }: { action: FieldAction; loading: boolean; onCancel(): void; onSubmit(note: string): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const decline = action === 'DECLINE';
  return (
    <Modal open title={t(decline ? 'myJobs.declineTitle' : 'myJobs.failTitle')} onCancel={onCancel} confirmLoading={loading} destroyOnHidden
      okText={t(`myJobs.${LABEL[action]}`)} okButtonProps={{ danger: true, size: 'large' }} cancelButtonProps={{ size: 'large' }} cancelText={t('common.cancel')}
      onOk={async () => onSubmit((await form.validateFields()).note.trim())}>
      <Form form={form} layout="vertical">
        <Form.Item name="note" rules={[{ required: true, whitespace: true, message: t('myJobs.reasonRequired') }]}>
          <Input.TextArea rows={4} maxLength={500} showCount autoFocus data-testid="action-reason"
            placeholder={t(decline ? 'myJobs.declinePlaceholder' : 'myJobs.failPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
