import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Form, Input, InputNumber, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { RollbackOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ReturnDefectivePartMutation, WorkOrderDefectsQuery } from '../api/parts';
import type { FailureCause, WorkOrderStatus } from '../gql/graphql';
import { formatTime } from './labels';
import { partsError, partsFieldErrors } from './parts';
import { CAUSES } from './partsLogic';

/** Where a replaced part can be handed back: at work on the job, or once it is done. */
const RETURNABLE: WorkOrderStatus[] = ['ON_SITE', 'RECEIVED', 'IN_REPAIR', 'QC_PASSED', 'SHIPPED', 'COMPLETED'];

type Values = { sku: string; quantity: number; cause: FailureCause; serialNumber?: string; note?: string };

/**
 * 旧件返还 on the technician's job: the part taken out of the product, from the job's part lines, with
 * why it failed, for the quality manager's analysis. Shows nothing on a job without part lines or
 * before the technician is at work on it; lists what was already returned.
 */
export function DefectReturn({ order }: { order: { id: string; status: WorkOrderStatus; parts: { sku: string; name: string; quantity: number }[] } }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [form] = Form.useForm<Values>();
  const shown = RETURNABLE.includes(order.status) && order.parts.length > 0;
  const returned = useQuery(WorkOrderDefectsQuery, { variables: { workOrderId: order.id }, skip: !shown });
  const [send, { loading }] = useMutation(ReturnDefectivePartMutation, { refetchQueries: [WorkOrderDefectsQuery] });
  if (!shown) return null;

  // One choice per sku, with how many the job used.
  const used = new Map<string, { name: string; quantity: number }>();
  for (const p of order.parts) used.set(p.sku, { name: p.name, quantity: (used.get(p.sku)?.quantity ?? 0) + p.quantity });

  const submit = async () => {
    const values = await form.validateFields();
    setFailure(undefined);
    try {
      const defect = (await send({ variables: { workOrderId: order.id, sku: values.sku, quantity: values.quantity, cause: values.cause, serialNumber: values.serialNumber?.trim() || null, note: values.note?.trim() || null } })).data!.returnDefectivePart;
      message.success(t('parts.defectReturn.done', { sku: defect.sku, count: defect.quantity, cause: t(`parts.cause.${defect.cause}`) }));
      setOpen(false);
      form.resetFields();
    } catch (error) {
      form.setFields(partsFieldErrors(t, error).map((f) => ({ name: f.name as never, errors: f.errors })));
      setFailure(partsError(t, error));
    }
  };

  const defects = returned.data?.defects ?? [];
  return (
    <Card size="small" title={t('parts.defectReturn.title')} data-testid="defect-return">
      <Space direction="vertical" size={10} style={{ width: '100%' }}>
        {defects.length > 0 && (
          <List size="small" dataSource={defects} data-testid="returned-defects"
            renderItem={(d) => (
              <List.Item data-testid="returned-defect" data-sku={d.sku} data-cause={d.cause}>
                <Space size={4} wrap>
                  <Typography.Text strong>{d.sku}</Typography.Text>
                  <span>{d.partName} × {d.quantity}</span>
                  <Tag color="magenta">{t(`parts.cause.${d.cause}`)}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatTime(d.returnedAt)}</Typography.Text>
                </Space>
              </List.Item>
            )} />
        )}
        <Button block size="large" icon={<RollbackOutlined />} style={{ height: 48 }} onClick={() => setOpen(true)} data-testid="defect-return-open">{t('parts.defectReturn.button')}</Button>
      </Space>
      <Modal open={open} title={t('parts.defectReturn.button')} onCancel={() => setOpen(false)} onOk={submit} confirmLoading={loading}
        okText={t('parts.defectReturn.submit')} cancelText={t('common.cancel')} okButtonProps={{ size: 'large', 'data-testid': 'defect-return-submit' } as never} cancelButtonProps={{ size: 'large' }}>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="defect-return-failure" />}
        <Form<Values> form={form} layout="vertical" size="large" data-testid="defect-return-form"
          initialValues={{ sku: used.size === 1 ? [...used.keys()][0] : undefined, quantity: 1 }}>
          <Form.Item name="sku" label={t('parts.defectReturn.part')} rules={[{ required: true, message: t('parts.defectReturn.partRequired') }]}>
            <Select data-testid="defect-part" options={[...used].map(([value, p]) => ({ value, label: `${value} ${p.name}（×${p.quantity}）` }))} />
          </Form.Item>
          <Form.Item name="quantity" label={t('parts.field.quantity')} rules={[{ required: true, message: t('errors.required', { field: t('parts.field.quantity') }) }]}>
            <InputNumber min={1} max={99} precision={0} inputMode="numeric" style={{ width: '100%' }} data-testid="defect-quantity" />
          </Form.Item>
          <Form.Item name="cause" label={t('parts.defectReturn.cause')} rules={[{ required: true, message: t('parts.defectReturn.causeRequired') }]}>
            <Select data-testid="defect-cause" options={CAUSES.map((c) => ({ value: c, label: t(`parts.cause.${c}`) }))} />
          </Form.Item>
          <Form.Item name="serialNumber" label={t('parts.defectReturn.serial')} extra={t('parts.defectReturn.serialHelp')}>
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
          <Form.Item name="note" label={t('parts.field.note')}>
            <Input.TextArea rows={2} maxLength={500} placeholder={t('parts.defectReturn.notePlaceholder')} data-testid="defect-note" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
