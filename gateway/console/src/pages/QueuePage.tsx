import { useState } from 'react';
import { useQuery, useSubscription } from '@apollo/client';
import { Alert, App, Badge, Button, Card, Empty, Space, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { DispatchQueueQuery, QueueEntryAddedSubscription } from '../api/operations';
import { errorMessage } from '../api/errors';
import { formatTime, StatusTag } from '../components/labels';
import type { DispatchQueueQuery as Result } from '../gql/graphql';

type Entry = Result['dispatchQueue']['edges'][number]['node'];

/** The dispatcher's queue, oldest first; new requests appear as intake records them. */
export function QueuePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const { data, loading, error, refetch } = useQuery(DispatchQueueQuery, { variables: { first: 50, after: cursors[cursors.length - 1] } });

  useSubscription(QueueEntryAddedSubscription, {
    onData: ({ data: event }) => {
      const entry = event.data?.queueEntryAdded;
      if (!entry) return;
      message.info(t('queue.live', { number: entry.requestNumber }));
      setFresh((s) => new Set(s).add(entry.id));
      void refetch();
    },
  });

  const page = data?.dispatchQueue;
  return (
    <Card title={<Space><Typography.Title level={4} style={{ margin: 0 }}>{t('queue.title')}</Typography.Title>{page && <Badge count={page.totalCount} showZero color="#fa8c16" />}</Space>}
      extra={<Button icon={<ReloadOutlined />} onClick={() => refetch()} aria-label={t('common.refresh')} />}>
      {error && <Alert type="error" showIcon message={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      <Table<Entry>
        rowKey="id"
        data-testid="queue-table"
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        rowClassName={(row) => (fresh.has(row.id) ? 'row-fresh' : '')}
        locale={{ emptyText: <Empty description={t('queue.empty')} /> }}
        columns={[
          { key: 'number', title: t('field.number'), render: (_, r) => <Link to={`/requests/${r.serviceRequestId}`}>{r.requestNumber}</Link> },
          { key: 'customer', title: t('field.customerName'), dataIndex: 'customerName' },
          { key: 'product', title: t('field.productModel'), dataIndex: 'productModel' },
          { key: 'category', title: t('field.category'), render: (_, r) => t(`category.${r.category}`) },
          { key: 'channel', title: t('field.channel'), render: (_, r) => t(`channel.${r.channel}`) },
          { key: 'state', title: t('field.state'), render: (_, r) => <StatusTag value={r.state} /> },
          { key: 'requestedAt', title: t('field.requestedAt'), render: (_, r) => formatTime(r.requestedAt) },
          { key: 'waiting', title: t('queue.waiting'), render: (_, r) => t('queue.minutes', { count: Math.max(0, dayjs().diff(dayjs(r.requestedAt), 'minute')) }) },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>‹</Button>
        <Button disabled={!page?.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, page!.pageInfo.endCursor!])}>›</Button>
      </Space>
    </Card>
  );
}
