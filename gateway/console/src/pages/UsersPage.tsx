import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Card, Empty, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SetUserRolesMutation, TenantUsersQuery } from '../api/operations';
import { errorMessage, fieldIssues } from '../api/errors';
import type { Role, TenantUsersQuery as Result } from '../gql/graphql';

type User = Result['tenantUsers'][number];
const TENANT_ROLES: Role[] = ['TENANT_ADMIN', 'AGENT', 'DISPATCHER', 'TECHNICIAN', 'WAREHOUSE_KEEPER', 'QUALITY_MANAGER'];

/** 用户与角色: the tenant admin gives the company's users their roles; a change applies at their next sign-in. */
export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(TenantUsersQuery);
  const [setRoles] = useMutation(SetUserRolesMutation);

  const change = async (user: User, roles: Role[]) => {
    try {
      await setRoles({ variables: { userId: user.id, roles } });
      message.success(t('users.saved', { user: user.username }));
    } catch (e) {
      const issue = fieldIssues(e)[0];
      message.error(issue?.reason === 'own_admin_role' ? t('users.ownAdmin') : errorMessage(t, e));
    }
  };

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('users.title')}</Typography.Title>}>
      <Typography.Paragraph type="secondary">{t('users.help')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      <Table<User>
        rowKey="id"
        data-testid="users-table"
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data?.tenantUsers ?? []}
        locale={{ emptyText: <Empty description={t('users.empty')} /> }}
        columns={[
          { key: 'name', title: t('field.name'), dataIndex: 'name' },
          { key: 'username', title: t('users.username'), dataIndex: 'username' },
          {
            key: 'roles',
            title: t('user.roles'),
            render: (_, u) => (
              <Select<Role[]> mode="multiple" style={{ minWidth: 320 }} value={u.roles as Role[]} data-testid={`roles-${u.username}`}
                options={TENANT_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} onChange={(roles) => change(u, roles)} />
            ),
          },
        ]}
      />
    </Card>
  );
}
