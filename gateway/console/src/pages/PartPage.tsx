import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Descriptions, Empty, Result, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PartQuery } from '../api/parts';
import { errorCode } from '../api/errors';
import { can, useMe } from '../auth/session';
import { formatFen } from '../components/fieldWork';
import { formatTime } from '../components/labels';
import { locationLabel, MovementTag, partsError, type Level } from '../components/parts';
import { signed } from '../components/partsLogic';
import { PartFormModal } from '../components/PartForm';
import { StockActionModal, type StockAction } from '../components/StockActions';
import { stockLevelColumns } from '../components/stockColumns';
import type { PartQuery as PartResult } from '../gql/graphql';

type Movement = NonNullable<PartResult['part']>['movements']['edges'][number]['node'];
const PAGE = 20;

/** One part: its catalog entry (the warehouse edits it), its stock at each location, and its ledger page by page. */
export function PartPage() {
  const { t } = useTranslation();
  const me = useMe();
  const editable = can.manageStock(me);
  const { id = '' } = useParams();
  const [locationId, setLocationId] = useState<string>();
  // Cursors of the pages before this one: the ledger pages forwards, and back along what it has seen.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const { data, loading, error, refetch } = useQuery(PartQuery, { variables: { id, first: PAGE, after, locationId: locationId ?? null }, notifyOnNetworkStatusChange: true });
  const [editing, setEditing] = useState(false);
  const [acting, setActing] = useState<{ action: StockAction; level: Level }>();
  const back = <Link to="/parts"><ArrowLeftOutlined /> {t('parts.part.back')}</Link>;

  if (loading && !data) return <Card><Skeleton active /></Card>;
  if ((error && ['BAD_USER_INPUT', 'NOT_FOUND'].includes(errorCode(error))) || (data && !data.part)) {
    return <Result status="404" title={t('errors.NOT_FOUND')} subTitle={t('parts.part.notFound')} extra={back} />;
  }
  if (error || !data?.part) return <Alert type="error" showIcon message={partsError(t, error)} action={<Button onClick={() => refetch()}>{t('app.retry')}</Button>} />;
  const part = data.part;
  const movements = part.movements.edges.map((e) => e.node);
  const page = cursors.length;
  const filter = (value?: string) => {
    setLocationId(value);
    setCursors([null]);
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="part-page">
      {back}
      <Card title={<Space wrap><Typography.Title level={4} style={{ margin: 0 }}>{part.sku}</Typography.Title><span>{part.name}</span>{!part.active && <Tag>{t('parts.catalog.inactive')}</Tag>}</Space>}
        extra={editable && <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-part">{t('parts.part.edit')}</Button>}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} data-testid="part-catalog"
          items={[
            { key: 'unit', label: t('parts.field.unit'), children: part.unit },
            { key: 'cost', label: t('parts.field.cost'), children: formatFen(part.cost) },
            { key: 'price', label: t('parts.field.price'), children: formatFen(part.price) },
            { key: 'average', label: t('parts.field.averageCost'), children: formatFen(Math.round(part.averageCost)) },
            { key: 'warranty', label: t('parts.field.warrantyMonths'), children: t('parts.catalog.months', { count: part.warrantyMonths }) },
            { key: 'serialised', label: t('parts.field.serialised'), children: part.serialised ? t('parts.catalog.yes') : t('parts.catalog.no') },
            { key: 'onHand', label: t('parts.field.onHand'), children: part.onHand },
            { key: 'available', label: t('parts.field.available'), children: part.available },
            {
              key: 'models', label: t('parts.field.compatibleModels'), span: { xs: 1, sm: 2, lg: 4 },
              children: part.compatibleModels.length ? <Space size={[0, 4]} wrap>{part.compatibleModels.map((m) => <Tag key={m}>{m}</Tag>)}</Space> : '—',
            },
          ]} />
      </Card>

      <Card size="small" title={t('parts.part.stock')}>
        <Table<Level>
          rowKey="locationId" size="small" dataSource={part.stock} pagination={false} scroll={{ x: 'max-content' }} data-testid="part-stock"
          locale={{ emptyText: <Empty description={t('parts.part.noStock')} /> }}
          onRow={(l) => ({ style: l.low ? { background: '#fff1f0' } : undefined })}
          columns={[
            ...stockLevelColumns(t),
            ...(editable
              ? [{
                  key: 'actions', title: t('common.actions'),
                  render: (_: unknown, l: Level) => (
                    <Space size={4}>
                      <Button size="small" onClick={() => setActing({ action: 'receive', level: l })}>{t('parts.stock.receive')}</Button>
                      <Button size="small" onClick={() => setActing({ action: 'adjust', level: l })}>{t('parts.stock.adjust')}</Button>
                    </Space>
                  ),
                }]
              : []),
          ]}
        />
      </Card>

      <Card size="small" title={t('parts.part.ledger')}
        extra={
          <Select allowClear placeholder={t('parts.stock.allLocations')} value={locationId} onChange={filter} style={{ width: 200 }} data-testid="ledger-location"
            options={part.stock.map((l) => ({ value: l.locationId, label: locationLabel({ code: l.locationCode, name: l.locationName }) }))} />
        }>
        <Table<Movement>
          rowKey="id" size="small" dataSource={movements} pagination={false} loading={loading} scroll={{ x: 'max-content' }} data-testid="ledger"
          locale={{ emptyText: <Empty description={t('parts.part.noMovements')} /> }}
          columns={[
            { key: 'at', title: t('parts.part.at'), render: (_, m) => formatTime(m.at) },
            { key: 'kind', title: t('parts.part.kind'), render: (_, m) => <MovementTag kind={m.kind} /> },
            { key: 'location', title: t('parts.field.location'), dataIndex: 'locationCode' },
            {
              key: 'quantity', title: t('parts.part.change'), align: 'right',
              render: (_, m) => (
                <Space direction="vertical" size={0} align="end">
                  {(m.quantity !== 0 || m.reservedChange === 0) && (
                    <Typography.Text strong style={{ color: m.quantity < 0 ? '#cf1322' : m.quantity > 0 ? '#389e0d' : undefined }} data-testid="ledger-quantity">{signed(m.quantity)}</Typography.Text>
                  )}
                  {m.reservedChange !== 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('parts.part.reserved', { change: signed(m.reservedChange) })}</Typography.Text>}
                </Space>
              ),
            },
            { key: 'unitCost', title: t('parts.field.unitCost'), align: 'right', render: (_, m) => (m.unitCost == null ? '—' : formatFen(Math.round(m.unitCost))) },
            { key: 'source', title: t('parts.part.source'), render: (_, m) => <Tag>{t(`parts.source.${m.sourceType}`, { defaultValue: m.sourceType })}</Tag> },
            { key: 'reason', title: t('parts.field.reason'), render: (_, m) => (m.reason ? (m.kind === 'DEFECTIVE_RETURN' ? t(`parts.cause.${m.reason}`, { defaultValue: m.reason }) : m.reason) : '—') },
          ]}
        />
        <Space style={{ marginTop: 12, width: '100%', justifyContent: 'space-between' }} wrap>
          <Typography.Text type="secondary" data-testid="ledger-page">{t('parts.part.page', { page, count: part.movements.totalCount })}</Typography.Text>
          <Space>
            <Button icon={<LeftOutlined />} disabled={page === 1} onClick={() => setCursors((c) => c.slice(0, -1))} data-testid="ledger-prev">{t('parts.part.prev')}</Button>
            <Button disabled={!part.movements.pageInfo.hasNextPage} onClick={() => setCursors((c) => [...c, part.movements.pageInfo.endCursor ?? null])} data-testid="ledger-next">
              {t('parts.part.next')} <RightOutlined />
            </Button>
          </Space>
        </Space>
      </Card>

      {editing && <PartFormModal part={part} onClose={() => setEditing(false)} onSaved={() => refetch()} />}
      {acting && <StockActionModal action={acting.action} level={acting.level} onClose={() => setActing(undefined)} onDone={() => { setCursors([null]); void refetch(); }} />}
    </Space>
  );
}
