import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Empty, Grid, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PartsQuery } from '../api/parts';
import { errorMessage } from '../api/errors';
import { can, useMe } from '../auth/session';
import { formatFen } from '../components/fieldWork';
import { PartFormModal } from '../components/PartForm';
import { useDebounced } from '../components/useDebounced';
import type { PartFieldsFragment } from '../gql/graphql';

const PAGE = 50;

/** 配件目录: the parts the company stocks and fits, with cost and price, warranty and where they fit. */
export function PartsCatalogPage() {
  const { t } = useTranslation();
  const me = useMe();
  const editable = can.manageStock(me);
  const narrow = !Grid.useBreakpoint().sm;
  const [search, setSearch] = useState('');
  const [includeInactive, setIncludeInactive] = useState(true);
  const settled = useDebounced(search.trim(), 250);
  const { data, loading, error, refetch, fetchMore } = useQuery(PartsQuery, { variables: { first: PAGE, search: settled || null, includeInactive }, notifyOnNetworkStatusChange: true });
  const [editing, setEditing] = useState<PartFieldsFragment | 'new'>();
  const parts = data?.parts.edges.map((e) => e.node) ?? [];
  const more = () =>
    fetchMore({
      variables: { after: data?.parts.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({ parts: { ...fetchMoreResult.parts, edges: [...prev.parts.edges, ...fetchMoreResult.parts.edges] } }),
    });

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('parts.catalog.title')}</Typography.Title>}
      extra={editable && (
        <Space wrap>
          <Link to="/parts/import"><Button icon={<UploadOutlined />} aria-label={t('parts.nav.import')}>{!narrow && t('parts.nav.import')}</Button></Link>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-part" aria-label={t('parts.catalog.add')}>{!narrow && t('parts.catalog.add')}</Button>
        </Space>
      )}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('parts.catalog.search')} style={{ width: 260 }} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="parts-search" />
        <Space size={4}>
          <Switch size="small" checked={includeInactive} onChange={setIncludeInactive} />
          <Typography.Text>{t('parts.catalog.includeInactive')}</Typography.Text>
        </Space>
        {data && <Typography.Text type="secondary">{t('parts.catalog.total', { count: data.parts.totalCount })}</Typography.Text>}
      </Space>
      {error && <Alert type="error" showIcon message={errorMessage(t, error)} style={{ marginBottom: 16 }} action={<Button size="small" onClick={() => refetch()}>{t('app.retry')}</Button>} />}
      <Table<PartFieldsFragment>
        rowKey="id" size="middle" data-testid="parts-table" loading={loading} dataSource={parts} pagination={false} scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t(settled ? 'parts.catalog.emptySearch' : 'parts.catalog.empty')} /> }}
        columns={[
          { key: 'sku', title: t('parts.field.sku'), render: (_, p) => <Link to={`/parts/${p.id}`}><Typography.Text strong>{p.sku}</Typography.Text></Link> },
          { key: 'name', title: t('parts.field.name'), dataIndex: 'name' },
          { key: 'unit', title: t('parts.field.unit'), dataIndex: 'unit' },
          { key: 'models', title: t('parts.field.compatibleModels'), render: (_, p) => (p.compatibleModels.length ? <Space size={[0, 4]} wrap>{p.compatibleModels.map((m) => <Tag key={m}>{m}</Tag>)}</Space> : '—') },
          { key: 'cost', title: t('parts.field.cost'), align: 'right', render: (_, p) => formatFen(p.cost) },
          { key: 'price', title: t('parts.field.price'), align: 'right', render: (_, p) => formatFen(p.price) },
          { key: 'warranty', title: t('parts.field.warrantyMonths'), align: 'right', render: (_, p) => t('parts.catalog.months', { count: p.warrantyMonths }) },
          { key: 'serialised', title: t('parts.field.serialised'), render: (_, p) => (p.serialised ? <Tag color="purple">{t('parts.catalog.yes')}</Tag> : t('parts.catalog.no')) },
          { key: 'onHand', title: t('parts.field.onHand'), align: 'right', render: (_, p) => <span title={t('parts.field.available')}>{p.onHand} <Typography.Text type="secondary">({p.available})</Typography.Text></span> },
          { key: 'active', title: t('parts.field.active'), render: (_, p) => <Tag color={p.active ? 'green' : 'default'}>{t(p.active ? 'parts.catalog.active' : 'parts.catalog.inactive')}</Tag> },
          ...(editable
            ? [{ key: 'actions', title: t('common.actions'), render: (_: unknown, p: PartFieldsFragment) => <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} data-testid="edit-part">{t('parts.catalog.edit')}</Button> }]
            : []),
        ]}
      />
      {data?.parts.pageInfo.hasNextPage && (
        <div style={{ textAlign: 'center', marginTop: 16 }}><Button onClick={more} loading={loading}>{t('parts.catalog.loadMore')}</Button></div>
      )}
      {editing && <PartFormModal part={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}
