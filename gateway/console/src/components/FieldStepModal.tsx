import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldAction, FieldActionDetails } from '../gql/graphql';
import { SETBACKS } from './fieldWork';

export type StepInput = { note?: string; details?: FieldActionDetails };
type Values = { note?: string; condition?: string; accessories?: string[]; carrier?: string; trackingNumber?: string };

const TITLES: Partial<Record<FieldAction, string>> = { DECLINE: 'myJobs.declineTitle', FAIL: 'myJobs.failTitle', RECEIVE: 'fieldWork.stepTitle.RECEIVE', QC_FAIL: 'fieldWork.stepTitle.QC_FAIL', SHIP: 'fieldWork.stepTitle.SHIP' };
const PLACEHOLDERS: Partial<Record<FieldAction, string>> = { DECLINE: 'myJobs.declinePlaceholder', FAIL: 'myJobs.failPlaceholder', QC_FAIL: 'fieldWork.qcNotePlaceholder' };

/**
 * What a step asks for before it is sent: why (decline, failed visit, failed QC), the product's
 * condition and accessories on arrival at the depot, the carrier and tracking number when it is
 * shipped back. The service checks the same.
 */
export function FieldStepModal({ action, label, loading, onCancel, onSubmit }: { action: FieldAction; label: string; loading: boolean; onCancel(): void; onSubmit(input: StepInput): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const setback = SETBACKS.includes(action);
  const required = (message: string) => [{ required: true, whitespace: true, message }];

  const submit = async () => {
    const v = await form.validateFields();
    if (setback) return onSubmit({ note: v.note!.trim() });
    if (action === 'RECEIVE') return onSubmit({ details: { condition: v.condition!.trim(), accessories: (v.accessories ?? []).map((a) => a.trim()).filter(Boolean) } });
    return onSubmit({ details: { carrier: v.carrier!.trim(), trackingNumber: v.trackingNumber!.trim() } });
  };

  return (
    <Modal open title={t(TITLES[action] ?? 'myJobs.next')} onCancel={onCancel} confirmLoading={loading} destroyOnHidden
      okText={label} okButtonProps={{ danger: setback, size: 'large', 'data-testid': 'step-submit' } as never} cancelButtonProps={{ size: 'large' }} cancelText={t('common.cancel')}
      onOk={submit}>
      <Form form={form} layout="vertical" requiredMark={false} data-testid={`step-form-${action}`}>
        {setback && (
          <Form.Item name="note" rules={required(t('myJobs.reasonRequired'))}>
            <Input.TextArea rows={4} maxLength={500} showCount autoFocus data-testid="action-reason" placeholder={t(PLACEHOLDERS[action]!)} />
          </Form.Item>
        )}
        {action === 'RECEIVE' && (
          <>
            <Form.Item name="condition" label={t('fieldWork.condition')} rules={required(t('fieldWork.conditionRequired'))}>
              <Input.TextArea rows={3} maxLength={500} autoFocus placeholder={t('fieldWork.conditionPlaceholder')} data-testid="receive-condition" />
            </Form.Item>
            <Form.Item name="accessories" label={t('fieldWork.accessories')}>
              <Select mode="tags" size="large" open={false} tokenSeparators={[',', '，', '、']} placeholder={t('fieldWork.accessoriesPlaceholder')} data-testid="receive-accessories" />
            </Form.Item>
          </>
        )}
        {action === 'SHIP' && (
          <>
            <Form.Item name="carrier" label={t('fieldWork.carrier')} rules={required(t('fieldWork.carrierRequired'))}>
              <Input size="large" maxLength={40} autoFocus placeholder={t('fieldWork.carrierPlaceholder')} data-testid="ship-carrier" />
            </Form.Item>
            <Form.Item name="trackingNumber" label={t('fieldWork.trackingNumber')} rules={required(t('fieldWork.trackingRequired'))}>
              <Input size="large" maxLength={40} data-testid="ship-tracking" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
