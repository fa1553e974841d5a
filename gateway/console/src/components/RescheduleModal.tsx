import { useMutation } from '@apollo/client';
import { App, DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { RescheduleAppointmentMutation } from '../api/operations';
import { fieldIssues, issueMessage } from '../api/errors';
import type { DelayCause } from '../gql/graphql';
import { dispatchError } from './dispatch';
import { formatSlot, windowLabel, WINDOW_STARTS } from './fieldWork';

type Values = { date: Dayjs; window: number; cause: DelayCause; reason: string };

/**
 * 改约: moves the agreed visit to another two-hour window. When the customer asked for it, the arrival
 * clock pauses for the delay; when the company caused it, the clock keeps running.
 */
export function RescheduleModal({ order, onClose }: { order: { id: string; requestNumber: string; appointment?: { confirmed?: { start: string; end: string } | null } | null }; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [reschedule, { loading }] = useMutation(RescheduleAppointmentMutation);
  const current = order.appointment?.confirmed;

  const submit = async () => {
    const v = await form.validateFields();
    const start = v.date.hour(v.window).minute(0).second(0).millisecond(0);
    const slot = { start: start.toISOString(), end: start.add(2, 'hour').toISOString() };
    try {
      await reschedule({ variables: { workOrderId: order.id, slot, cause: v.cause, reason: v.reason.trim() } });
      message.success(t('fieldWork.rescheduled', { slot: formatSlot(slot) }));
      onClose();
    } catch (e) {
      const issues = fieldIssues(e).filter((i) => i.field === 'reason');
      if (issues.length) form.setFields(issues.map((i) => ({ name: 'reason' as const, errors: [issueMessage(t, i)] })));
      else message.error(dispatchError(t, e), 6);
    }
  };

  return (
    <Modal open title={t('fieldWork.rescheduleTitle', { number: order.requestNumber })} onCancel={onClose} onOk={submit} confirmLoading={loading} destroyOnHidden
      okText={t('fieldWork.reschedule')} cancelText={t('common.cancel')} okButtonProps={{ size: 'large', 'data-testid': 'reschedule-submit' } as never} cancelButtonProps={{ size: 'large' }}>
      {current && <Typography.Paragraph type="secondary">{t('fieldWork.appointment')}：{formatSlot(current)}</Typography.Paragraph>}
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ cause: 'CUSTOMER' }} data-testid="reschedule-form">
        <div style={{ display: 'flex', gap: 8 }}>
          <Form.Item name="date" label={t('fieldWork.newDate')} rules={[{ required: true, message: t('fieldWork.dateRequired') }]} style={{ flex: 1 }}>
            <DatePicker size="large" style={{ width: '100%' }} inputReadOnly disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="reschedule-date" />
          </Form.Item>
          <Form.Item name="window" label={t('fieldWork.newWindow')} rules={[{ required: true, message: t('fieldWork.windowRequired') }]} style={{ flex: 1 }}>
            <Select size="large" data-testid="reschedule-window" options={WINDOW_STARTS.map((h) => ({ value: h, label: windowLabel(h) }))} />
          </Form.Item>
        </div>
        <Form.Item name="cause" label={t('fieldWork.cause')}>
          <Radio.Group data-testid="reschedule-cause">
            {(['CUSTOMER', 'COMPANY'] as const).map((c) => <Radio key={c} value={c} style={{ display: 'flex', marginBottom: 6 }}>{t(`fieldWork.causes.${c}`)}</Radio>)}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="reason" label={t('fieldWork.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('fieldWork.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={300} placeholder={t('fieldWork.reasonPlaceholder')} data-testid="reschedule-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
