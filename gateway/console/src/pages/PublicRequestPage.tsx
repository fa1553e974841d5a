import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { Alert, Button, Card, Form, Input, Layout, Result, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PublicServiceRequestInput } from '@shouhou/contracts';
import { SubmitPublicRequestMutation } from '../api/operations';
import { errorCode, errorMessage, fieldIssues, issueMessage } from '../api/errors';
import { CATEGORIES } from '../components/options';
import { useLanguage } from '../i18n/LocaleProvider';

type Values = { customerName: string; customerPhone: string; productModel: string; serialNumber?: string; problemDescription: string; category: (typeof CATEGORIES)[number] };

/** 在线报修: a customer reports a problem without an account and gets a tracking link. */
export function PublicRequestPage({ tenantCode }: { tenantCode: string }) {
  const { t } = useTranslation();
  const { language, change } = useLanguage();
  const [form] = Form.useForm<Values>();
  const [submit, { data, loading }] = useMutation(SubmitPublicRequestMutation);
  const [failure, setFailure] = useState<string>();

  const onFinish = async (values: Values) => {
    setFailure(undefined);
    // The public contract: the agent form's rules without channel, priority and emergency (which the public input refuses), and no markup.
    const checked = PublicServiceRequestInput.safeParse({ ...values, serialNumber: values.serialNumber ?? '' });
    if (!checked.success) {
      form.setFields(checked.error.issues.map((i) => ({ name: String(i.path[0]) as keyof Values, errors: [issueMessage(t, { field: String(i.path[0]), reason: i.code, max: 'maximum' in i ? Number(i.maximum) : undefined })] })));
      return;
    }
    try {
      await submit({ variables: { tenantCode, input: checked.data } });
    } catch (e) {
      const issues = fieldIssues(e);
      form.setFields(issues.map((i) => ({ name: i.field as keyof Values, errors: [issueMessage(t, i)] })));
      setFailure(errorCode(e) === 'RATE_LIMITED' ? t('publicForm.tooMany') : errorMessage(t, e));
    }
  };

  const done = data?.submitServiceRequest;
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Layout.Content style={{ maxWidth: 640, width: '100%', margin: '0 auto', padding: 16 }}>
        <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{t('publicForm.title')}</Typography.Title>}
          extra={<a onClick={() => change(language === 'zh-CN' ? 'en-US' : 'zh-CN')}>{language === 'zh-CN' ? 'English' : '中文'}</a>}>
          {done ? (
            <Result status="success" title={t('publicForm.received', { number: done.number })} subTitle={t('publicForm.keepLink')}
              extra={<Button type="primary" href={done.trackingPath} data-testid="tracking-link">{t('publicForm.track')}</Button>} />
          ) : (
            <>
              {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
              <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={{ category: 'REPAIR' }} data-testid="public-request-form">
                <Form.Item name="customerName" label={t('field.customerName')} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('field.customerName') }) }]}>
                  <Input maxLength={100} autoComplete="name" />
                </Form.Item>
                <Form.Item name="customerPhone" label={t('field.customerPhone')} rules={[{ required: true, message: t('errors.required', { field: t('field.customerPhone') }) }]}>
                  <Input inputMode="tel" autoComplete="tel" />
                </Form.Item>
                <Form.Item name="category" label={t('field.category')}>
                  <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
                </Form.Item>
                <Form.Item name="productModel" label={t('field.productModel')} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('field.productModel') }) }]}>
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item name="serialNumber" label={t('field.serialNumber')}><Input maxLength={64} /></Form.Item>
                <Form.Item name="problemDescription" label={t('field.problemDescription')} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('field.problemDescription') }) }]}>
                  <Input.TextArea rows={4} maxLength={2000} showCount />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={loading} block data-testid="submit-public-request">{t('publicForm.submit')}</Button>
              </Form>
            </>
          )}
        </Card>
      </Layout.Content>
    </Layout>
  );
}
