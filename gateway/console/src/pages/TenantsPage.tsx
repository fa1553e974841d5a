import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Empty, Form, Input, Modal, Space, Table, Timeline, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CreateTenantMutation, ReactivateTenantMutation, SuspendTenantMutation, TenantAuditQuery, TenantsQuery } from '../api/operations';
import { errorMessage, fieldIssues, issueMessage } from '../api/errors';
import { formatTime, StatusTag } from '../components/labels';
import type { TenantsQuery as Result } from '../gql/graphql';

type Tenant = Result['tenants'][number];

/** The platform operator's tenant list: create a tenant, suspend one with a reason. */
export function TenantsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(TenantsQuery);
  const [creating, setCreating] = useState(false);
  const [suspending, setSuspending] = useState<Tenant>();
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('tenants.title')}</Typography.Title>}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-tenant">{t('tenants.create')}</Button>}>
      {error && <Alert type="error" showIcon message={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      <Table<Tenant>
        rowKey="id"
        data-testid="tenant-table"
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data?.tenants ?? []}
        expandable={{ expandedRowRender: (r) => <AuditTrail tenantId={r.id} /> }}
        locale={{ emptyText: <Empty description={t('tenants.empty')} /> }}
        columns={[
          { key: 'code', title: t('field.code'), dataIndex: 'code' },
          { key: 'name', title: t('field.name'), dataIndex: 'name' },
          { key: 'status', title: t('field.status'), render: (_, r) => <StatusTag value={r.status} /> },
          { key: 'timeZone', title: t('field.timeZone'), dataIndex: 'timeZone' },
          { key: 'createdAt', title: t('field.createdAt'), render: (_, r) => formatTime(r.createdAt) },
          { key: 'reason', title: t('field.suspensionReason'), render: (_, r) => r.suspensionReason ?? '—' },
          {
            key: 'actions', title: t('common.actions'),
            render: (_, r) =>
              r.status === 'ACTIVE' ? (
                <Button danger size="small" onClick={() => setSuspending(r)}>{t('tenants.suspend')}</Button>
              ) : (
                <ReactivateButton tenant={r} />
              ),
          },
        ]}
      />
      <CreateTenantModal open={creating} onClose={() => setCreating(false)} />
      <SuspendTenantModal tenant={suspending} onClose={() => setSuspending(undefined)} />
    </Card>
  );
}

function ReactivateButton({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reactivate, { loading }] = useMutation(ReactivateTenantMutation, { refetchQueries: [TenantsQuery] });
  return (
    <Button size="small" loading={loading}
      onClick={async () => {
        try {
          await reactivate({ variables: { id: tenant.id } });
          message.success(t('tenants.reactivated', { code: tenant.code }));
        } catch (e) {
          message.error(errorMessage(t, e));
        }
      }}>
      {t('tenants.reactivate')}
    </Button>
  );
}

/** Who created, suspended, reactivated or changed the tenant, newest first. */
function AuditTrail({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(TenantAuditQuery, { variables: { id: tenantId }, fetchPolicy: 'network-only' });
  if (error) return <Alert type="error" showIcon message={errorMessage(t, error)} />;
  return (
    <Timeline
      pending={loading ? t('app.loading') : undefined}
      items={(data?.tenantAudit ?? []).map((e) => ({
        key: e.id,
        color: e.action === 'SUSPENDED' ? 'red' : e.action === 'REACTIVATED' ? 'green' : 'blue',
        children: (
          <Space direction="vertical" size={0}>
            <Typography.Text strong>{t(`audit.${e.action}`)}</Typography.Text>
            <Typography.Text type="secondary">{formatTime(e.at)} · {e.actorId}</Typography.Text>
            {e.details !== '{}' && <Typography.Text code style={{ whiteSpace: 'pre-wrap' }}>{e.details}</Typography.Text>}
          </Space>
        ),
      }))}
    />
  );
}

function CreateTenantModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string; name: string; keycloakOrganizationId?: string }>();
  const [failure, setFailure] = useState<string>();
  const [create, { loading }] = useMutation(CreateTenantMutation, { refetchQueries: [TenantsQuery] });
  const submit = async () => {
    const values = await form.validateFields();
    setFailure(undefined);
    try {
      const result = await create({ variables: { input: { ...values, keycloakOrganizationId: values.keycloakOrganizationId || undefined } } });
      message.success(t('tenants.created', { code: result.data!.createTenant.code }));
      form.resetFields();
      onClose();
    } catch (error) {
      const issues = fieldIssues(error);
      form.setFields(issues.map((i) => ({ name: i.field as 'code', errors: [issueMessage(t, i)] })));
      setFailure(errorMessage(t, error));
    }
  };
  return (
    <Modal open={open} title={t('tenants.create')} onCancel={onClose} onOk={submit} confirmLoading={loading} okText={t('common.confirm')} cancelText={t('common.cancel')} destroyOnHidden>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" data-testid="tenant-form">
        <Form.Item name="code" label={t('field.code')} extra={t('tenants.codeHelp')}
          rules={[{ required: true, message: t('errors.required', { field: t('field.code') }) }, { pattern: /^[a-z][a-z0-9-]{1,31}$/, message: t('errors.invalid', { field: t('field.code') }) }]}>
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('field.name') }) }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="keycloakOrganizationId" label={t('field.keycloakOrganizationId')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SuspendTenantModal({ tenant, onClose }: { tenant?: Tenant; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [suspend, { loading }] = useMutation(SuspendTenantMutation, { refetchQueries: [TenantsQuery] });
  const submit = async () => {
    const { reason } = await form.validateFields();
    try {
      await suspend({ variables: { id: tenant!.id, reason } });
      message.success(t('tenants.suspendedDone', { code: tenant!.code }));
      form.resetFields();
      onClose();
    } catch (error) {
      message.error(errorMessage(t, error));
    }
  };
  return (
    <Modal open={!!tenant} title={t('tenants.suspendTitle', { name: tenant?.name })} onCancel={onClose} onOk={submit} okButtonProps={{ danger: true }}
      confirmLoading={loading} okText={t('tenants.suspend')} cancelText={t('common.cancel')} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('tenants.suspendHelp')}</Typography.Text>
        <Form form={form} layout="vertical">
          <Form.Item name="reason" label={t('field.reason')} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('field.reason') }) }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Space>
    </Modal>
  );
}
