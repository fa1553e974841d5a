import { useQuery } from '@apollo/client';
import { Alert, Card, Descriptions, Empty, Result, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { CustomerQuery } from '../api/operations';
import { errorMessage } from '../api/errors';
import { formatTime, StatusTag } from '../components/labels';
import type { CustomerQuery as Result_ } from '../gql/graphql';

type Row = NonNullable<Result_['customer']>['recentRequests'][number];

/** 客户售后服务档案: a customer and every request they made. */
export function CustomerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(CustomerQuery, { variables: { id } });
  if (loading && !data) return <Card><Skeleton active /></Card>;
  if (error) return <Alert type="error" showIcon message={errorMessage(t, error)} />;
  const c = data?.customer;
  if (!c) return <Result status="404" title={t('errors.NOT_FOUND')} />;
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('customer.title', { name: c.name })}</Typography.Title>}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('field.customerPhone')}>{c.phones.join('，')}</Descriptions.Item>
        <Descriptions.Item label={t('customer.firstSeen')}>{formatTime(c.firstSeenAt)}</Descriptions.Item>
        <Descriptions.Item label={t('customer.requests')}>{c.requestCount}</Descriptions.Item>
        <Descriptions.Item label={t('customer.open')}>{c.openRequestCount}</Descriptions.Item>
      </Descriptions>
      <Table<Row> rowKey="id" size="small" pagination={false} scroll={{ x: 'max-content' }} dataSource={c.recentRequests}
        locale={{ emptyText: <Empty description={t('requests.empty')} /> }}
        columns={[
          { key: 'number', title: t('field.number'), render: (_, r) => <Link to={`/requests/${r.id}`}>{r.number}</Link> },
          { key: 'product', title: t('field.productModel'), dataIndex: 'productModel' },
          { key: 'serial', title: t('field.serialNumber'), render: (_, r) => r.serialNumber || '—' },
          { key: 'category', title: t('field.category'), render: (_, r) => t(`category.${r.category}`) },
          { key: 'status', title: t('field.status'), render: (_, r) => <StatusTag value={r.status} /> },
          { key: 'createdAt', title: t('field.createdAt'), render: (_, r) => formatTime(r.createdAt) },
        ]} />
    </Card>
  );
}
