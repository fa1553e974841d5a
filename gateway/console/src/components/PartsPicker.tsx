import { useMemo, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Form, Input, InputNumber, Radio, Select, Space, Spin, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AddPartLineMutation, CatalogPartsQuery } from '../api/operations';
import { errorMessage, fieldIssues, issueMessage } from '../api/errors';
import type { CatalogPartsQuery as CatalogPartsData, PartSource } from '../gql/graphql';
import { dispatchError } from './dispatch';
import { formatFen, yuanToFen } from './fieldWork';
import { useMyVanStock } from './parts';
import { useDebounced } from './useDebounced';

/** The choice for a part that is not in the parts catalog: the technician names and prices it. */
const OTHER = '__other__';
/** The code recorded for an unlisted part the technician gave no code for. */
const UNLISTED_SKU = 'MISC';

type CatalogPart = CatalogPartsData['parts']['edges'][number]['node'];
type Values = { part?: string; otherName?: string; otherSku?: string; otherPrice?: number; quantity: number; source: PartSource };
type Option = { value: string; search: string; label: ReactNode; part?: CatalogPart };

/** Whether the part is listed as fitting the job's model. */
const fits = (p: CatalogPart, model: string | null | undefined) => !!model && p.compatibleModels.includes(model);

/**
 * 添加配件: a part from the parts catalog (searched on the server as the technician types; those that
 * fit the job's model first), or another one with its name and price in yuan. The catalog prices its
 * parts: the server takes their name and price.
 */
export function PartsPicker({ workOrderId, productModel }: { workOrderId: string; productModel?: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const part = Form.useWatch('part', form);
  const [typed, setTyped] = useState('');
  const search = useDebounced(typed.trim(), 250);
  // The first page of the catalog, the parts that fit the model, and what the typed text finds.
  const first = useQuery(CatalogPartsQuery, { variables: { search: null } });
  const fitting = useQuery(CatalogPartsQuery, { variables: { search: productModel ?? null }, skip: !productModel });
  const found = useQuery(CatalogPartsQuery, { variables: { search }, skip: !search });
  const [chosen, setChosen] = useState<CatalogPart>();
  const van = useVanStock();
  const [add, { loading }] = useMutation(AddPartLineMutation);
  const other = part === OTHER;

  const parts = useMemo(() => {
    const bySku = new Map<string, CatalogPart>();
    for (const list of [first.data, fitting.data, found.data]) for (const e of list?.parts.edges ?? []) bySku.set(e.node.sku, e.node);
    if (chosen && !bySku.has(chosen.sku)) bySku.set(chosen.sku, chosen);
    return [...bySku.values()].sort((a, b) => Number(fits(b, productModel)) - Number(fits(a, productModel)) || a.sku.localeCompare(b.sku));
  }, [first.data, fitting.data, found.data, chosen, productModel]);

  const options: Option[] = [
    ...parts.map((p) => ({
      value: p.sku, part: p,
      // What the server's search matches too: a model the part fits finds it.
      search: `${p.name} ${p.sku} ${p.compatibleModels.join(' ')}`.toLowerCase(),
      label: <PartOption name={p.name} sku={p.sku} price={formatFen(p.price)} />,
    })),
    { value: OTHER, search: '', label: t('fieldWork.otherPart') },
  ];

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
      setChosen(undefined);
    } catch (e) {
      const issues = fieldIssues(e);
      const onField = (field: string): keyof Values | null => ({ sku: other ? 'otherSku' : 'part', name: 'otherName', quantity: 'quantity', unitPrice: 'otherPrice' } as Record<string, keyof Values>)[field] ?? null;
      const placed = issues.filter((i) => onField(i.field));
      if (placed.length) form.setFields(placed.map((i) => ({ name: onField(i.field)!, errors: [issueMessage(t, i)] })));
      else message.error(dispatchError(t, e), 6);
    }
  };

  const searching = first.loading || found.loading || (typed.trim() !== search);
  // Without the catalog the technician could only price parts by hand: say so rather than show an empty list.
  const catalogError = first.error ?? found.error ?? fitting.error;
  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ quantity: 1, source: 'VAN' }} data-testid="parts-picker">
      {catalogError && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="catalog-error"
          message={t('fieldWork.catalogUnavailable')} description={errorMessage(t, catalogError)}
          action={<Button size="small" onClick={() => { for (const q of [first, fitting, found]) if (q.error) void q.refetch(); }}>{t('app.retry')}</Button>} />
      )}
      <Form.Item name="part" label={t('fieldWork.part')} rules={[{ required: true, message: t('fieldWork.partRequired') }]}>
        <Select<string, Option>
          showSearch size="large" loading={searching} placeholder={t('fieldWork.partPlaceholder')} data-testid="part-select"
          onSearch={setTyped}
          onSelect={(_, o) => { setChosen(o.part); setTyped(''); }}
          // Typed text narrows what is loaded at once; the server's answer adds what the first page did not hold. 其他配件 stays.
          filterOption={(input, o) => !o || o.value === OTHER || o.search.includes(input.trim().toLowerCase())}
          notFoundContent={searching ? <Spin size="small" /> : undefined}
          options={options}
          optionRender={({ data: o }) => (o.part
            ? <PartOption name={o.part.name} sku={o.part.sku} price={formatFen(o.part.price)} fits={fits(o.part, productModel)}
                stock={van ? t(van.has(o.part.sku) ? 'fieldWork.inVan' : 'fieldWork.notInVan', { count: van.get(o.part.sku) ?? 0, unit: o.part.unit }) : undefined} />
            : o.label)}
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

/** What the signed-in technician's van holds, available, by SKU (all of it, not a first page); none when they have no van (or it cannot be read). */
function useVanStock(): Map<string, number> | null {
  const { van, stock } = useMyVanStock();
  const ready = !!van && !stock.error && stock.loaded;
  return useMemo(() => (ready ? new Map(stock.rows.filter((l) => l.available > 0).map((l) => [l.sku, l.available])) : null), [ready, stock.rows]);
}

/** A catalog part: its name and SKU, its price; in the list also whether it fits the job's model and what the van holds. */
function PartOption({ name, sku, price, fits, stock }: { name: string; sku: string; price: string; fits?: boolean; stock?: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid="part-option" data-sku={sku} data-fits={fits ? 'true' : undefined}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {fits && <Tag color="green" bordered={false} style={{ marginInlineEnd: 4 }}>{t('fieldWork.fits')}</Tag>}
          {name} <span style={{ color: '#8c8c8c' }}>{sku}</span>
        </span>
        <span style={{ color: '#8c8c8c', flex: 'none' }}>{price}</span>
      </div>
      {stock && <div style={{ color: '#8c8c8c', fontSize: 12, lineHeight: '18px' }}>{stock}</div>}
    </div>
  );
}
