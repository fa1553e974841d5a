import { useState } from 'react';
import { Alert, Button, Card, Dropdown, Empty, Grid, Input, Space, Statistic, Switch, Table, Typography } from 'antd';
import { DownOutlined, ImportOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { can, useMe } from '../auth/session';
import { formatFen } from '../components/fieldWork';
import { LocationSelect, locationLabel, partsError, useAllStockLevels, useLocations, type Level } from '../components/parts';
import { replenishQuantity, stockTotals } from '../components/partsLogic';
import { StockActionModal, type StockAction } from '../components/StockActions';
import { stockLevelColumns } from '../components/stockColumns';
import { TransferModal, type TransferDraft } from '../components/TransferModal';
import { useDebounced } from '../components/useDebounced';

const LOW_ROW = { background: '#fff1f0' };

/**
 * 库存总览: stock by part and location (warehouses and vans) with what is reserved, available and on
 * its way, the reorder levels and the value at moving-average cost; low rows stand out. The warehouse
 * receives, adjusts, sets reorder levels and replenishes from here; dispatchers look.
 */
export function StockPage() {
  const { t } = useTranslation();
  const me = useMe();
  const editable = can.manageStock(me);
  const narrow = !Grid.useBreakpoint().sm;
  const [params, setParams] = useSearchParams();
  const locationId = params.get('location') || undefined;
  const lowOnly = params.get('low') === '1';
  const [search, setSearch] = useState('');
  const settled = useDebounced(search.trim(), 250);
  const { locations } = useLocations();
  const stock = useAllStockLevels({ locationId: locationId ?? null, search: settled || null, lowOnly });
  const [acting, setActing] = useState<{ action: StockAction; level: Level }>();
  const [transfer, setTransfer] = useState<{ title: string; draft: TransferDraft }>();
  const totals = stockTotals(stock.rows);

  const setParam = (key: string, value?: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const replenish = (level: Level) => {
    const central = locations.find((l) => l.kind === 'CENTRAL' && l.id !== level.locationId);
    setTransfer({
      title: t('parts.transfer.replenishTitle', { location: locationLabel({ code: level.locationCode, name: level.locationName }) }),
      draft: { fromLocationId: central?.id, toLocationId: level.locationId, lines: [{ sku: level.sku, quantity: replenishQuantity(level) }], reason: t('parts.transfer.defaultReason') },
    });
  };

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('parts.stock.title')}</Typography.Title>}
      extra={editable && (
        <Space wrap>
          <Link to="/parts/transfers"><Button icon={<SwapOutlined />} aria-label={t('parts.nav.transfers')}>{!narrow && t('parts.nav.transfers')}</Button></Link>
          <Link to="/parts/import"><Button icon={<ImportOutlined />} aria-label={t('parts.nav.import')}>{!narrow && t('parts.nav.import')}</Button></Link>
        </Space>
      )}>
      <Space wrap style={{ display: 'flex', marginBottom: 16 }}>
        <LocationSelect locations={locations} value={locationId} onChange={(v) => setParam('location', v)} allowClear placeholder={t('parts.stock.allLocations')} style={{ width: 240 }} testId="stock-location" />
        <Input.Search allowClear placeholder={t('parts.stock.search')} style={{ width: 240 }} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="stock-search" />
        <Space size={4}>
          <Switch size="small" checked={lowOnly} onChange={(v) => setParam('low', v ? '1' : undefined)} data-testid="stock-low-only" />
          <Typography.Text>{t('parts.stock.lowOnly')}</Typography.Text>
        </Space>
      </Space>
      {!editable && <Alert type="info" showIcon message={t('parts.stock.readOnly')} style={{ marginBottom: 16 }} />}
      {stock.error ? <Alert type="error" showIcon message={partsError(t, stock.error)} style={{ marginBottom: 16 }} action={<Button size="small" onClick={stock.reload}>{t('app.retry')}</Button>} /> : null}
      {stock.truncated && <Alert type="warning" showIcon message={t('parts.stock.truncated', { count: stock.rows.length })} style={{ marginBottom: 16 }} />}
      <Space size={32} wrap style={{ display: 'flex', marginBottom: 16 }}>
        <Statistic title={t('parts.stock.totalValue')} value={formatFen(totals.value)} data-testid="stock-total-value" />
        <Statistic title={t('parts.stock.rows')} value={stock.totalCount} />
        <Statistic title={t('parts.stock.lowRows')} value={totals.low} valueStyle={{ color: totals.low ? '#cf1322' : undefined }} data-testid="stock-low-count" />
      </Space>
      <Table<Level>
        rowKey={(l) => `${l.partId}:${l.locationId}`} size="middle" data-testid="stock-table" loading={stock.loading} dataSource={stock.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }} scroll={{ x: 'max-content' }}
        onRow={(l) => ({ style: l.low ? LOW_ROW : undefined, 'data-sku': l.sku, 'data-location': l.locationCode, 'data-low': l.low ? 'true' : 'false' }) as never}
        locale={{ emptyText: <Empty description={t(settled || lowOnly || locationId ? 'parts.stock.emptyFiltered' : 'parts.stock.empty')} /> }}
        summary={() => stock.rows.length > 0 && (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={7}><Typography.Text strong>{t('parts.stock.totalValue')}</Typography.Text></Table.Summary.Cell>
            <Table.Summary.Cell index={7} align="right"><Typography.Text strong>{formatFen(totals.value)}</Typography.Text></Table.Summary.Cell>
            {editable && <Table.Summary.Cell index={8} />}
          </Table.Summary.Row>
        )}
        columns={[
          {
            key: 'part', title: t('parts.field.part'), fixed: 'left',
            // A fixed cell paints its own background: the low row's colour has to reach it too.
            onCell: (l) => ({ style: l.low ? LOW_ROW : undefined }),
            render: (_, l) => (
              <Space direction="vertical" size={0}>
                <Link to={`/parts/${l.partId}`}><Typography.Text strong>{l.sku}</Typography.Text></Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{l.name}</Typography.Text>
              </Space>
            ),
          },
          ...stockLevelColumns(t),
          ...(editable
            ? [{
                key: 'actions', title: t('common.actions'),
                render: (_: unknown, l: Level) => (
                  <Space size={4}>
                    {l.locationKind !== 'CENTRAL' && (
                      <Button size="small" type={l.low ? 'primary' : 'default'} onClick={() => replenish(l)} data-testid="replenish">{t('parts.stock.replenish')}</Button>
                    )}
                    <Dropdown trigger={['click']} menu={{
                      items: [
                        { key: 'receive', label: t('parts.stock.receive') },
                        { key: 'adjust', label: t('parts.stock.adjust') },
                        { key: 'reorder', label: t('parts.stock.reorder') },
                      ],
                      onClick: ({ key }) => setActing({ action: key as StockAction, level: l }),
                    }}>
                      <Button size="small" data-testid="stock-actions">{t('parts.stock.more')} <DownOutlined /></Button>
                    </Dropdown>
                  </Space>
                ),
              }]
            : []),
        ]}
      />
      {acting && <StockActionModal action={acting.action} level={acting.level} onClose={() => setActing(undefined)} onDone={() => stock.reload()} />}
      {transfer && (
        <TransferModal title={transfer.title} draft={transfer.draft} locations={locations} onClose={() => setTransfer(undefined)}
          onDone={() => stock.reload()} />
      )}
    </Card>
  );
}
