import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Descriptions, Divider, Empty, Input, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CustomerVisitActionMutation, TrackVisitQuery } from '../api/operations';
import { errorCode, errorMessage } from '../api/errors';
import type { CustomerVisitStep, PublicVisitFieldsFragment } from '../gql/graphql';
import { ChargeLines } from './ChargesCard';
import { WorkOrderStatusTag } from './dispatch';
import { AT_WORK, chargesAgreement, formatFen, formatSlot } from './fieldWork';

type Visit = PublicVisitFieldsFragment;

/**
 * 上门服务 on the customer's tracking link: the times offered to choose from, the agreed appointment,
 * what they pay (and agreeing to it while the technician is at work), confirming or disputing the
 * service once done, and the parcel's tracking number for a depot repair.
 */
export function VisitSection({ token }: { token: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(TrackVisitQuery, { variables: { token }, pollInterval: 30_000 });
  const [act] = useMutation(CustomerVisitActionMutation, {
    // The visit has no id of its own: put the answer where the page reads it.
    update: (cache, { data: answer }) => {
      if (answer) cache.writeQuery({ query: TrackVisitQuery, variables: { token }, data: { trackVisit: answer.customerVisitAction } });
    },
  });
  const [busy, setBusy] = useState<CustomerVisitStep>();

  const step = async (which: CustomerVisitStep, extra: { start?: string; comment?: string; total?: number } = {}) => {
    setBusy(which);
    try {
      await act({ variables: { token, step: which, start: extra.start ?? null, comment: extra.comment ?? null, total: extra.total ?? null } });
      return true;
    } catch (e) {
      if (errorCode(e) === 'CONFLICT') {
        message.warning(t('visit.conflict'), 6);
        void refetch();
      } else message.error(errorMessage(t, e), 6);
      return false;
    } finally {
      setBusy(undefined);
    }
  };

  let body;
  if (loading && !data) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (error) body = <Alert type="error" showIcon message={errorMessage(t, error)} action={<Button size="small" onClick={() => refetch()}>{t('app.retry')}</Button>} />;
  else if (!data?.trackVisit) {
    body = <Empty data-testid="visit-not-planned" description={<Space direction="vertical" size={4}><Typography.Text strong>{t('visit.notPlanned')}</Typography.Text><Typography.Text type="secondary">{t('visit.notPlannedHelp')}</Typography.Text></Space>} />;
  } else body = <VisitDetails visit={data.trackVisit} busy={busy} onStep={step} />;

  return (
    <section data-testid="visit-section">
      <Divider orientation="left" style={{ marginTop: 8 }}>{t('visit.title')}</Divider>
      {body}
    </section>
  );
}

type OnStep = (which: CustomerVisitStep, extra?: { start?: string; comment?: string; total?: number }) => Promise<boolean>;

function VisitDetails({ visit, busy, onStep }: { visit: Visit; busy?: CustomerVisitStep; onStep: OnStep }) {
  const { t } = useTranslation();
  const agreement = chargesAgreement(visit.charges);
  const askAgreement = AT_WORK.includes(visit.status) && (agreement === 'PENDING' || agreement === 'CHANGED');
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('visit.type')}>{t(`workOrder.visitType.${visit.visitType}`)}</Descriptions.Item>
        <Descriptions.Item label={t('visit.status')}><WorkOrderStatusTag status={visit.status} /></Descriptions.Item>
        {visit.technicianName && <Descriptions.Item label={t('visit.technician')}><span data-testid="visit-technician">{visit.technicianName}</span></Descriptions.Item>}
        {visit.appointment?.status === 'CONFIRMED' && visit.appointment.confirmed && (
          <Descriptions.Item label={t('visit.appointment')}><Typography.Text strong data-testid="visit-appointment">{formatSlot(visit.appointment.confirmed)}</Typography.Text></Descriptions.Item>
        )}
        {visit.shipment && (
          <Descriptions.Item label={t('visit.shipment')}>
            <span data-testid="visit-shipment">{visit.shipment.carrier} · <Typography.Text copyable>{visit.shipment.trackingNumber}</Typography.Text></span>
          </Descriptions.Item>
        )}
      </Descriptions>

      {visit.appointment?.status === 'PROPOSED' && visit.appointment.proposed.length > 0 && (
        <ChooseSlot slots={visit.appointment.proposed} busy={busy === 'CHOOSE_SLOT'} onChoose={(start) => onStep('CHOOSE_SLOT', { start })} />
      )}

      {(visit.charges.chargeable || visit.charges.lines.length > 0) && (
        <div data-testid="visit-charges">
          <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
            <Typography.Text strong>{t('visit.charges')}</Typography.Text>
            {!visit.charges.chargeable && <Tag color="green">{t('fieldWork.free')}</Tag>}
          </Space>
          <ChargeLines charges={visit.charges} />
          {askAgreement && (
            <Space direction="vertical" size={8} style={{ width: '100%', marginTop: 12 }}>
              <Alert type="warning" showIcon message={t('visit.acceptHelp')} />
              <Button block size="large" type="primary" loading={busy === 'ACCEPT_CHARGES'} onClick={() => onStep('ACCEPT_CHARGES', { total: visit.charges.total })} data-testid="visit-accept-charges">{t('visit.accept')}</Button>
            </Space>
          )}
          {agreement === 'ACCEPTED' && <Alert style={{ marginTop: 12 }} type="success" showIcon message={t('visit.accepted', { amount: formatFen(visit.charges.acceptedTotal ?? 0) })} />}
        </div>
      )}

      {visit.status === 'COMPLETED' && <Confirm visit={visit} busy={busy} onStep={onStep} />}
    </Space>
  );
}

