import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Alert, Card, Empty, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PartReservationsQuery } from '../api/parts';
import { formatTime } from '../components/labels';
import type { ReservationState } from '../gql/graphql';

const STATES: ReservationState[] = ['BACKORDERED', 'RESERVED', 'ISSUED', 'RELEASED', 'NOT_STOCKED'];
const COLOR: Record<ReservationState, string> = { BACKORDERED: 'red', RESERVED: 'blue', ISSUED: 'green', RELEASED: 'default', NOT_STOCKED: 'default' };

/** 工单预留: the parts of work orders, by state — back-orders first, the warehouse's to-do list. */
export function PartReservationsPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<ReservationState | 'ALL'>('BACKORDERED');
  const { data, loading, error } = useQuery(PartReservationsQuery, { variables: { state: state === 'ALL' ? null : state }, pollInterval: 30_000 });
  const rows = data?.partReservations ?? [];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('parts.reservations.title')}</Typography.Title>
      <Typography.Text type="secondary">{t('parts.reservations.help')}</Typography.Text>
      <Segmented<ReservationState | 'ALL'> value={state} onChange={setState} data-testid="reservation-state"
        options={[...STATES.map((s) => ({ value: s, label: t(`parts.reservations.state_.${s}`) })), { value: 'ALL' as const, label: t('parts.reservations.all') }]} />
      {error && <Alert type="error" showIcon message={error.message} />}
      <Card bodyStyle={{ padding: 0 }}>
        <Table rowKey="id" loading={loading} dataSource={rows} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 640 }} data-testid="reservations-table"
          locale={{ emptyText: <Empty description={t('parts.reservations.empty')} /> }}
          columns={[
            { key: 'wo', title: t('parts.reservations.workOrder'), render: (_, r) => <Link to={`/work-orders/${r.workOrderId}`}>{r.requestNumber}</Link> },
            { key: 'sku', title: t('parts.reservations.sku'), dataIndex: 'sku' },
            { key: 'qty', title: t('parts.reservations.quantity'), dataIndex: 'quantity', align: 'right' },
            { key: 'loc', title: t('parts.reservations.location'), render: (_, r) => r.locationCode ?? '—' },
            { key: 'state', title: t('parts.reservations.state'), render: (_, r) => <Tag color={COLOR[r.state]}>{t(`parts.reservations.state_.${r.state}`)}</Tag> },
            { key: 'at', title: t('parts.reservations.updatedAt'), render: (_, r) => formatTime(r.updatedAt) },
          ]}
        />
      </Card>
    </Space>
  );
}
