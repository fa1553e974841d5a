import { useState } from 'react';
import { Alert, Button, Card, Empty, Grid, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { can, useMe } from '../auth/session';
import { DueTag, formatTime } from '../components/labels';
import { LocationFormModal } from '../components/LocationForm';
import { LocationKindTag, partsError, useLocations, type Location } from '../components/parts';

function columns(t: TFunction, onEdit?: (l: Location) => void): ColumnsType<Location> {
  const secondary = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
  return [
    // The code opens the stock overview of that location.
    { key: 'code', title: t('parts.locations.code'), render: (_, l) => <Link to={`/parts?location=${l.id}`} title={t('parts.stocktake.viewStock')}><strong>{l.code}</strong></Link> },
    { key: 'name', title: t('parts.locations.name'), render: (_, l) => l.name },
    { key: 'kind', title: t('parts.locations.kind'), render: (_, l) => <LocationKindTag kind={l.kind} /> },
    { key: 'every', title: t('parts.locations.everyDays'), render: (_, l) => (l.stocktakeEveryDays ? t('parts.locations.schedule', { days: l.stocktakeEveryDays }) : secondary(t('parts.locations.adHoc'))) },
    { key: 'last', title: t('parts.locations.lastStocktake'), render: (_, l) => (l.lastStocktakeAt ? formatTime(l.lastStocktakeAt) : secondary(t('parts.stocktake.never'))) },
    { key: 'due', title: t('parts.locations.nextDue'), render: (_, l) => <DueTag due={l.stocktakeDueAt} /> },
    ...(onEdit
      ? [{
          key: 'actions', title: t('common.actions'),
          render: (_: unknown, l: Location) => <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(l)} data-testid="edit-location">{t('parts.locations.edit')}</Button>,
        }]
      : []),
  ];
}

/**
 * 库位: the company's warehouses and vans with their stocktake cycle and when each is next due.
 * Warehouse keepers add warehouses and change their name, type and cycle; vans follow their technicians.
 */
export function LocationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const editable = can.manageStock(me);
  const narrow = !Grid.useBreakpoint().sm;
  // undefined: no form; null: a new location.
  const [editing, setEditing] = useState<Location | null>();
  const { locations, loading, error, refetch } = useLocations();

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('parts.locations.title')}</Typography.Title>}
      extra={editable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="new-location" aria-label={t('parts.locations.create')}>{!narrow && t('parts.locations.create')}</Button>}>
      {error && <Alert type="error" showIcon message={partsError(t, error)} style={{ marginBottom: 16 }} action={<Button size="small" onClick={() => refetch()}>{t('app.retry')}</Button>} />}
      <Table<Location>
        rowKey="id" size="small" data-testid="locations-table" loading={loading} dataSource={locations} scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(l) => ({ 'data-code': l.code, 'data-kind': l.kind }) as never}
        // After a failed read the alert above says why; "no locations yet" would be wrong.
        locale={{ emptyText: error ? null : <Empty description={t('parts.locations.empty')}><Typography.Text type="secondary">{t('parts.locations.emptyHelp')}</Typography.Text></Empty> }}
        columns={columns(t, editable ? setEditing : undefined)} />
      {editing !== undefined && <LocationFormModal location={editing ?? undefined} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}
