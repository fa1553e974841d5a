import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { PartInput } from '@shouhou/contracts';
import { ProductModelsQuery } from '../api/operations';
import { PartsQuery, SavePartMutation } from '../api/parts';
import type { PartFieldsFragment } from '../gql/graphql';
import { yuanToFen } from './fieldWork';
import { partsError, partsFieldErrors } from './parts';

type Values = {
  sku: string; name: string; unit: string; compatibleModels: string[]; cost: number | null; price: number | null;
  serialised: boolean; warrantyMonths: number | null; active: boolean;
};

/** A part of the catalog, created or edited: prices typed in yuan, kept in fen; the sku fixed once saved. */
export function PartFormModal({ part, onClose, onSaved }: { part?: PartFieldsFragment; onClose(): void; onSaved?(part: PartFieldsFragment): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const [save, { loading }] = useMutation(SavePartMutation, { refetchQueries: [PartsQuery] });
  const models = useQuery(ProductModelsQuery, { variables: { search: null, includeInactive: false } }).data?.productModels ?? [];
  const label = (key: keyof Values) => t(`parts.field.${key}`);
  const required = (key: keyof Values) => ({ required: true, message: t('errors.required', { field: label(key) }) });

  const submit = async () => {
    const values = await form.validateFields();
    setFailure(undefined);
    const input = {
      sku: values.sku.trim(), name: values.name.trim(), unit: values.unit?.trim() || '个', compatibleModels: values.compatibleModels ?? [],
      cost: yuanToFen(values.cost ?? 0), price: yuanToFen(values.price ?? 0), serialised: values.serialised, warrantyMonths: values.warrantyMonths ?? 0, active: values.active,
    };
    const checked = PartInput.safeParse(input);
    if (!checked.success) {
      form.setFields(checked.error.issues.map((i) => ({ name: String(i.path[0]) as keyof Values, errors: [t(`parts.reason.${i.code}`, { defaultValue: t('parts.reason.invalid') })] })));
      return;
    }
    try {
      const saved = (await save({ variables: { input: checked.data } })).data!.savePart;
      message.success(t('parts.catalog.saved', { sku: saved.sku }));
      onSaved?.(saved);
      onClose();
    } catch (error) {
      form.setFields(partsFieldErrors(t, error).map((f) => ({ name: f.name.filter((n) => n !== 'input') as [keyof Values], errors: f.errors })));
      setFailure(partsError(t, error));
    }
  };

  return (
    <Modal open title={part ? t('parts.catalog.editTitle', { sku: part.sku }) : t('parts.catalog.add')} onCancel={onClose} onOk={submit} confirmLoading={loading}
      okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden width={640}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" data-testid="part-form"
        initialValues={part
          ? { sku: part.sku, name: part.name, unit: part.unit, compatibleModels: part.compatibleModels, cost: part.cost / 100, price: part.price / 100, serialised: part.serialised, warrantyMonths: part.warrantyMonths, active: part.active }
          : { unit: '个', compatibleModels: [], serialised: false, warrantyMonths: 6, active: true }}>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="sku" label={label('sku')} extra={part ? t('parts.catalog.skuFixed') : t('parts.catalog.skuHelp')} rules={[{ ...required('sku'), whitespace: true }]}>
              <Input maxLength={40} disabled={!!part} autoComplete="off" data-testid="part-sku" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label={label('name')} rules={[{ ...required('name'), whitespace: true }]}>
              <Input maxLength={80} autoComplete="off" data-testid="part-name" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="unit" label={label('unit')}><Input maxLength={10} autoComplete="off" /></Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="warrantyMonths" label={label('warrantyMonths')}><InputNumber min={0} max={120} precision={0} style={{ width: '100%' }} /></Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="cost" label={label('cost')} rules={[required('cost')]}>
              <InputNumber min={0} max={1_000_000} precision={2} prefix="¥" style={{ width: '100%' }} data-testid="part-cost" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="price" label={label('price')} rules={[required('price')]}>
              <InputNumber min={0} max={1_000_000} precision={2} prefix="¥" style={{ width: '100%' }} data-testid="part-price" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="compatibleModels" label={label('compatibleModels')} extra={t('parts.catalog.modelsHelp')}>
              <Select mode="tags" tokenSeparators={[',', ';', '，', '；']} options={models.map((m) => ({ value: m.model, label: m.name ? `${m.model} ${m.name}` : m.model }))} data-testid="part-models" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="serialised" label={label('serialised')} valuePropName="checked" extra={t('parts.catalog.serialisedHelp')}><Switch /></Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name="active" label={label('active')} valuePropName="checked"><Switch /></Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
