import { useState, type HTMLAttributes } from 'react';
import { ArchiveHistory } from '../components/ArchiveHistory';
import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Col, Descriptions, Drawer, Empty, Grid, List, Result, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, EnvironmentOutlined, FileAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { CustomerQuery } from '../api/operations';
import { errorCode, errorMessage } from '../api/errors';
import { can, useMe } from '../auth/session';
import { CustomerEditor } from '../components/CustomerEditor';
import { placeOf, TierTag } from '../components/divisions';
import { formatTime, StatusTag } from '../components/labels';
import { ProductWarrantyTag } from '../components/warranty';
import type { CustomerArchiveFieldsFragment } from '../gql/graphql';

type Archive = CustomerArchiveFieldsFragment;
type RequestRow = Archive['recentRequests'][number];
type ProductRow = Archive['products'][number];

/** 客户售后服务档案: who the customer is, where they are, what they own (with its warranty today), every request they made. */
export function CustomerPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const narrow = !Grid.useBreakpoint().md;
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const { data, loading, error } = useQuery(CustomerQuery, { variables: { id } });
  if (loading && !data) return <Card><Skeleton active /></Card>;
  if (error && errorCode(error) !== 'BAD_USER_INPUT') return <Alert type="error" showIcon message={errorMessage(t, error)} />;
  const c = data?.customer;
  if (!c) return <Result status="404" title={t('errors.NOT_FOUND')} subTitle={t('customers.notFoundId')} extra={<Button onClick={() => navigate('/customers')}>{t('customers.backToSearch')}</Button>} />;
  return (
    <Card
      title={
        <Space wrap size={8}>
          <Typography.Title level={4} style={{ margin: 0 }}>{t('customer.title', { name: c.name })}</Typography.Title>
          <Tag data-testid="customer-kind">{t(`customers.kind.${c.kind}`)}</Tag>
        </Space>
      }
      extra={
        <Space wrap>
          {can.createRequests(me) && c.phones[0] && (
            <Button icon={<FileAddOutlined />} onClick={() => navigate(`/requests/new?phone=${encodeURIComponent(c.phones[0])}`)} data-testid="new-request-for-customer">
              {narrow ? null : t('customers.newRequest')}
            </Button>
          )}
          {can.editCustomers(me) && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-customer">{t('customers.edit')}</Button>
          )}
        </Space>
      }
    >
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }} data-testid="customer-profile">
        {c.kind === 'ORGANIZATION' ? <Descriptions.Item label={t('field.contactPerson')}>{c.contactPerson || '—'}</Descriptions.Item> : null}
        <Descriptions.Item label={t('field.phones')}>{c.phones.join('，')}</Descriptions.Item>
        <Descriptions.Item label={t('field.email')}>{c.email || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('customer.firstSeen')}>{formatTime(c.firstSeenAt)}</Descriptions.Item>
        <Descriptions.Item label={t('customer.requests')}>{t('customers.requestCounts', { count: c.requestCount, open: c.openRequestCount })}</Descriptions.Item>
        {c.note ? <Descriptions.Item label={t('field.note')} span={2}><Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{c.note}</Typography.Text></Descriptions.Item> : null}
      </Descriptions>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('customers.addresses')} data-testid="customer-addresses">
            <List
              size="small"
              dataSource={c.addresses}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.noAddresses')} /> }}
              renderItem={(a, i) => (
                <List.Item>
                  <Space direction="vertical" size={0}>
                    <Space size={4} wrap>
                      <EnvironmentOutlined />
                      {a.label && <Tag>{a.label}</Tag>}
                      {i === 0 && <Tag color="blue">{t('customers.defaultAddress')}</Tag>}
                      <TierTag tier={a.tier} />
                    </Space>
                    <Typography.Text>{a.path ?? placeOf(a.divisionCode)}</Typography.Text>
                    <Typography.Text type="secondary">{a.detail}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('customers.products')} data-testid="customer-products">
            {narrow ? (
              <List size="small" dataSource={c.products} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.noProducts')} /> }}
                renderItem={(p) => (
                  <List.Item data-testid={`owned-${p.serialNumber || p.productModel}`}>
                    <Space direction="vertical" size={2} style={{ width: '100%' }}>
                      <Space size={8} wrap>
                        <Typography.Text strong>{p.productModel}</Typography.Text>
                        <Typography.Text code>{p.serialNumber || '—'}</Typography.Text>
                        <ProductWarrantyTag productModel={p.productModel} serialNumber={p.serialNumber} purchaseDate={p.purchaseDate} />
                      </Space>
                      <Typography.Text type="secondary">
                        {[p.purchaseDate ? t('create.boughtOn', { date: p.purchaseDate }) : t('create.noPurchaseDate'), p.productCategory ?? t('create.notInCatalog'), p.seller, p.invoiceNumber].filter(Boolean).join(' · ')}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )} />
            ) : (
              <Table<ProductRow> rowKey={(p) => p.serialNumber || p.productModel} size="small" pagination={{ pageSize: 10, hideOnSinglePage: true }} scroll={{ x: 'max-content' }}
                dataSource={c.products} locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.noProducts')} /> }}
                onRow={(p) => ({ 'data-testid': `owned-${p.serialNumber || p.productModel}` }) as HTMLAttributes<HTMLElement>}
                columns={[
                  { key: 'model', title: t('field.productModel'), render: (_, p) => <Typography.Text strong>{p.productModel}</Typography.Text> },
                  { key: 'serial', title: t('field.serialNumber'), render: (_, p) => p.serialNumber || '—' },
                  { key: 'warranty', title: t('warranty.title'), render: (_, p) => <ProductWarrantyTag productModel={p.productModel} serialNumber={p.serialNumber} purchaseDate={p.purchaseDate} /> },
                  { key: 'purchaseDate', title: t('field.purchaseDate'), render: (_, p) => p.purchaseDate ?? '—' },
                  { key: 'category', title: t('field.productCategory'), render: (_, p) => p.productCategory ?? <Tag color="warning">{t('create.notInCatalog')}</Tag> },
                  { key: 'invoice', title: t('field.invoiceNumber'), render: (_, p) => p.invoiceNumber || '—' },
                  { key: 'seller', title: t('field.seller'), render: (_, p) => p.seller || '—' },
                ]} />
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('customers.recentRequests')}>
            <Table<RequestRow> rowKey="id" size="small" pagination={false} scroll={{ x: 'max-content' }} dataSource={c.recentRequests}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('requests.empty')} /> }}
              columns={[
                { key: 'number', title: t('field.number'), render: (_, r) => <Link to={`/requests/${r.id}`}>{r.number}</Link> },
                { key: 'product', title: t('field.productModel'), dataIndex: 'productModel' },
                { key: 'serial', title: t('field.serialNumber'), render: (_, r) => r.serialNumber || '—' },
                { key: 'category', title: t('field.category'), render: (_, r) => t(`category.${r.category}`) },
                { key: 'status', title: t('field.status'), render: (_, r) => <StatusTag value={r.status} /> },
                { key: 'createdAt', title: t('field.createdAt'), render: (_, r) => formatTime(r.createdAt) },
              ]} />
          </Card>
        </Col>
        <Col span={24}>
          <ArchiveHistory customerId={c.id} />
        </Col>
      </Row>

      <Drawer open={editing} onClose={() => setEditing(false)} title={t('customers.editTitle', { name: c.name })} width={narrow ? '100%' : 760} destroyOnHidden>
        <CustomerEditor customer={c} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </Drawer>
    </Card>
  );
}

/** A new customer's archive, with the number searched for already filled in. */
export function NewCustomerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('customers.newTitle')}</Typography.Title>} style={{ maxWidth: 900 }}>
      <CustomerEditor phone={params.get('phone') ?? undefined} onSaved={(c) => navigate(`/customers/${c.id}`, { replace: true })} onCancel={() => navigate('/customers')} />
    </Card>
  );
}
