import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Checkbox, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import { PhoneOutlined, ScheduleOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AppointmentOptionsQuery, SetAppointmentMutation } from '../api/operations';
import type { WorkOrderDetailFieldsFragment } from '../gql/graphql';
import { AppointmentLine, CommitmentTag } from './AppointmentLine';
import { dispatchError } from './dispatch';
import { formatSlot, PLANNABLE } from './fieldWork';
import { formatTime } from './labels';
import { RescheduleModal } from './RescheduleModal';

type Order = WorkOrderDetailFieldsFragment;
type Change = NonNullable<Order['appointment']>['changes'][number];

/**
 * 预约上门 for the dispatcher: the times that keep the arrival commitment (and those that do not),
 * sent to the customer's link to choose from or agreed on the phone; moving an agreed visit with its
 * cause; and every move so far with the minutes the arrival clock was paused for it.
 */
export function AppointmentPanel({ order }: { order: Order }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const plannable = PLANNABLE.includes(order.status);
  const agreed = order.appointment?.status === 'CONFIRMED';
  // Once a time is agreed it moves only by rescheduling (with its cause); before, times are offered.
  const options = useQuery(AppointmentOptionsQuery, { variables: { workOrderId: order.id }, skip: !plannable || agreed, fetchPolicy: 'cache-and-network' });
  const [setAppointment] = useMutation(SetAppointmentMutation);
  const [picked, setPicked] = useState<string[]>([]);
  const [sending, setSending] = useState<'PROPOSE' | 'CONFIRM'>();
  const [problem, setProblem] = useState<string>();
  const [rescheduling, setRescheduling] = useState(false);
  const appointment = order.appointment;
  const slots = options.data?.appointmentOptions ?? [];

  const send = async (mode: 'PROPOSE' | 'CONFIRM') => {
    if (picked.length === 0) return setProblem(t('fieldWork.pickOne'));
    if (mode === 'CONFIRM' && picked.length !== 1) return setProblem(t('fieldWork.confirmOne'));
    setProblem(undefined);
    setSending(mode);
    try {
      const chosen = slots.filter((s) => picked.includes(s.start)).map((s) => ({ start: s.start, end: s.end }));
      await setAppointment({ variables: { workOrderId: order.id, mode, slots: chosen } });
      message.success(mode === 'CONFIRM' ? t('fieldWork.confirmed', { slot: formatSlot(chosen[0]) }) : t('fieldWork.proposed', { count: chosen.length }));
      setPicked([]);
    } catch (e) {
      message.error(dispatchError(t, e), 6);
    } finally {
      setSending(undefined);
    }
  };

  return (
    <Card size="small" title={t('fieldWork.planTitle')} data-testid="appointment-panel"
      extra={plannable && agreed && (
        <Button icon={<ScheduleOutlined />} onClick={() => setRescheduling(true)} data-testid="reschedule">{t('fieldWork.reschedule')}</Button>
      )}>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Space size={8} wrap>
          <AppointmentLine appointment={appointment} />
          {appointment && <Tag color={appointment.status === 'CONFIRMED' ? 'green' : 'gold'}>{t(`fieldWork.appointmentStatus.${appointment.status}`)}</Tag>}
        </Space>
        {appointment?.status === 'PROPOSED' && appointment.proposed.length > 0 && (
          <Space direction="vertical" size={2}>
            <Typography.Text type="secondary">{t('fieldWork.offered')}</Typography.Text>
            {appointment.proposed.map((s) => <Typography.Text key={s.start} data-testid="offered-slot">{formatSlot(s)}</Typography.Text>)}
          </Space>
        )}

        {plannable && !agreed && (
          <>
            <Typography.Text type="secondary">{t('fieldWork.optionsHelp')}</Typography.Text>
            {options.loading && !options.data ? <Skeleton active paragraph={{ rows: 3 }} /> : slots.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fieldWork.noOptions')} />
            ) : (
              <Checkbox.Group value={picked} onChange={(v) => setPicked(v as string[])} style={{ width: '100%' }} data-testid="slot-options">
                <Space direction="vertical" size={6} style={{ width: '100%' }}>
                  {slots.map((s) => (
                    <div key={s.start} data-testid="slot-option" data-within={s.withinCommitment ? 'true' : 'false'}>
                      <Checkbox value={s.start}>
                        <Space size={6} wrap><span>{formatSlot(s)}</span><CommitmentTag within={s.withinCommitment} /></Space>
                      </Checkbox>
                    </div>
                  ))}
                </Space>
              </Checkbox.Group>
            )}
            {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
            <Space wrap>
              <Button type="primary" icon={<SendOutlined />} loading={sending === 'PROPOSE'} disabled={sending === 'CONFIRM'} onClick={() => send('PROPOSE')} data-testid="propose-slots">
                {t('fieldWork.propose')}
              </Button>
              <Button icon={<PhoneOutlined />} loading={sending === 'CONFIRM'} disabled={sending === 'PROPOSE'} onClick={() => send('CONFIRM')} data-testid="confirm-slot">
                {t('fieldWork.confirmByPhone')}
              </Button>
            </Space>
          </>
        )}
        {!plannable && <Alert type="info" showIcon message={t('fieldWork.notPlannable')} />}

        <ChangeHistory changes={appointment?.changes ?? []} />
      </Space>
      {rescheduling && <RescheduleModal order={order} onClose={() => setRescheduling(false)} />}
    </Card>
  );
}

/** 改约记录: each move, from when to when, whose doing, why, and the minutes the arrival clock paused. */
function ChangeHistory({ changes }: { changes: Change[] }) {
  const { t } = useTranslation();
  if (!changes.length) return null;
  return (
    <div data-testid="appointment-changes">
      <Typography.Text strong>{t('fieldWork.history')}</Typography.Text>
      <List
        size="small"
        dataSource={changes}
        renderItem={(c) => (
          <List.Item style={{ paddingInline: 0 }} data-testid="appointment-change">
            <Space direction="vertical" size={0}>
              <Typography.Text>{c.from ? formatSlot(c.from) : '—'} → <strong>{formatSlot(c.to)}</strong></Typography.Text>
              <Space size={4} wrap>
                <Tag color={c.cause === 'CUSTOMER' ? 'blue' : 'orange'}>{t(`fieldWork.causeShort.${c.cause}`)}</Tag>
                <Typography.Text type="secondary">{c.reason}</Typography.Text>
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatTime(c.at)} · <span data-testid="paused-minutes">{c.pausedMinutes > 0 ? t('fieldWork.paused', { count: c.pausedMinutes }) : t('fieldWork.notPaused')}</span>
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}
