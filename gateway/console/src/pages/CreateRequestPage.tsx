import { useLazyQuery, useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Col, DatePicker, Form, Grid, Input, Row, Segmented, Select, Skeleton, Space, Spin, Switch, Tag, Typography, type GetRef, type InputRef } from 'antd';
import { CheckOutlined, UserOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { CreateServiceRequestInput, PHONE_PATTERN } from '@shouhou/contracts';
import {
  CreateServiceRequestMutation, CustomerByPhoneQuery, DashboardQuery, EmergencyCommitmentQuery, PossibleDuplicatesQuery, ServiceRequestsQuery, WarrantyPreviewQuery,
} from '../api/operations';
import { errorCode, errorMessage, fieldIssues, issueMessage } from '../api/errors';
import { codeProps, CountyCascader } from '../components/divisions';
import { formatDuration } from '../components/duration';
import { enterMovesOn } from '../components/keyboard';
import { CATEGORIES, CHANNELS, PRIORITIES } from '../components/options';
import { ProductModelPicker } from '../components/ProductModelPicker';
import { useDebounced } from '../components/useDebounced';
import { warrantyFrame, WarrantySummary } from '../components/warranty';
import type { Channel, CustomerArchiveFieldsFragment, Priority, ServiceRequestCategory } from '../gql/graphql';

type Values = {
  customerPhone: string;
  customerName: string;
  customerEmail?: string;
  divisionCode?: string;
  address?: string;
  channel: Channel;
  category: ServiceRequestCategory;
  priority: Priority;
  emergency: boolean;
  productModel: string;
  serialNumber?: string;
  purchaseDate?: Dayjs | null;
  problemDescription: string;
};
type Owned = CustomerArchiveFieldsFragment['products'][number];

const INITIAL: Partial<Values> = { channel: 'PHONE', category: 'REPAIR', priority: 'NORMAL', emergency: false };
/** A number worth looking up: a valid pattern with at least 7 digits. */
const lookable = (phone: string) => PHONE_PATTERN.test(phone) && phone.replace(/\D/g, '').length >= 7;
/** Whether a dropdown or dialog is showing: Esc then closes it rather than clearing the form. */
const popupOpen = () =>
  Array.from(document.querySelectorAll('.ant-select-dropdown, .ant-picker-dropdown, .ant-modal-wrap, .ant-drawer-content-wrapper')).some((el) => el.getClientRects().length > 0);

/**
 * 受理, keyboard-first for phone agents: the caller's number first (a known caller's products are one
 * key away), the warranty / 三包 decision previewed as the product is entered, and shortcuts for the
 * channel (Alt+1…5), the next field (Enter), submitting (Ctrl+Enter) and starting over (Esc). The form
 * checks the same rules the service enforces (the shared contract) before sending, and puts the
 * server's own field errors on the fields they concern, in the user's language.
 */
export function CreateRequestPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const [known, setKnown] = useState<CustomerArchiveFieldsFragment | null>(null);
  const [picked, setPicked] = useState<string>();
  const phoneRef = useRef<InputRef>(null);
  const problemRef = useRef<GetRef<typeof Input.TextArea>>(null);
  const lookedUp = useRef<string>('');
  const [lookup, caller] = useLazyQuery(CustomerByPhoneQuery, { fetchPolicy: 'network-only' });
  const [checkDuplicates, duplicates] = useLazyQuery(PossibleDuplicatesQuery, { fetchPolicy: 'network-only' });
  // Not cached: the commitments editor keeps the whole (id-less) commitments object in the cache.
  const emergencyCommitment = useQuery(EmergencyCommitmentQuery, { fetchPolicy: 'no-cache' }).data?.commitments.policy.emergencyArrival;
  const [create, { loading }] = useMutation(CreateServiceRequestMutation, { refetchQueries: [ServiceRequestsQuery, DashboardQuery] });

  const recheck = useCallback(() => {
    const phone = String(form.getFieldValue('customerPhone') ?? '').trim();
    const serial = String(form.getFieldValue('serialNumber') ?? '').trim();
    if (phone || serial) void checkDuplicates({ variables: { customerPhone: PHONE_PATTERN.test(phone) ? phone : null, serialNumber: serial || null } });
  }, [form, checkDuplicates]);
  const open = duplicates.data?.possibleDuplicates ?? [];

  /** The caller's first address, into the address fields unless the agent has typed one. */
  const fillAddress = useCallback((customer: CustomerArchiveFieldsFragment) => {
    const home = customer.addresses[0];
    if (home && !form.getFieldValue('divisionCode') && !form.getFieldValue('address')) form.setFieldsValue({ divisionCode: home.divisionCode, address: home.detail });
  }, [form]);

  const lookUp = useCallback((raw: string) => {
    const phone = raw.trim();
    if (!lookable(phone) || phone === lookedUp.current) return;
    lookedUp.current = phone;
    recheck();
    void lookup({ variables: { phone } }).then((r) => {
      if (lookedUp.current !== phone) return;
      const found = r.data?.customerByPhone ?? null;
      setKnown(found);
      setPicked(undefined);
      if (!found) return;
      if (!form.getFieldValue('customerName')) form.setFieldValue('customerName', found.name);
      if (!form.getFieldValue('customerEmail') && found.email) form.setFieldValue('customerEmail', found.email);
      fillAddress(found);
    });
  }, [form, lookup, recheck, fillAddress]);

  const lookUpRef = useRef(lookUp);
  lookUpRef.current = lookUp;

  // The number is looked up as it is typed (or when the field is left, or on Enter).
  const phone = String(Form.useWatch('customerPhone', form) ?? '').trim();
  const settledPhone = useDebounced(phone, 400);
  useEffect(() => {
    if (lookable(settledPhone)) lookUpRef.current(settledPhone);
    else if (!settledPhone) {
      lookedUp.current = '';
      setKnown(null);
    }
  }, [settledPhone]);

  const pick = (p: Owned) => {
    form.setFieldsValue({ productModel: p.productModel, serialNumber: p.serialNumber, purchaseDate: p.purchaseDate ? dayjs(p.purchaseDate) : null });
    form.setFields([{ name: 'productModel', errors: [] }, { name: 'serialNumber', errors: [] }, { name: 'purchaseDate', errors: [] }]);
    if (known) fillAddress(known);
    setPicked(p.serialNumber || p.productModel);
    recheck();
    problemRef.current?.focus();
  };

  // The warranty / 三包 decision the request would get, as the product is entered.
  const model = String(Form.useWatch('productModel', form) ?? '').trim();
  const serial = String(Form.useWatch('serialNumber', form) ?? '').trim();
  const purchase = Form.useWatch('purchaseDate', form) as Dayjs | null | undefined;
  const purchaseDate = purchase ? purchase.format('YYYY-MM-DD') : null;
  const previewArgs = useDebounced(useMemo(() => ({ productModel: model, serialNumber: serial || null, purchaseDate }), [model, serial, purchaseDate]), 350);
  const preview = useQuery(WarrantyPreviewQuery, { variables: previewArgs, skip: !previewArgs.productModel, fetchPolicy: 'network-only' });

  const reset = useCallback(() => {
    form.resetFields();
    form.setFieldsValue(INITIAL);
    lookedUp.current = '';
    setKnown(null);
    setPicked(undefined);
    setFailure(undefined);
    phoneRef.current?.focus();
  }, [form]);

  // Shortcuts that work wherever the focus is on the page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-5]$/.test(e.code)) {
        e.preventDefault();
        form.setFieldValue('channel', CHANNELS[Number(e.code.slice(5)) - 1]);
      } else if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
        e.preventDefault();
        form.submit();
      } else if (e.key === 'Escape' && !e.defaultPrevented && !popupOpen()) {
        e.preventDefault();
        reset();
        message.info(t('create.cleared'));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [form, reset, message, t]);

  // Opened from a customer's archive: their number, looked up at once; otherwise the number is typed first.
  useEffect(() => {
    const given = params.get('phone');
    if (given) {
      form.setFieldValue('customerPhone', given);
      lookUpRef.current(given);
    }
    phoneRef.current?.focus();
  }, [params, form]);

  const showIssues = (issues: { field: string; reason: string; max?: number }[]) =>
    form.setFields(issues.map((i) => ({ name: i.field as keyof Values, errors: [issueMessage(t, i)] })));

  const submit = async (values: Values) => {
    setFailure(undefined);
    const checked = CreateServiceRequestInput.safeParse({
      ...values,
      serialNumber: values.serialNumber ?? '',
      customerEmail: values.customerEmail?.trim() || null,
      divisionCode: values.divisionCode || null,
      address: values.address?.trim() || null,
      purchaseDate: values.purchaseDate ? values.purchaseDate.format('YYYY-MM-DD') : null,
    });
    if (!checked.success) {
      showIssues(checked.error.issues.map((i) => ({ field: String(i.path[0]), reason: i.code, max: 'maximum' in i ? Number(i.maximum) : undefined })));
      return;
    }
    try {
      const result = await create({ variables: { input: checked.data } });
      const created = result.data!.createServiceRequest;
      message.success(t('create.created', { number: created.number }));
      navigate(`/requests/${created.id}`);
    } catch (error) {
      const issues = fieldIssues(error);
      if (issues.length) showIssues(issues);
      setFailure(errorCode(error) === 'BAD_USER_INPUT' && issues.length ? t('errors.BAD_USER_INPUT') : errorMessage(t, error));
    }
  };

  const label = (key: string) => t(`field.${key}`);
  const required = (key: string) => [{ required: true, whitespace: true, message: t('errors.required', { field: label(key) }) }];
  const decision = preview.data?.warrantyPreview;
  const previewIssue = preview.error ? fieldIssues(preview.error)[0] : undefined;
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('create.title')}</Typography.Title>}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} onKeyDown={enterMovesOn} initialValues={INITIAL} requiredMark data-testid="create-request-form">
        <Typography.Title level={5}>{t('create.customer')}</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="customerPhone" label={label('customerPhone')} extra={t('create.phoneHelp')} rules={[{ required: true, message: t('errors.required', { field: label('customerPhone') }) }]}>
              <Input ref={phoneRef} inputMode="tel" autoComplete="off" autoFocus data-testid="caller-phone"
                onBlur={(e) => lookUp(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && lookUp(e.currentTarget.value)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="customerName" label={label('customerName')} rules={required('customerName')}>
              <Input maxLength={100} showCount autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="customerEmail" label={label('customerEmail')}>
              <Input type="email" inputMode="email" maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        {known && <KnownCaller customer={known} picked={picked} onPick={pick} loading={caller.loading} />}
        {open.length > 0 && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="possible-duplicates" message={t('create.duplicates', { count: open.length })}
            description={
              <Space direction="vertical" size={2}>
                {open.map((d) => (
                  <span key={d.id}>
                    <Link to={`/requests/${d.id}`}>{d.number}</Link> · {d.customerName} · {d.productModel} {d.serialNumber && `(${d.serialNumber})`} · {t(`status.${d.status}`)} ·{' '}
                    {t(`create.${d.reason}`)}
                  </span>
                ))}
              </Space>
            } />
        )}
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="divisionCode" label={label('divisionCode')} {...codeProps}>
              <CountyCascader data-testid="service-county" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="address" label={label('address')}>
              <Input maxLength={200} autoComplete="off" placeholder={t('address.detailPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>

        <Typography.Title level={5}>{t('create.request')}</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="channel" label={label('channel')} rules={[{ required: true }]} tooltip={t('create.keys.channelTip')}>
              <ScrollSegmented<Channel> testId="channel"
                options={CHANNELS.map((c, i) => ({ value: c, label: <span title={`Alt+${i + 1}`}>{t(`channel.${c}`)}<sup style={{ opacity: 0.45, marginLeft: 2 }}>{i + 1}</sup></span> }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="category" label={label('category')} rules={[{ required: true }]}>
              <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="priority" label={label('priority')}>
              <ScrollSegmented<Priority> testId="priority" options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="emergency" label={label('emergency')} valuePropName="checked"
              extra={emergencyCommitment ? t('create.emergencyHintWithin', { duration: formatDuration(t, emergencyCommitment) }) : t('create.emergencyHint')}>
              <Switch data-testid="emergency" />
            </Form.Item>
          </Col>
        </Row>

        <Typography.Title level={5}>{t('create.product')}</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="productModel" label={label('productModel')} rules={required('productModel')}>
              <ProductModelPicker data-testid="product-model" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="serialNumber" label={label('serialNumber')}>
              <Input maxLength={64} onBlur={recheck} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="purchaseDate" label={label('purchaseDate')} extra={t('create.purchaseDateHelp')}>
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="purchase-date" />
            </Form.Item>
          </Col>
        </Row>
        <Card size="small" title={t('warranty.preview')} data-testid="warranty-preview" style={{ marginBottom: 16, ...(decision && !preview.error && previewArgs.productModel ? warrantyFrame[decision.status] : {}) }}
          extra={preview.loading && <Spin size="small" />}>
          {!previewArgs.productModel ? (
            <Typography.Text type="secondary">{t('warranty.hint')}</Typography.Text>
          ) : preview.error ? (
            <Typography.Text type="warning">{previewIssue ? issueMessage(t, previewIssue) : errorMessage(t, preview.error)}</Typography.Text>
          ) : decision ? (
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <WarrantySummary decision={decision} figures={false} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[
                  decision.purchaseDate && (purchaseDate ? t('warranty.boughtOn', { date: decision.purchaseDate }) : t('warranty.registeredDate', { date: decision.purchaseDate })),
                  decision.productCategory && t('warranty.categoryIs', { category: decision.productCategory }),
                ].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Space>
          ) : (
            <Skeleton active paragraph={{ rows: 1 }} title={false} />
          )}
        </Card>
        <Form.Item name="problemDescription" label={label('problemDescription')} rules={required('problemDescription')}>
          <Input.TextArea ref={problemRef} rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space>
            <Button type="primary" htmlType="submit" loading={loading} data-testid="submit-request">{t('create.submit')}</Button>
            <Button onClick={reset}>{t('create.reset')}</Button>
          </Space>
          <Shortcuts />
        </Space>
      </Form>
    </Card>
  );
}

/** The known caller: who it is, their open requests, and the products they own, each one key away. */
function KnownCaller({ customer, picked, onPick, loading }: { customer: CustomerArchiveFieldsFragment; picked?: string; onPick(p: Owned): void; loading: boolean }) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const recent = customer.recentRequests.slice(0, 3);
  /** ↑ / ↓ move between the products; Enter or Space picks one (they are buttons). */
  const arrows = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = items[(i + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };
  return (
    <Card size="small" style={{ marginBottom: 16, borderColor: '#91caff', background: '#f0f7ff' }} data-testid="known-caller"
      title={<Space wrap><UserOutlined />{t('customer.known', { name: customer.name, count: customer.requestCount, open: customer.openRequestCount })}
        {customer.kind === 'ORGANIZATION' && <Tag>{t('customers.kind.ORGANIZATION')}</Tag>}{loading && <Spin size="small" />}</Space>}
      extra={<Link to={`/customers/${customer.id}`}>{t('customer.archive')}</Link>}>
      {recent.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {recent.map((r) => `${r.number} · ${r.productModel} · ${t(`status.${r.status}`)}`).join('；')}
        </Typography.Paragraph>
      )}
      {customer.products.length === 0 ? (
        <Typography.Text type="secondary">{t('create.noProducts')}</Typography.Text>
      ) : (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('create.ownedProducts')}</Typography.Text>
          <div ref={list} onKeyDown={arrows} style={{ display: 'flex', flexDirection: 'column', gap: 4, marginTop: 4 }} data-testid="owned-products">
            {customer.products.map((p) => {
              const key = p.serialNumber || p.productModel;
              const chosen = picked === key;
              return (
                <Button key={key} block type={chosen ? 'primary' : 'default'} ghost={chosen} onClick={() => onPick(p)} data-testid={`owned-product-${key}`}
                  style={{ height: 'auto', whiteSpace: 'normal', textAlign: 'left', justifyContent: 'flex-start', padding: '4px 12px' }}>
                  <Space size={[12, 0]} wrap>
                    <Typography.Text strong>{p.productModel}</Typography.Text>
                    <Typography.Text code>{p.serialNumber || '—'}</Typography.Text>
                    <span>{p.purchaseDate ? t('create.boughtOn', { date: p.purchaseDate }) : t('create.noPurchaseDate')}</span>
                    {p.productCategory ? <Tag>{p.productCategory}</Tag> : <Tag color="warning">{t('create.notInCatalog')}</Tag>}
                    {chosen && <CheckOutlined />}
                  </Space>
                </Button>
              );
            })}
          </div>
        </>
      )}
    </Card>
  );
}

/** A Segmented control (as a form control) that scrolls sideways rather than widening a phone's page. */
function ScrollSegmented<T extends string>({ value, onChange, options, id, testId }: { value?: T; onChange?: (v: T) => void; options: { value: T; label: ReactNode }[]; id?: string; testId: string }) {
  return (
    <div style={{ overflowX: 'auto', maxWidth: '100%' }} id={id} data-testid={testId}>
      <Segmented<T> value={value} onChange={onChange} options={options} />
    </div>
  );
}

/** The keyboard scheme, discreetly. */
function Shortcuts() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  if (!screens.md) return null;
  const keys: [string, string][] = [['Alt+1…5', 'channel'], ['Enter', 'next'], ['Ctrl+Enter', 'submit'], ['Esc', 'reset']];
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="shortcuts">
      {keys.map(([key, what], i) => (
        <span key={key}>{i > 0 && ' · '}<Typography.Text keyboard style={{ fontSize: 11 }}>{key}</Typography.Text> {t(`create.keys.${what}`)}</span>
      ))}
    </Typography.Text>
  );
}
