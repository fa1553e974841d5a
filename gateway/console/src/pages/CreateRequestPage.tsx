import { useLazyQuery, useMutation } from '@apollo/client';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CreateServiceRequestInput, PHONE_PATTERN } from '@shouhou/contracts';
import { Link } from 'react-router-dom';
import { CreateServiceRequestMutation, CustomerByPhoneQuery, PossibleDuplicatesQuery, ServiceRequestsQuery, DashboardQuery } from '../api/operations';
import { errorCode, errorMessage, fieldIssues, issueMessage } from '../api/errors';
import { CATEGORIES, CHANNELS } from '../components/options';
import type { Channel, ServiceRequestCategory } from '../gql/graphql';

type Values = { customerName: string; customerPhone: string; productModel: string; serialNumber?: string; problemDescription: string; channel: Channel; category: ServiceRequestCategory };

/**
 * 受理: the form checks the same rules the service enforces (the shared contract) before sending, and
 * puts the server's own field errors on the fields they concern, in the user's language.
 */
export function CreateRequestPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const [lookup, caller] = useLazyQuery(CustomerByPhoneQuery, { fetchPolicy: 'network-only' });
  const known = caller.data?.customerByPhone;
  const [checkDuplicates, duplicates] = useLazyQuery(PossibleDuplicatesQuery, { fetchPolicy: 'network-only' });
  const recheck = () => {
    const phone = String(form.getFieldValue('customerPhone') ?? '').trim();
    const serial = String(form.getFieldValue('serialNumber') ?? '').trim();
    if (phone || serial) void checkDuplicates({ variables: { customerPhone: PHONE_PATTERN.test(phone) ? phone : null, serialNumber: serial || null } });
  };
  const open = duplicates.data?.possibleDuplicates ?? [];
  const [create, { loading }] = useMutation(CreateServiceRequestMutation, { refetchQueries: [ServiceRequestsQuery, DashboardQuery] });

  const showIssues = (issues: { field: string; reason: string; max?: number }[]) =>
    form.setFields(issues.map((i) => ({ name: i.field as keyof Values, errors: [issueMessage(t, i)] })));

  const submit = async (values: Values) => {
    setFailure(undefined);
    const checked = CreateServiceRequestInput.safeParse({ ...values, serialNumber: values.serialNumber ?? '' });
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
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('create.title')}</Typography.Title>}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ channel: 'PHONE', category: 'REPAIR' }} requiredMark data-testid="create-request-form">
        <Typography.Title level={5}>{t('create.customer')}</Typography.Title>
        {known && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="known-caller"
            message={t('customer.known', { name: known.name, count: known.requestCount, open: known.openRequestCount })}
            description={known.recentRequests.slice(0, 3).map((r) => `${r.number} · ${r.productModel} · ${t(`status.${r.status}`)}`).join('；')}
            action={<Link to={`/customers/${known.id}`}>{t('customer.archive')}</Link>} />
        )}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="customerName" label={label('customerName')} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: label('customerName') }) }]}>
              <Input maxLength={100} showCount autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="customerPhone" label={label('customerPhone')} extra={t('create.phoneHelp')} rules={[{ required: true, message: t('errors.required', { field: label('customerPhone') }) }]}>
              <Input inputMode="tel" autoComplete="off" data-testid="caller-phone"
                onBlur={(e) => {
                  const phone = e.target.value.trim();
                  recheck();
                  if (PHONE_PATTERN.test(phone)) void lookup({ variables: { phone } }).then((r) => {
                    const found = r.data?.customerByPhone;
                    if (found && !form.getFieldValue('customerName')) form.setFieldValue('customerName', found.name);
                  });
                }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="channel" label={label('channel')} rules={[{ required: true }]}>
              <Select options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="category" label={label('category')} rules={[{ required: true }]}>
              <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
            </Form.Item>
          </Col>
        </Row>
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
        <Typography.Title level={5}>{t('create.product')}</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="productModel" label={label('productModel')} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: label('productModel') }) }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="serialNumber" label={label('serialNumber')}>
              <Input maxLength={64} onBlur={recheck} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="problemDescription" label={label('problemDescription')} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: label('problemDescription') }) }]}>
              <Input.TextArea rows={4} maxLength={2000} showCount />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={loading} data-testid="submit-request">{t('create.submit')}</Button>
          <Button onClick={() => form.resetFields()}>{t('create.reset')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
