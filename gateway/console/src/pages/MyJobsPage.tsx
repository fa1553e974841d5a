import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Empty, Result, Skeleton, Space, Typography } from 'antd';
import {
  ArrowLeftOutlined, CarOutlined, CheckCircleOutlined, CloseCircleOutlined, EnvironmentOutlined, ExclamationCircleOutlined, FlagOutlined, InboxOutlined, PhoneOutlined, ReloadOutlined, RightOutlined,
  SafetyCertificateOutlined, SendOutlined, ToolOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { AcceptChargesMutation, MyJobsQuery, PriceListQuery, WorkOrderActionMutation, WorkOrderQuery } from '../api/operations';
import { errorCode, errorMessage } from '../api/errors';
import { useMe } from '../auth/session';
import { AppointmentLine } from '../components/AppointmentLine';
import { ChargesCard } from '../components/ChargesCard';
import { CompleteCard } from '../components/CompleteCard';
import { DefectReturn } from '../components/DefectReturn';
import { ClockTag, dispatchError, EmergencyMark, openClocks, todaysJobs, WorkOrderStatusTag, WorkOrderTimeline } from '../components/dispatch';
import { AT_WORK, formatFen, NEEDS_INPUT, PLANNABLE, SETBACKS, stepButtons, telLink } from '../components/fieldWork';
import { FieldStepModal, type StepInput } from '../components/FieldStepModal';
import { JobHeader } from '../components/JobHeader';
import { PartLines } from '../components/PartLines';
import { PartsPicker } from '../components/PartsPicker';
import { RescheduleModal } from '../components/RescheduleModal';
import { ServiceReportForm } from '../components/ServiceReportForm';
import { ConfirmationView, DepotView } from '../components/VisitRecords';
import { placeOf, TierTag } from '../components/divisions';
import { formatTime } from '../components/labels';
import { WarrantyStatusTag } from '../components/warranty';
import type { FieldAction, FieldActionDetails, MyJobsQuery as MyJobsData } from '../gql/graphql';

type Job = MyJobsData['workOrders']['edges'][number]['node'];

/** The key of each step's button label under `myJobs`. */
const LABEL: Record<FieldAction, string> = {
  ACCEPT: 'accept', DECLINE: 'decline', START_TRAVEL: 'startTravel', ARRIVE: 'arrive', RECEIVE: 'receive', START_REPAIR: 'startRepair', QC_PASS: 'qcPass', QC_FAIL: 'qcFail', SHIP: 'ship', COMPLETE: 'complete', FAIL: 'fail',
};
const ICON: Record<FieldAction, ReactNode> = {
  ACCEPT: <CheckCircleOutlined />, DECLINE: <CloseCircleOutlined />, START_TRAVEL: <SendOutlined />, ARRIVE: <FlagOutlined />, RECEIVE: <InboxOutlined />, START_REPAIR: <ToolOutlined />,
  QC_PASS: <SafetyCertificateOutlined />, QC_FAIL: <ExclamationCircleOutlined />, SHIP: <CarOutlined />, COMPLETE: <CheckCircleOutlined />, FAIL: <ExclamationCircleOutlined />,
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

/** One job in the list: who and where, what is wrong, when; the card opens the job, the phone button calls. */
function JobCard({ job }: { job: Job }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const done = job.availableActions.length === 0;
  const open = () => navigate(`/my-jobs/${job.id}`);
  return (
    <Card size="small" hoverable role="link" tabIndex={0} onClick={open} onKeyDown={(e) => e.key === 'Enter' && open()}
      data-testid="job-card" data-number={job.requestNumber} data-model={job.productModel}
      style={{ borderLeft: `4px solid ${job.emergency ? '#ff4d4f' : done ? '#d9d9d9' : '#1677ff'}`, opacity: done ? 0.75 : 1, cursor: 'pointer' }}>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <Space size={4} wrap>
            <Typography.Text strong style={{ fontSize: 16 }} data-testid="job-number">{job.requestNumber}</Typography.Text>
            <WorkOrderStatusTag status={job.status} />
            <WarrantyStatusTag status={job.warrantyStatus} />
            {job.emergency && <EmergencyMark />}
          </Space>
          <RightOutlined style={{ color: '#bfbfbf', marginTop: 6 }} />
        </Space>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center">
          <Typography.Text style={{ fontSize: 15 }}>{job.customerName}</Typography.Text>
          <Button size="small" icon={<PhoneOutlined />} href={telLink(job.customerPhone)} onClick={(e) => e.stopPropagation()} data-testid="job-call">{job.customerPhone}</Button>
        </Space>
        <Typography.Text type="secondary">{job.productModel} · {t(`category.${job.category}`)} · {t(`workOrder.visitType.${job.visitType}`)}</Typography.Text>
        {(job.divisionCode || job.address) && (
          <Space size={4} wrap><EnvironmentOutlined />{job.divisionCode && <span>{placeOf(job.divisionCode)}</span>}<TierTag tier={job.regionTier} />{job.address && <Typography.Text type="secondary">{job.address}</Typography.Text>}</Space>
        )}
        <Typography.Text ellipsis style={{ maxWidth: '100%' }}>{job.problemDescription}</Typography.Text>
        {!done && <AppointmentLine appointment={job.appointment} />}
        {openClocks(job.clocks).filter((c) => c.commitment === 'arrival').map((c) => <ClockTag key={c.commitment} clock={c} />)}
      </Space>
    </Card>
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

/**
 * One job on the phone: what and where, big buttons for the steps the service offers now; at work,
 * the work sheet (report, parts, charges the customer agrees to) and the completion with the
 * customer's signature; its story.
 */
export function MyJobPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  // Polled: the customer may agree to the charges on their link, the parts service answers for the parts.
  const { data, loading, error, refetch } = useQuery(WorkOrderQuery, { variables: { id }, pollInterval: 15_000 });
  const priceList = useQuery(PriceListQuery).data?.dispatchSettings.priceList;
  const [act, { loading: acting }] = useMutation(WorkOrderActionMutation, { refetchQueries: [MyJobsQuery] });
  const [acceptCharges, { loading: accepting }] = useMutation(AcceptChargesMutation);
  const [running, setRunning] = useState<FieldAction>();
  const [completing, setCompleting] = useState<'SIGNED' | 'LINK' | null>(null);
  const [asking, setAsking] = useState<FieldAction>();
  const [rescheduling, setRescheduling] = useState(false);
  const back = <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/my-jobs')} size="large">{t('myJobs.back')}</Button>;

  const run = async (action: FieldAction, input: StepInput = {}) => {
    setRunning(action);
    try {
      let location: { lat: number; lng: number } | null = null;
      if (action === 'ARRIVE') {
        const hide = message.loading(t('myJobs.locating'), 0);
        location = await currentPosition();
        hide();
        if (!location) message.warning(t('myJobs.noLocation'));
      }
      await act({ variables: { workOrderId: id, action, note: input.note ?? null, location, details: input.details ?? null } });
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

  const complete = async (how: 'SIGNED' | 'LINK', details?: FieldActionDetails) => {
    setCompleting(how);
    await run('COMPLETE', { details });
    setCompleting(null);
  };

  const agree = async () => {
    try {
      // The amount the customer was shown: if it changed meanwhile, they are asked again.
      const result = await acceptCharges({ variables: { workOrderId: id, total: w?.charges?.total ?? 0 } });
      message.success(t('fieldWork.chargesAccepted', { amount: formatFen(result.data?.acceptCharges.charges?.acceptedTotal ?? 0) }));
    } catch (e) {
      message.error(dispatchError(t, e), 6);
      if (errorCode(e) === 'CONFLICT') void refetch();
    }
  };

  if (loading && !data) return <Card><Skeleton active /></Card>;
  if ((error && ['BAD_USER_INPUT', 'NOT_FOUND'].includes(errorCode(error))) || (data && !data.workOrder)) {
    return <Result status="404" title={t('errors.NOT_FOUND')} subTitle={t('workOrder.notFound')} extra={back} />;
  }
  if (error || !data?.workOrder) return <Alert type="error" showIcon message={errorMessage(t, error)} action={<Button onClick={() => refetch()}>{t('app.retry')}</Button>} />;

  const w = data.workOrder;
  const steps = stepButtons(w.availableActions);
  const atWork = AT_WORK.includes(w.status);
  const canComplete = w.availableActions.includes('COMPLETE');
  const canReschedule = PLANNABLE.includes(w.status) && w.appointment?.status === 'CONFIRMED';
  return (
    <Space direction="vertical" size={12} style={{ width: '100%', maxWidth: 640 }} data-testid="my-job">
      <Link to="/my-jobs"><ArrowLeftOutlined /> {t('myJobs.back')}</Link>
      <JobHeader job={w} onReschedule={canReschedule ? () => setRescheduling(true) : undefined} />

      <Card size="small" title={t('myJobs.next')} data-testid="next-actions">
        {steps.length === 0 && !canComplete ? (
          <Typography.Text type="secondary">{t('myJobs.noNext')}</Typography.Text>
        ) : (
          <Space direction="vertical" size={10} style={{ width: '100%' }}>
            {steps.map((action, i) => {
              const setback = SETBACKS.includes(action);
              return (
                <Button key={action} block size="large" icon={ICON[action]} data-testid={`action-${action}`}
                  type={i === 0 && !setback ? 'primary' : 'default'} danger={setback} disabled={acting && running !== action} loading={running === action && !completing}
                  style={{ height: 56, fontSize: 18 }}
                  onClick={() => (NEEDS_INPUT.includes(action) ? setAsking(action) : run(action))}>
                  {t(`myJobs.${LABEL[action]}`)}
                </Button>
              );
            })}
            {canComplete && <Typography.Text type="secondary" data-testid="complete-below">{t('fieldWork.completeBelow')}</Typography.Text>}
          </Space>
        )}
      </Card>

      {atWork && (
        <>
          <Typography.Title level={5} style={{ margin: '4px 0 0' }}>{t('fieldWork.workSheet')}</Typography.Title>
          <ServiceReportForm workOrderId={w.id} report={w.report} labourStep={priceList?.labourStepMinutes} />
          <Card size="small" title={t('fieldWork.parts')} data-testid="parts-card">
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              <PartLines parts={w.parts} workOrderId={w.id} />
              <PartsPicker workOrderId={w.id} productModel={w.productModel} />
            </Space>
          </Card>
        </>
      )}
      {w.charges && (atWork || canComplete) && <ChargesCard charges={w.charges} onAccept={atWork ? agree : undefined} accepting={accepting} />}
      {canComplete && <CompleteCard visitType={w.visitType} charges={w.charges} completing={completing} onComplete={complete} />}
      <DefectReturn order={w} />

      {w.status === 'COMPLETED' && w.confirmation && (
        <Card size="small" title={t('fieldWork.confirmation')}><ConfirmationView confirmation={w.confirmation} /></Card>
      )}
      {w.depot?.receivedAt && <Card size="small" title={t('fieldWork.depot')}><DepotView depot={w.depot} /></Card>}

      <Card size="small" title={t('workOrder.timeline')}>
        <WorkOrderTimeline events={w.timeline} me={me.id} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('workOrder.updatedAt')} {formatTime(w.updatedAt)}</Typography.Text>
      </Card>

      {asking && <FieldStepModal action={asking} label={t(`myJobs.${LABEL[asking]}`)} loading={running === asking} onCancel={() => setAsking(undefined)} onSubmit={(input) => run(asking, input)} />}
      {rescheduling && <RescheduleModal order={w} onClose={() => setRescheduling(false)} />}
    </Space>
  );
}
