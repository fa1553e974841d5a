import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppointmentStatus } from '../gql/graphql';
import { formatSlot } from './fieldWork';

type Slot = { start: string; end: string };
type Appointment = { status: AppointmentStatus; confirmed?: Slot | null; proposed?: Slot[]; confirmedBy?: string | null; withinCommitment?: boolean | null; technicianWorks?: boolean | null };

/** Whether a time keeps the arrival commitment: 承诺时限内 / 超出承诺. */
export function CommitmentTag({ within }: { within?: boolean | null }) {
  const { t } = useTranslation();
  if (within == null) return null;
  return <Tag color={within ? 'green' : 'orange'} data-testid="slot-commitment">{t(within ? 'fieldWork.within' : 'fieldWork.beyond')}</Tag>;
}

/** 预约时间: the agreed window (and who agreed it), the times waiting for the customer, or none yet. */
export function AppointmentLine({ appointment }: { appointment?: Appointment | null }) {
  const { t } = useTranslation();
  if (!appointment) return <Typography.Text type="secondary" data-testid="appointment">{t('fieldWork.noAppointment')}</Typography.Text>;
  if (appointment.status === 'CONFIRMED' && appointment.confirmed) {
    return (
      <Space size={4} wrap data-testid="appointment" data-status="CONFIRMED">
        <Typography.Text strong>{formatSlot(appointment.confirmed)}</Typography.Text>
        {appointment.confirmedBy && <Tag>{t(`fieldWork.confirmedBy.${appointment.confirmedBy}`, { defaultValue: appointment.confirmedBy })}</Tag>}
        <CommitmentTag within={appointment.withinCommitment} />
        {/* Moved onto the technician's day off or leave: the dispatcher should move it or reassign. */}
        {appointment.technicianWorks === false && <Tag color="red" data-testid="technician-off">{t('fieldWork.technicianOff')}</Tag>}
      </Space>
    );
  }
  return (
    <Typography.Text type="warning" data-testid="appointment" data-status="PROPOSED">{t('fieldWork.waitingCustomer', { count: appointment.proposed?.length ?? 0 })}</Typography.Text>
  );
}
