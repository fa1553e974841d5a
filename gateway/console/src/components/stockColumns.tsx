import { Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { WarningFilled } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { formatFen } from './fieldWork';
import { LocationKindTag, locationLabel, type Level } from './parts';

/**
 * A stock level's columns — where, on hand, reserved, available (marked when low), in transit, the
 * reorder point and the value — as the stock overview and a part's page both show them.
 */
export function stockLevelColumns(t: TFunction): ColumnsType<Level> {
  return [
    {
      key: 'location', title: t('parts.field.location'),
      render: (_, l) => <Space size={4} wrap><span>{locationLabel({ code: l.locationCode, name: l.locationName })}</span><LocationKindTag kind={l.locationKind} /></Space>,
    },
    { key: 'onHand', title: t('parts.field.onHand'), align: 'right', render: (_, l) => <span data-testid="on-hand">{l.onHand}</span> },
    { key: 'reserved', title: t('parts.field.reserved'), align: 'right', render: (_, l) => l.reserved || '—' },
    {
      key: 'available', title: t('parts.field.available'), align: 'right',
      render: (_, l) => (
        <Space size={4}>
          <Typography.Text strong type={l.low ? 'danger' : undefined} data-testid="available">{l.available}</Typography.Text>
          {l.low && <Tag color="red" icon={<WarningFilled />} style={{ marginInlineEnd: 0 }} data-testid="low-tag">{t('parts.stock.low')}</Tag>}
        </Space>
      ),
    },
    { key: 'inTransit', title: t('parts.field.inTransit'), align: 'right', render: (_, l) => (l.inTransit ? <Tag color="processing" data-testid="in-transit">{t('parts.stock.inTransitCount', { count: l.inTransit })}</Tag> : '—') },
    {
      key: 'reorder', title: t('parts.field.reorderPoint'), align: 'right',
      render: (_, l) => (l.reorderPoint == null ? <Typography.Text type="secondary">{t('parts.stock.none')}</Typography.Text> : t('parts.stock.reorderOf', { point: l.reorderPoint, quantity: l.reorderQuantity ?? '—' })),
    },
    { key: 'value', title: t('parts.field.value'), align: 'right', render: (_, l) => formatFen(l.value) },
  ];
}
