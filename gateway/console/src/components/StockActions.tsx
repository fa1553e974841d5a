import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { Alert, App, Descriptions, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { AdjustStockMutation, ReceiveStockMutation, SetReorderLevelMutation, WarehouseDashboardQuery } from '../api/parts';
import { formatFen, yuanToFen } from './fieldWork';
import { locationLabel, partsError, partsFieldErrors, type Level } from './parts';
import { signed } from './partsLogic';

export type StockAction = 'receive' | 'adjust' | 'reorder';

/** 入库, 调整 or 再订货点 for one part at one location; `onDone` gets the level as it is now. */
export function StockActionModal({ action, level, onClose, onDone }: { action: StockAction; level: Level; onClose(): void; onDone(level: Level): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [failure, setFailure] = useState<string>();
  const options = { refetchQueries: [WarehouseDashboardQuery] };
  const [receive, receiving] = useMutation(ReceiveStockMutation, options);
  const [adjust, adjusting] = useMutation(AdjustStockMutation, options);
  const [reorder, reordering] = useMutation(SetReorderLevelMutation, options);
  const where = { locationId: level.locationId, sku: level.sku };
  const averageCost = level.onHand > 0 ? Math.round(level.value / level.onHand) / 100 : undefined;

  const submit = async () => {
    const values = await form.validateFields();
    setFailure(undefined);
    try {
      let next: Level;
      if (action === 'receive') {
        next = (await receive({ variables: { ...where, quantity: values.quantity, unitCost: yuanToFen(values.unitCost), reason: values.reason?.trim() || null } })).data!.receiveStock;
        message.success(t('parts.stock.received', { sku: level.sku, count: values.quantity }));
      } else if (action === 'adjust') {
        next = (await adjust({ variables: { ...where, quantity: values.quantity, reason: values.reason.trim() } })).data!.adjustStock;
        message.success(t('parts.stock.adjusted', { sku: level.sku, quantity: signed(values.quantity) }));
      } else {
        next = (await reorder({ variables: { ...where, reorderPoint: values.reorderPoint ?? null, reorderQuantity: values.reorderQuantity ?? null } })).data!.setReorderLevel;
        message.success(t('parts.stock.reorderSaved', { sku: level.sku }));
      }
      onDone(next);
      onClose();
    } catch (error) {
      form.setFields(partsFieldErrors(t, error).map((f) => ({ name: f.name as never, errors: f.errors })));
      setFailure(partsError(t, error));
    }
  };

  const titles: Record<StockAction, string> = {
    receive: t('parts.stock.receiveTitle', { sku: level.sku, location: locationLabel({ code: level.locationCode, name: level.locationName }) }),
    adjust: t('parts.stock.adjustTitle', { sku: level.sku, location: locationLabel({ code: level.locationCode, name: level.locationName }) }),
    reorder: t('parts.stock.reorderTitle', { sku: level.sku, location: locationLabel({ code: level.locationCode, name: level.locationName }) }),
  };
  const reasonRule = { validator: (_: unknown, v?: string) => ((v ?? '').trim().length >= 2 ? Promise.resolve() : Promise.reject(new Error(t('parts.stock.reasonRequired')))) };

  return (
    <Modal open title={titles[action]} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden
      confirmLoading={receiving.loading || adjusting.loading || reordering.loading} okButtonProps={{ 'data-testid': 'stock-action-submit' } as never}>
      <Descriptions size="small" column={2} style={{ marginBottom: 16 }}
        items={[
          { key: 'name', label: t('parts.field.name'), children: level.name, span: 2 },
          { key: 'onHand', label: t('parts.field.onHand'), children: `${level.onHand} ${level.unit}` },
          { key: 'available', label: t('parts.field.available'), children: level.available },
        ]} />
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="stock-action-failure" />}
      <Form form={form} layout="vertical" data-testid={`${action}-form`}
        initialValues={action === 'receive' ? { unitCost: averageCost } : action === 'reorder' ? { reorderPoint: level.reorderPoint ?? undefined, reorderQuantity: level.reorderQuantity ?? undefined } : {}}>
        {action === 'receive' && (
          <>
            <Form.Item name="quantity" label={t('parts.field.quantity')} rules={[{ required: true, message: t('errors.required', { field: t('parts.field.quantity') }) }]}>
              <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} data-testid="receive-quantity" />
            </Form.Item>
            <Form.Item name="unitCost" label={t('parts.field.unitCost')} extra={averageCost !== undefined ? t('parts.stock.unitCostHelp', { cost: formatFen(Math.round(level.value / level.onHand)) }) : undefined}
              rules={[{ required: true, message: t('errors.required', { field: t('parts.field.unitCost') }) }]}>
              <InputNumber min={0} max={1_000_000} precision={2} prefix="¥" style={{ width: '100%' }} data-testid="receive-cost" />
            </Form.Item>
            <Form.Item name="reason" label={t('parts.field.note')}><Input maxLength={500} placeholder={t('parts.stock.receivePlaceholder')} /></Form.Item>
          </>
        )}
        {action === 'adjust' && (
          <>
            <Form.Item name="quantity" label={t('parts.stock.adjustQuantity')} extra={t('parts.stock.adjustHelp')}
              rules={[{ required: true, message: t('errors.required', { field: t('parts.field.quantity') }) }, { validator: (_, v) => (v === 0 ? Promise.reject(new Error(t('parts.stock.zeroAdjust'))) : Promise.resolve()) }]}>
              <InputNumber min={-1_000_000} max={1_000_000} precision={0} style={{ width: '100%' }} data-testid="adjust-quantity" />
            </Form.Item>
            <Form.Item name="reason" label={t('parts.field.reason')} rules={[reasonRule]}>
              <Input maxLength={500} placeholder={t('parts.stock.adjustPlaceholder')} data-testid="adjust-reason" />
            </Form.Item>
          </>
        )}
        {action === 'reorder' && (
          <>
            <Alert type="info" showIcon message={t('parts.stock.reorderHelp')} style={{ marginBottom: 16 }} />
            <Form.Item name="reorderPoint" label={t('parts.field.reorderPoint')}>
              <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} data-testid="reorder-point" />
            </Form.Item>
            <Form.Item name="reorderQuantity" label={t('parts.field.reorderQuantity')} dependencies={['reorderPoint']}
              rules={[({ getFieldValue }) => ({
                validator: (_, v) => ((getFieldValue('reorderPoint') == null) !== (v == null) ? Promise.reject(new Error(t('parts.errors.incompleteReorder'))) : Promise.resolve()),
              })]}>
              <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} data-testid="reorder-quantity" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
