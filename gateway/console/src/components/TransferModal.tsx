import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { Alert, App, Button, Col, Form, Input, InputNumber, Modal, Row } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { RequestTransferMutation, TransfersQuery, WarehouseDashboardQuery } from '../api/parts';
import type { TransferFieldsFragment } from '../gql/graphql';
import { LocationSelect, partsError, partsFieldErrors, PartSelect, type Location } from './parts';

export interface TransferDraft {
  fromLocationId?: string;
  toLocationId?: string;
  lines: { sku?: string; quantity?: number }[];
  reason?: string;
}

type Values = { fromLocationId: string; toLocationId: string; lines: { sku: string; quantity: number }[]; reason?: string };

/** 调拨申请: from where, to where, which parts and how many; 补货 opens it filled in. */
export function TransferModal({ title, draft, locations, onClose, onDone }: {
  title: string; draft: TransferDraft; locations: Location[]; onClose(): void; onDone?(transfer: TransferFieldsFragment): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const [request, { loading }] = useMutation(RequestTransferMutation, { refetchQueries: [TransfersQuery, WarehouseDashboardQuery] });
  const from = Form.useWatch('fromLocationId', form);
  const to = Form.useWatch('toLocationId', form);

  const submit = async () => {
    const values = await form.validateFields();
    setFailure(undefined);
    try {
      const transfer = (await request({ variables: { ...values, reason: values.reason?.trim() || null } })).data!.requestTransfer;
      message.success(t('parts.transfer.requested', { number: transfer.number }));
      onDone?.(transfer);
      onClose();
    } catch (error) {
      form.setFields(partsFieldErrors(t, error).map((f) => ({ name: f.name as never, errors: f.errors })));
      setFailure(partsError(t, error));
    }
  };

  return (
    <Modal open title={title} onCancel={onClose} onOk={submit} confirmLoading={loading} okText={t('parts.transfer.submit')} cancelText={t('common.cancel')}
      destroyOnHidden width={640} okButtonProps={{ 'data-testid': 'transfer-submit' } as never}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="transfer-failure" />}
      <Form<Values> form={form} layout="vertical" initialValues={draft} data-testid="transfer-form">
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="fromLocationId" label={t('parts.transfer.from')} rules={[{ required: true, message: t('parts.transfer.fromRequired') }]}>
              <LocationSelect locations={locations} exclude={to} testId="transfer-from" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="toLocationId" label={t('parts.transfer.to')} dependencies={['fromLocationId']}
              rules={[{ required: true, message: t('parts.transfer.toRequired') }, ({ getFieldValue }) => ({
                validator: (_, value) => (value && value === getFieldValue('fromLocationId') ? Promise.reject(new Error(t('parts.errors.sameLocation'))) : Promise.resolve()),
              })]}>
              <LocationSelect locations={locations} exclude={from} testId="transfer-to" />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="lines" rules={[{ validator: (_, lines) => (lines?.length ? Promise.resolve() : Promise.reject(new Error(t('parts.transfer.lineRequired')))) }]}>
          {(fields, { add, remove }, { errors }) => (
            <>
              <div style={{ marginBottom: 8 }}>{t('parts.transfer.lines')}</div>
              {fields.map((field) => (
                <Row key={field.key} gutter={8} wrap={false} align="top" data-testid="transfer-line">
                  <Col flex="auto" style={{ minWidth: 0 }}>
                    <Form.Item name={[field.name, 'sku']} rules={[{ required: true, message: t('parts.transfer.partRequired') }]} style={{ marginBottom: 8 }}>
                      <PartSelect style={{ width: '100%' }} testId="transfer-part" />
                    </Form.Item>
                  </Col>
                  <Col flex="96px">
                    <Form.Item name={[field.name, 'quantity']} rules={[{ required: true, message: t('parts.transfer.quantityRequired') }]} style={{ marginBottom: 8 }}>
                      <InputNumber min={1} max={1_000_000} precision={0} placeholder={t('parts.field.quantity')} style={{ width: '100%' }} data-testid="transfer-quantity" />
                    </Form.Item>
                  </Col>
                  <Col flex="none">
                    <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />
                  </Col>
                </Row>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ quantity: 1 })} style={{ marginBottom: 16 }}>{t('parts.transfer.addLine')}</Button>
            </>
          )}
        </Form.List>
        <Form.Item name="reason" label={t('parts.field.reason')}>
          <Input maxLength={500} placeholder={t('parts.transfer.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
