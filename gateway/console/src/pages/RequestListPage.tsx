import { useMemo, useState } from 'react';
import { useQuery, useSubscription } from '@apollo/client';
import { App, Alert, Button, Card, Checkbox, Dropdown, Empty, Input, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, ReloadOutlined, SettingOutlined } from '@ant-design/icons';
import { accessToken } from '../auth/keycloak';
import { saveFile } from '../components/download';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ServiceRequestCreatedSubscription, ServiceRequestsQuery } from '../api/operations';
import { errorMessage } from '../api/errors';
import { can, useMe } from '../auth/session';
import { DueTag, EmergencyTag, formatTime, PriorityTag, StatusTag } from '../components/labels';
import { CATEGORIES, CHANNELS, PRIORITIES } from '../components/options';
import type { Channel, Priority, ServiceRequestCategory, ServiceRequestsQuery as Result } from '../gql/graphql';

type Row = Result['serviceRequests']['edges'][number]['node'];
const ALL_COLUMNS = ['number', 'priority', 'customerName', 'customerPhone', 'productModel', 'serialNumber', 'channel', 'category', 'status', 'createdAt', 'firstResponseDueAt'] as const;
const DEFAULT_COLUMNS = ['number', 'priority', 'customerName', 'productModel', 'category', 'status', 'createdAt', 'firstResponseDueAt'];
const COLUMNS_KEY = 'shouhou.requests.columns';
const PAGE = 20;

/** The agent's list: filters, search, cursor pages, chosen columns, and new requests arriving live. */
export function RequestListPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const navigate = useNavigate();
  const [channel, setChannel] = useState<Channel>();
  const [category, setCategory] = useState<ServiceRequestCategory>();
  const [priority, setPriority] = useState<Priority>();
  const [search, setSearch] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [columns, setColumns] = useState<string[]>(() => JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null') ?? DEFAULT_COLUMNS);
  const filter = { channel, category, priority, search: search || undefined };
  const after = cursors[cursors.length - 1];
  const { data, loading, error, refetch } = useQuery(ServiceRequestsQuery, { variables: { first: PAGE, after, filter } });

  useSubscription(ServiceRequestCreatedSubscription, {
    onData: ({ data: event }) => {
      const created = event.data?.serviceRequestCreated;
      if (!created) return;
      message.info(t('requests.live', { number: created.number, name: created.customerName }));
      if (cursors.length === 1) void refetch();
    },
  });

  const resetPaging = () => setCursors([null]);
  const [exporting, setExporting] = useState(false);
  /** The list as it is filtered now, as a CSV file (the server pages through it). */
  const exportCsv = async () => {
    setExporting(true);
    try {
      const params = new URLSearchParams({ lang: i18n.language });
      for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
      const res = await fetch(`/export/service-requests.csv?${params}`, { headers: { authorization: `Bearer ${await accessToken()}` } });
      if (!res.ok) throw new Error(((await res.json().catch(() => null)) as { error?: { message?: string } } | null)?.error?.message ?? res.statusText);
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'service-requests.csv';
      saveFile(name, await res.blob());
    } catch (error) {
      message.error(t('export.failed', { message: (error as Error).message }));
    } finally {
      setExporting(false);
    }
  };
  const chooseColumns = (next: string[]) => {
    setColumns(next);
    localStorage.setItem(COLUMNS_KEY, JSON.stringify(next));
  };

  const tableColumns = useMemo(
    () =>
      ALL_COLUMNS.filter((c) => columns.includes(c)).map((key) => ({
        key,
        dataIndex: key,
        title: t(`field.${key}`),
        render: (value: string, row: Row) => {
          if (key === 'number') return <Space size={4}><Link to={`/requests/${row.id}`}>{value}</Link>{row.emergency && <EmergencyTag />}</Space>;
          if (key === 'priority') return <PriorityTag value={value} />;
          if (key === 'channel') return t(`channel.${value}`);
          if (key === 'category') return t(`category.${value}`);
          if (key === 'status') return <StatusTag value={value} />;
          if (key === 'createdAt') return formatTime(value);
          if (key === 'firstResponseDueAt') return <DueTag due={value} />;
          return value || '—';
        },
      })),
    [columns, t],
  );

  const page = data?.serviceRequests;
  const filtered = Boolean(channel || category || priority || search);
  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('requests.title')}</Typography.Title>}
      extra={can.createRequests(me) && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/requests/new')}>{t('requests.create')}</Button>}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('requests.search')} style={{ width: 280 }} data-testid="request-search"
          onSearch={(v) => { setSearch(v.trim()); resetPaging(); }} />
        <Select allowClear placeholder={t('requests.allChannels')} style={{ width: 140 }} value={channel}
          options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} onChange={(v) => { setChannel(v); resetPaging(); }} />
        <Select allowClear placeholder={t('requests.allCategories')} style={{ width: 140 }} value={category}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} onChange={(v) => { setCategory(v); resetPaging(); }} />
        <Select allowClear placeholder={t('requests.allPriorities')} style={{ width: 140 }} value={priority} data-testid="priority-filter"
          options={PRIORITIES.map((p) => ({ value: p, label: <PriorityTag value={p} /> }))} onChange={(v) => { setPriority(v); resetPaging(); }} />
        <Dropdown trigger={['click']} dropdownRender={() => (
          <Card size="small">
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} value={columns} onChange={(v) => chooseColumns(v as string[])}
              options={ALL_COLUMNS.map((c) => ({ value: c, label: t(`field.${c}`), disabled: c === 'number' }))} />
          </Card>
        )}>
          <Button icon={<SettingOutlined />}>{t('requests.columns')}</Button>
        </Dropdown>
        <Button icon={<ReloadOutlined />} onClick={() => refetch()} aria-label={t('common.refresh')} />
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportCsv} data-testid="export-requests">{t('export.button')}</Button>
      </Space>
      {error && <Alert type="error" showIcon message={errorMessage(t, error)} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="id"
        data-testid="request-table"
        loading={loading}
        columns={tableColumns as never}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ onClick: () => navigate(`/requests/${row.id}`), style: { cursor: 'pointer' } })}
        locale={{ emptyText: <Empty description={t(filtered ? 'requests.emptyFiltered' : 'requests.empty')} /> }}
      />
      <Space style={{ marginTop: 16, width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Text type="secondary">{page ? t('requests.total', { count: page.totalCount }) : ''}</Typography.Text>
        <Space>
          <Button disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>‹</Button>
          <Button disabled={!page?.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, page!.pageInfo.endCursor!])}>›</Button>
        </Space>
      </Space>
    </Card>
  );
}
