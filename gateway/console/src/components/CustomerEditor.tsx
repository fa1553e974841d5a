import { useMutation } from '@apollo/client';
import { Alert, App, Button, Card, Col, DatePicker, Divider, Form, Input, Row, Segmented, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerProfileInput } from '@shouhou/contracts';
import { SaveCustomerMutation } from '../api/operations';
import { errorCode, errorMessage, fieldIssues, issueMessage, namePath } from '../api/errors';
import type { CustomerArchiveFieldsFragment, CustomerKind } from '../gql/graphql';
import { codeProps, CountyCascader } from './divisions';
import { enterMovesOn } from './keyboard';
import { CUSTOMER_KINDS } from './options';
import { ProductModelPicker } from './ProductModelPicker';

type Archive = CustomerArchiveFieldsFragment;
type Values = {
  kind: CustomerKind;
  name: string;
  contactPerson?: string;
  phones: string[];
  email?: string;
  note?: string;
  addresses: { label?: string; divisionCode?: string; detail?: string }[];
  products: { productModel?: string; serialNumber?: string; purchaseDate?: Dayjs | null; invoiceNumber?: string; seller?: string }[];
};
type Issue = { field: string; reason: string; max?: number };

const MAX_PHONES = 5;
/** Lists whose own problems (too few, a serial twice) have no single field to show on. */
const LISTS = ['phones', 'addresses', 'products'];

const valuesOf = (c?: Archive, phone?: string): Values =>
  c
    ? {
        kind: c.kind,
        name: c.name,
        contactPerson: c.contactPerson,
        phones: c.phones.length ? c.phones : [''],
        email: c.email ?? '',
        note: c.note,
        addresses: c.addresses.map((a) => ({ label: a.label, divisionCode: a.divisionCode, detail: a.detail })),
        products: c.products.map((p) => ({ productModel: p.productModel, serialNumber: p.serialNumber, purchaseDate: p.purchaseDate ? dayjs(p.purchaseDate) : null, invoiceNumber: p.invoiceNumber, seller: p.seller })),
      }
    : { kind: 'PERSON', name: '', phones: [phone ?? ''], addresses: [], products: [] };

/**
 * A customer's whole profile (客户售后服务档案): who they are, their numbers, addresses (county by
 * GB/T 2260 code, so each has its arrival tier) and the products they own. Checked with the shared
 * contract before sending; the server's conflicts (a number or serial that belongs to someone else)
 * land on the very list item they concern.
 */
