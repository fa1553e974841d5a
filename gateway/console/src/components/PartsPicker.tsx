import { useMutation, useQuery } from '@apollo/client';
import { App, Button, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AddPartLineMutation, PriceListQuery } from '../api/operations';
import { fieldIssues, issueMessage } from '../api/errors';
import type { PartSource } from '../gql/graphql';
import { dispatchError } from './dispatch';
import { formatFen, yuanToFen } from './fieldWork';

/** The choice for a part that is not in the price list: the technician names and prices it. */
const OTHER = '__other__';
/** The code recorded for an unlisted part the technician gave no code for. */
const UNLISTED_SKU = 'MISC';

type Values = { part?: string; otherName?: string; otherSku?: string; otherPrice?: number; quantity: number; source: PartSource };

/** 添加配件: a part from the price list (searchable), or another one with its name and price in yuan. */
export function PartsPicker({ workOrderId }: { workOrderId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const part = Form.useWatch('part', form);
  const { data, loading: loadingList } = useQuery(PriceListQuery);
  const [add, { loading }] = useMutation(AddPartLineMutation);
  const parts = data?.dispatchSettings.priceList.parts ?? [];
  const other = part === OTHER;

  const submit = async (v: Values) => {
    const listed = parts.find((p) => p.sku === v.part);
    const name = other ? v.otherName!.trim() : listed?.name ?? v.part!;
    try {
      await add({
        variables: {
          workOrderId,
          sku: other ? v.otherSku?.trim() || UNLISTED_SKU : v.part!,
          name: other ? name : null,
          quantity: v.quantity,
          unitPrice: other ? yuanToFen(v.otherPrice!) : null,
          source: v.source,
        },
      });
      message.success(t('fieldWork.partAdded', { name, count: v.quantity }));
      form.resetFields();
    } catch (e) {
      const issues = fieldIssues(e);
      const onField = (field: string): keyof Values | null => ({ sku: other ? 'otherSku' : 'part', name: 'otherName', quantity: 'quantity', unitPrice: 'otherPrice' } as Record<string, keyof Values>)[field] ?? null;
      const placed = issues.filter((i) => onField(i.field));
      if (placed.length) form.setFields(placed.map((i) => ({ name: onField(i.field)!, errors: [issueMessage(t, i)] })));
      else message.error(dispatchError(t, e), 6);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ quantity: 1, source: 'VAN' }} data-testid="parts-picker">
      <Form.Item name="part" label={t('fieldWork.part')} rules={[{ required: true, message: t('fieldWork.partRequired') }]}>
        <Select
          showSearch size="large" loading={loadingList} placeholder={t('fieldWork.partPlaceholder')} data-testid="part-select"
          optionFilterProp="search"
          options={[
            ...parts.map((p) => ({ value: p.sku, search: `${p.name} ${p.sku}`, label: <PartOption name={p.name} sku={p.sku} price={formatFen(p.unitPrice)} /> })),
            { value: OTHER, search: t('fieldWork.otherPart'), label: t('fieldWork.otherPart') },
          ]}
        />
      </Form.Item>
      {other && (
        <>
          <Form.Item name="otherName" label={t('fieldWork.otherName')} rules={[{ required: true, whitespace: true, message: t('fieldWork.otherNameRequired') }]}>
            <Input size="large" maxLength={80} data-testid="part-other-name" />
          </Form.Item>
          <div style={{ display: 'flex', gap: 8 }}>
            <Form.Item name="otherPrice" label={t('fieldWork.otherPrice')} rules={[{ required: true, message: t('fieldWork.otherPriceRequired') }]} style={{ flex: 1 }}>
              <InputNumber size="large" min={0} max={100_000} precision={2} prefix="¥" inputMode="decimal" style={{ width: '100%' }} data-testid="part-other-price" />
            </Form.Item>
            <Form.Item name="otherSku" label={t('fieldWork.otherSku')} style={{ flex: 1 }}>
              <Input size="large" maxLength={40} data-testid="part-other-sku" />
            </Form.Item>
          </div>
        </>
      )}
      <Space size={8} align="start" wrap>
        <Form.Item name="quantity" label={t('fieldWork.quantity')} rules={[{ required: true }]}>
          <InputNumber size="large" min={1} max={99} precision={0} inputMode="numeric" style={{ width: 96 }} data-testid="part-quantity" />
        </Form.Item>
        <Form.Item name="source" label={t('fieldWork.source')}>
          <Radio.Group size="large" optionType="button" data-testid="part-source"
            options={(['VAN', 'WAREHOUSE'] as const).map((s) => ({ value: s, label: t(`fieldWork.sources.${s}`) }))} />
        </Form.Item>
      </Space>
      <Button block size="large" htmlType="submit" icon={<PlusOutlined />} loading={loading} data-testid="add-part">{t('fieldWork.addPart')}</Button>
    </Form>
  );
}

function PartOption({ name, sku, price }: { name: string; sku: string; price: string }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{name} <span style={{ color: '#8c8c8c' }}>{sku}</span></span>
      <span style={{ color: '#8c8c8c' }}>{price}</span>
    </div>
  );
}