function ChooseSlot({ slots, busy, onChoose }: { slots: { start: string; end: string }[]; busy: boolean; onChoose(start: string): void }) {
  const { t } = useTranslation();
  const [start, setStart] = useState<string>();
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }} data-testid="visit-choose-slot">
      <Typography.Text strong>{t('visit.chooseSlot')}</Typography.Text>
      <Typography.Text type="secondary">{t('visit.chooseHelp')}</Typography.Text>
      <Space direction="vertical" size={8} style={{ width: '100%' }} role="radiogroup" aria-label={t('visit.chooseSlot')}>
        {slots.map((s) => (
          <Button key={s.start} block size="large" role="radio" aria-checked={start === s.start} type={start === s.start ? 'primary' : 'default'} ghost={start === s.start}
            icon={start === s.start ? <CheckCircleOutlined /> : <ClockCircleOutlined />} onClick={() => setStart(s.start)} data-testid="visit-slot" style={{ height: 52, fontSize: 16 }}>
            {formatSlot(s)}
          </Button>
        ))}
      </Space>
      <Button block size="large" type="primary" disabled={!start} loading={busy} onClick={() => start && onChoose(start)} data-testid="visit-choose">{t('visit.choose')}</Button>
    </Space>
  );
}

/** After completion: the customer confirms, or says what is wrong (a comment is needed). */
function Confirm({ visit, busy, onStep }: { visit: Visit; busy?: CustomerVisitStep; onStep: OnStep }) {
  const { t } = useTranslation();
  const [disputing, setDisputing] = useState(false);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const status = visit.confirmation.status;
  if (status === 'CONFIRMED') return <Result status="success" icon={<CheckCircleOutlined />} title={t('visit.confirmed')} data-testid="visit-confirmed" style={{ padding: 16 }} />;
  if (status === 'DISPUTED') return <Result status="warning" icon={<ExclamationCircleOutlined />} title={t('visit.disputed')} subTitle={visit.confirmation.comment} data-testid="visit-disputed" style={{ padding: 16 }} />;
  const dispute = async () => {
    if (!comment.trim()) return setMissing(true);
    await onStep('DISPUTE_SERVICE', { comment: comment.trim() });
  };
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }} data-testid="visit-confirm">
      <Typography.Text strong>{t('visit.confirmTitle')}</Typography.Text>
      <Typography.Text type="secondary">{t('visit.confirmHelp')}</Typography.Text>
      {disputing ? (
        <>
          <Input.TextArea rows={3} maxLength={500} value={comment} onChange={(e) => { setComment(e.target.value); setMissing(false); }} placeholder={t('visit.commentPlaceholder')} status={missing ? 'error' : undefined} data-testid="visit-comment" />
          {missing && <Typography.Text type="danger">{t('visit.commentRequired')}</Typography.Text>}
          <Space style={{ width: '100%' }} direction="vertical">
            <Button block size="large" danger type="primary" loading={busy === 'DISPUTE_SERVICE'} onClick={dispute} data-testid="visit-dispute-submit">{t('visit.submit')}</Button>
            <Button block size="large" onClick={() => setDisputing(false)}>{t('common.cancel')}</Button>
          </Space>
        </>
      ) : (
        <>
          <Button block size="large" type="primary" loading={busy === 'CONFIRM_SERVICE'} onClick={() => onStep('CONFIRM_SERVICE')} data-testid="visit-confirm-service">{t('visit.confirm')}</Button>
          <Button block size="large" danger onClick={() => setDisputing(true)} data-testid="visit-dispute">{t('visit.dispute')}</Button>
        </>
      )}
    </Space>
  );
}