export function CustomerEditor({ customer, phone, onSaved, onCancel }: { customer?: Archive; phone?: string; onSaved(c: Archive): void; onCancel?(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const [save, { loading }] = useMutation(SaveCustomerMutation);
  const kind = Form.useWatch('kind', form);

  const showIssues = (issues: Issue[]) => {
    const onFields = issues.filter((i) => !LISTS.includes(i.field));
    form.setFields(onFields.map((i) => ({ name: namePath(i.field) as never, errors: [issueMessage(t, i)] })));
    return issues.filter((i) => LISTS.includes(i.field)).map((i) => (i.field === 'products' && i.reason === 'custom' ? t('customers.serialTwice') : i.field === 'phones' ? t('customers.phoneRequired') : issueMessage(t, i)));
  };

  const submit = async (values: Values) => {
    setFailure(undefined);
    const input = {
      id: customer?.id ?? null,
      kind: values.kind,
      name: values.name ?? '',
      contactPerson: values.kind === 'ORGANIZATION' ? values.contactPerson ?? '' : '',
      phones: (values.phones ?? []).map((p) => p ?? ''),
      email: values.email?.trim() || null,
      note: values.note ?? '',
      addresses: (values.addresses ?? []).map((a) => ({ label: a?.label ?? '', divisionCode: a?.divisionCode ?? '', detail: a?.detail ?? '' })),
      products: (values.products ?? []).map((p) => ({
        productModel: p?.productModel ?? '',
        serialNumber: p?.serialNumber ?? '',
        purchaseDate: p?.purchaseDate ? p.purchaseDate.format('YYYY-MM-DD') : null,
        invoiceNumber: p?.invoiceNumber ?? '',
        seller: p?.seller ?? '',
      })),
    };
    const checked = CustomerProfileInput.safeParse(input);
    if (!checked.success) {
      const general = showIssues(checked.error.issues.map((i) => ({ field: i.path.join('.'), reason: i.code, max: 'maximum' in i ? Number(i.maximum) : undefined })));
      setFailure(general[0] ?? t('errors.BAD_USER_INPUT'));
      return;
    }
    try {
      const result = await save({ variables: { input } });
      message.success(t('customers.saved', { name: result.data!.saveCustomer.name }));
      onSaved(result.data!.saveCustomer);
    } catch (error) {
      const issues = fieldIssues(error);
      const general = showIssues(issues);
      const code = errorCode(error);
      setFailure(general[0] ?? (issues.length ? t(code === 'CONFLICT' ? 'customers.conflict' : 'errors.BAD_USER_INPUT') : errorMessage(t, error)));
    }
  };

  const label = (key: string) => t(`field.${key}`);
  return (
    <Form<Values> form={form} layout="vertical" initialValues={valuesOf(customer, phone)} onFinish={submit} onKeyDown={enterMovesOn} data-testid="customer-editor" scrollToFirstError>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="customer-error" />}
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="kind" label={label('kind')}>
            <Segmented<CustomerKind> options={CUSTOMER_KINDS.map((k) => ({ value: k, label: t(`customers.kind.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="name" label={t(kind === 'ORGANIZATION' ? 'customers.orgName' : 'field.customerName')} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: label('customerName') }) }]}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        {kind === 'ORGANIZATION' && (
          <Col xs={24} sm={12}>
            <Form.Item name="contactPerson" label={label('contactPerson')}>
              <Input maxLength={60} autoComplete="off" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} sm={12}>
          <Form.Item name="email" label={label('email')}>
            <Input type="email" inputMode="email" maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>

      <Divider orientation="left" plain>{t('customers.phones')}</Divider>
      <Form.List name="phones">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <div key={field.key} style={{ display: 'flex', gap: 8 }} data-testid={`phone-${i}`}>
                <Form.Item name={field.name} style={{ flex: 1, marginBottom: 8 }} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: label('phones') }) }]}>
                  <Input inputMode="tel" autoComplete="off" aria-label={`${label('phones')} ${i + 1}`} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} disabled={fields.length === 1} onClick={() => remove(field.name)} aria-label={t('common.remove')} />
              </div>
            ))}
            {fields.length < MAX_PHONES && (
              <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add('')} data-testid="add-phone">{t('customers.addPhone')}</Button>
            )}
          </>
        )}
      </Form.List>

      <Divider orientation="left" plain>{t('customers.addresses')}</Divider>
      <Form.List name="addresses">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Card key={field.key} size="small" style={{ marginBottom: 8 }} data-testid={`address-${i}`}
                title={t('customers.addressN', { n: i + 1 })} extra={<Button type="text" size="small" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />}>
                <Row gutter={12}>
                  <Col xs={24} sm={8}>
                    <Form.Item name={[field.name, 'label']} label={label('label')}>
                      <Input maxLength={30} placeholder={t('address.labelPlaceholder')} autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={16}>
                    <Form.Item name={[field.name, 'divisionCode']} label={label('divisionCode')} {...codeProps} rules={[{ required: true, message: t('errors.choose', { field: label('divisionCode') }) }]}>
                      <CountyCascader style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item name={[field.name, 'detail']} label={label('detail')} style={{ marginBottom: 0 }} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: label('detail') }) }]}>
                      <Input maxLength={200} placeholder={t('address.detailPlaceholder')} autoComplete="off" />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ label: '', detail: '' })} data-testid="add-address">{t('customers.addAddress')}</Button>
          </>
        )}
      </Form.List>

      <Divider orientation="left" plain>{t('customers.products')}</Divider>
      <Form.List name="products">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Card key={field.key} size="small" style={{ marginBottom: 8 }} data-testid={`product-${i}`}
                title={t('customers.productN', { n: i + 1 })} extra={<Button type="text" size="small" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />}>
                <Row gutter={12}>
                  <Col xs={24} sm={12}>
                    <Form.Item name={[field.name, 'productModel']} label={label('productModel')} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: label('productModel') }) }]}>
                      <ProductModelPicker />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12}>
                    <Form.Item name={[field.name, 'serialNumber']} label={label('serialNumber')}>
                      <Input maxLength={64} autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={8}>
                    <Form.Item name={[field.name, 'purchaseDate']} label={label('purchaseDate')}>
                      <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={8}>
                    <Form.Item name={[field.name, 'invoiceNumber']} label={label('invoiceNumber')}>
                      <Input maxLength={64} autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={8}>
                    <Form.Item name={[field.name, 'seller']} label={label('seller')}>
                      <Input maxLength={100} autoComplete="off" />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ productModel: '', serialNumber: '', purchaseDate: null })} data-testid="add-product">{t('customers.addProduct')}</Button>
          </>
        )}
      </Form.List>

      <Divider />
      <Form.Item name="note" label={label('note')}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="save-customer">{t('customers.save')}</Button>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </Space>
    </Form>
  );
}
