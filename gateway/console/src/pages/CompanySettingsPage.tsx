import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Form, Input, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MeQuery, TenantSettingsQuery, UpdateTenantSettingsMutation } from '../api/operations';
import { errorMessage, fieldIssues, issueMessage } from '../api/errors';

type Values = { displayName: string; timeZone: string; defaultLocale: string; hotline?: string | null; logoUrl?: string | null };

/** 企业设置: how the company appears to its customers and where they call. */
export function CompanySettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data, loading, error } = useQuery(TenantSettingsQuery);
  const [save, { loading: saving }] = useMutation(UpdateTenantSettingsMutation, { refetchQueries: [MeQuery] });
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    if (data) form.setFieldsValue({ ...data.tenantSettings, displayName: data.tenantSettings.displayName ?? data.tenantSettings.name });
  }, [data, form]);

  const submit = async (values: Values) => {
    setFailure(undefined);
    try {
      await save({ variables: { input: { ...values, hotline: values.hotline || null, logoUrl: values.logoUrl || null } } });
      message.success(t('company.saved'));
    } catch (e) {
      const issues = fieldIssues(e);
      form.setFields(issues.map((i) => ({ name: i.field as keyof Values, errors: [issueMessage(t, { ...i, field: `company.${i.field}` })] })));
      setFailure(errorMessage(t, e));
    }
  };

  if (loading && !data) return <Card><Skeleton active /></Card>;
  if (error) return <Alert type="error" showIcon message={errorMessage(t, error)} />;
  const required = (key: string) => [{ required: true, whitespace: true, message: t('errors.required', { field: t(`company.${key}`) }) }];
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('company.title')}</Typography.Title>} style={{ maxWidth: 720 }}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="company-form">
        <Form.Item name="displayName" label={t('company.displayName')} rules={required('displayName')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="hotline" label={t('company.hotline')} extra={t('company.hotlineHelp')}><Input inputMode="tel" /></Form.Item>
        <Form.Item name="timeZone" label={t('company.timeZone')} rules={required('timeZone')}><Input /></Form.Item>
        <Form.Item name="defaultLocale" label={t('company.defaultLocale')}>
          <Select options={[{ value: 'zh-CN', label: '中文（简体）' }, { value: 'en-US', label: 'English' }]} />
        </Form.Item>
        <Form.Item name="logoUrl" label={t('company.logoUrl')}><Input inputMode="url" /></Form.Item>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="save-company">{t('company.save')}</Button>
      </Form>
    </Card>
  );
}
