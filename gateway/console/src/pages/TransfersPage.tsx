import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Badge, Button, Card, Empty, Grid, Popconfirm, Segmented, Space, Table, Typography } from 'antd';
import { CarOutlined, CheckOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CancelTransferMutation, ReceiveTransferMutation, ShipTransferMutation, TransfersQuery, WarehouseDashboardQuery } from '../api/parts';
import { errorCode } from '../api/errors';
import { can, useMe } from '../auth/session';
import { formatTime } from '../components/labels';
import { LocationSelect, locationLabel, partsError, TransferStateTag, useLocations } from '../components/parts';
import { TRANSFER_STATES } from '../components/partsLogic';
import { TransferModal } from '../components/TransferModal';
import type { TransferFieldsFragment, TransferState } from '../gql/graphql';

type Transfer = TransferFieldsFragment;
type Step = 'ship' | 'receive' | 'cancel';

/**
 * 调拨: transfers between warehouses and vans, by state. Requested ones are shipped (the parts leave
 * the source and are in transit) or cancelled; in-transit ones are received at the target.
 */
export function TransfersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const editable = can.manageStock(me);
  const narrow = !Grid.useBreakpoint().sm;
  const [state, setState] = useState<TransferState | 'ALL'>('ALL');
  const [locationId, setLocationId] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [running, setRunning] = useState<{ id: string; step: Step }>();
  const { locations } = useLocations();
  const { data, loading, error, refetch } = useQuery(TransfersQuery, { variables: { locationId: locationId ?? null }, pollInterval: 30_000 });
  const options = { refetchQueries: [WarehouseDashboardQuery] };
  const [ship] = useMutation(ShipTransferMutation, options);
  const [receive] = useMutation(ReceiveTransferMutation, options);
  const [cancel] = useMutation(CancelTransferMutation, options);
  const all = data?.transfers ?? [];
  const shown = state === 'ALL' ? all : all.filter((x) => x.state === state);
  const count = (s: TransferState) => all.filter((x) => x.state === s).length;
  const name = (id: string, code: string) => {
    const l = locations.find((x) => x.id === id);
    return l ? locationLabel(l) : code;
  };

  const run = async (transfer: Transfer, step: Step) => {
    setRunning({ id: transfer.id, step });
    try {
      const variables = { id: transfer.id };
      if (step === 'ship') await ship({ variables });
      else if (step === 'receive') await receive({ variables });
      else await cancel({ variables });
      message.success(t(`parts.transfer.${step}Done`, { number: transfer.number }));
      await refetch();
    } catch (e) {
      message.error(partsError(t, e), 8);
      if (errorCode(e) === 'CONFLICT') void refetch();
    } finally {
      setRunning(undefined);
    }
  };

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('parts.transfer.title')}</Typography.Title>}
      extra={editable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-transfer" aria-label={t('parts.transfer.create')}>{!narrow && t('parts.transfer.create')}</Button>}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}>
        <div style={{ maxWidth: '100%', overflowX: 'auto' }}>
        <Segmented<TransferState | 'ALL'> value={state} onChange={setState} data-testid="transfer-states"
          options={[
            { value: 'ALL', label: `${t('parts.transfer.all')} ${all.length}` },
            ...TRANSFER_STATES.map((s) => ({ value: s, label: <span data-testid={`transfer-state-${s}`}>{t(`parts.transferState.${s}`)} <Badge count={count(s)} showZero={false} color={s === 'IN_TRANSIT' ? '#1677ff' : s === 'REQUESTED' ? '#fa8c16' : '#bfbfbf'} size="small" /></span> })),
          ]} />
        </div>
        <LocationSelect locations={locations} value={locationId} onChange={setLocationId} allowClear placeholder={t('parts.stock.allLocations')} style={{ width: 220 }} />
      </div>
      {count('IN_TRANSIT') > 0 && (
        <Alert type="info" showIcon icon={<CarOutlined />} style={{ marginBottom: 16 }} data-testid="in-transit-banner"
          message={t('parts.transfer.inTransitBanner', { count: count('IN_TRANSIT') })} />
      )}
      {error && <Alert type="error" showIcon message={partsError(t, error)} style={{ marginBottom: 16 }} action={<Button size="small" onClick={() => refetch()}>{t('app.retry')}</Button>} />}
      <Table<Transfer>
        rowKey="id" size="middle" data-testid="transfers-table" loading={loading} dataSource={shown} scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(x) => ({ 'data-number': x.number, 'data-state': x.state, style: x.state === 'IN_TRANSIT' ? { background: '#e6f4ff' } : undefined }) as never}
        locale={{ emptyText: <Empty description={t('parts.transfer.empty')} /> }}
        columns={[
          { key: 'number', title: t('parts.transfer.number'), render: (_, x) => <Typography.Text strong>{x.number}</Typography.Text> },
          { key: 'state', title: t('field.state'), render: (_, x) => <TransferStateTag state={x.state} /> },
          {
            key: 'route', title: t('parts.transfer.route'),
            render: (_, x) => (
              <Space direction="vertical" size={0}>
                <span>{name(x.fromLocationId, x.fromCode)}</span>
                <span><Typography.Text type="secondary">→</Typography.Text> {name(x.toLocationId, x.toCode)}</span>
              </Space>
            ),
          },
          {
            key: 'lines', title: t('parts.transfer.lines'),
            render: (_, x) => (
              <Space direction="vertical" size={0}>
                {x.lines.map((l) => <span key={l.sku}><Typography.Text strong>{l.sku}</Typography.Text> {l.name} × {l.quantity}</span>)}
              </Space>
            ),
          },
          { key: 'reason', title: t('parts.field.reason'), render: (_, x) => x.reason || '—' },
          {
            key: 'when', title: t('parts.transfer.when'),
            render: (_, x) => (
              <Space direction="vertical" size={0} style={{ fontSize: 12 }}>
                <span>{t('parts.transfer.requestedAt')} {formatTime(x.requestedAt)}</span>
                {x.shippedAt && <span>{t('parts.transfer.shippedAt')} {formatTime(x.shippedAt)}</span>}
                {x.receivedAt && <span>{t('parts.transfer.receivedAt')} {formatTime(x.receivedAt)}</span>}
              </Space>
            ),
          },
          ...(editable
            ? [{
                key: 'actions', title: t('common.actions'),
                render: (_: unknown, x: Transfer) => {
                  const busy = (step: Step) => running?.id === x.id && running.step === step;
                  return (
                    <Space size={4}>
                      {x.state === 'REQUESTED' && (
                        <>
                          <Button size="small" type="primary" icon={<SendOutlined />} loading={busy('ship')} disabled={!!running} onClick={() => run(x, 'ship')} data-testid="ship-transfer">{t('parts.transfer.ship')}</Button>
                          <Popconfirm title={t('parts.transfer.cancelConfirm', { number: x.number })} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => run(x, 'cancel')}>
                            <Button size="small" danger loading={busy('cancel')} disabled={!!running} data-testid="cancel-transfer">{t('parts.transfer.cancel')}</Button>
                          </Popconfirm>
                        </>
                      )}
                      {x.state === 'IN_TRANSIT' && (
                        <Button size="small" type="primary" icon={<CheckOutlined />} loading={busy('receive')} disabled={!!running} onClick={() => run(x, 'receive')} data-testid="receive-transfer">{t('parts.transfer.receive')}</Button>
                      )}
                    </Space>
                  );
                },
              }]
            : []),
        ]}
      />
      {creating && <TransferModal title={t('parts.transfer.createTitle')} draft={{ lines: [{ quantity: 1 }], fromLocationId: locations.find((l) => l.kind === 'CENTRAL')?.id }} locations={locations} onClose={() => setCreating(false)} onDone={() => refetch()} />}
    </Card>
  );
}
