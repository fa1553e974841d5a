import { useState } from 'react';
import { useLazyQuery } from '@apollo/client';
import { Alert, Button, Card, Empty, Input, Space, Typography } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PHONE_PATTERN } from '@shouhou/contracts';
import { CustomerByPhoneQuery } from '../api/operations';
import { errorMessage } from '../api/errors';
import { can, useMe } from '../auth/session';

/** 客户档案: find a customer by any of their numbers (however it is written) and open the archive, or start one. */
export function CustomersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [invalid, setInvalid] = useState(false);
  const [notFound, setNotFound] = useState<string>();
  const [lookup, { loading, error }] = useLazyQuery(CustomerByPhoneQuery, { fetchPolicy: 'network-only' });

  const search = async (raw: string) => {
    const phone = raw.trim();
    setNotFound(undefined);
    setInvalid(false);
    if (!phone) return;
    if (!PHONE_PATTERN.test(phone)) {
      setInvalid(true);
      return;
    }
    const result = await lookup({ variables: { phone } });
    const found = result.data?.customerByPhone;
    if (found) navigate(`/customers/${found.id}`);
    else if (!result.error) setNotFound(phone);
  };

  const create = (phone?: string) => navigate(phone ? `/customers/new?phone=${encodeURIComponent(phone)}` : '/customers/new');
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('customers.title')}</Typography.Title>} style={{ maxWidth: 720 }}
      extra={
        <Space>
          {can.importCustomers(me) && <Button icon={<UploadOutlined />} onClick={() => navigate('/customers/import')} data-testid="import-customers">{t('import.title')}</Button>}
          {can.editCustomers(me) && <Button icon={<PlusOutlined />} onClick={() => create()} data-testid="create-customer">{t('customers.create')}</Button>}
        </Space>
      }>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('customers.searchHelp')}</Typography.Text>
        <Input.Search size="large" inputMode="tel" autoFocus allowClear enterButton={t('customers.find')} loading={loading} placeholder={t('customers.searchPlaceholder')}
          status={invalid ? 'error' : undefined} onSearch={search} data-testid="customer-search" />
        {invalid && <Typography.Text type="danger">{t('errors.phone')}</Typography.Text>}
        {error && <Alert type="error" showIcon message={errorMessage(t, error)} />}
        {notFound && (
          <Empty data-testid="customer-not-found" description={t('customers.notFound', { phone: notFound })}>
            {can.editCustomers(me) && <Button type="primary" icon={<PlusOutlined />} onClick={() => create(notFound)}>{t('customers.createWith', { phone: notFound })}</Button>}
          </Empty>
        )}
      </Space>
    </Card>
  );
}
