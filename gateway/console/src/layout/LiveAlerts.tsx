import { useSubscription } from '@apollo/client';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { StockLowSubscription, WorkOrderEscalatedSubscription } from '../api/operations';
import { can, useMe } from '../auth/session';

/**
 * Alerts that reach people wherever they are in the console: low stock for the warehouse (once per
 * crossing of a reorder point) and breached clocks for dispatch. Each links to where it is handled.
 */
export function LiveAlerts() {
  const me = useMe();
  return (
    <>
      {can.manageStock(me) && <StockLowAlerts />}
      {can.dispatch(me) && <EscalationAlerts />}
    </>
  );
}

function StockLowAlerts() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  useSubscription(StockLowSubscription, {
    onData: ({ data: event }) => {
      const level = event.data?.stockLow;
      if (!level) return;
      const key = `stock-low:${level.locationId}:${level.partId}`;
      notification.warning({
        key,
        message: t('alerts.stockLow.title', { location: level.locationName }),
        description: t('alerts.stockLow.body', { sku: level.sku, name: level.name, available: level.available, point: level.reorderPoint ?? 0, unit: level.unit }),
        duration: 0,
        props: { 'data-testid': 'alert-stock-low', 'data-sku': level.sku, 'data-location': level.locationCode } as never,
        btn: (
          <Button type="primary" size="small" onClick={() => { notification.destroy(key); navigate(`/parts?location=${level.locationId}&low=1`); }}>
            {t('alerts.stockLow.open')}
          </Button>
        ),
      });
    },
  });
  return null;
}

function EscalationAlerts() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  useSubscription(WorkOrderEscalatedSubscription, {
    onData: ({ data: event }) => {
      const e = event.data?.workOrderEscalated;
      if (!e) return;
      notification.error({
        key: `escalation:${e.id}`,
        message: t('alerts.escalated.title', { number: e.requestNumber }),
        description: t('alerts.escalated.body', { customer: e.customerName, what: t(`workOrder.clock.${e.commitment}`, { defaultValue: e.commitment }) }),
        duration: 0,
        props: { 'data-testid': 'alert-escalated', 'data-number': e.requestNumber } as never,
        btn: (
          <Button size="small" onClick={() => { notification.destroy(`escalation:${e.id}`); navigate(`/work-orders/${e.workOrderId}`); }}>
            {t('alerts.escalated.open')}
          </Button>
        ),
      });
    },
  });
  return null;
}
