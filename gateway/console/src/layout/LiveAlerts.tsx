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

/** A notification that stays until dismissed, with a button to where the alert is handled. */
interface LiveAlert {
  level: 'warning' | 'error';
  /** A second alert of the same key replaces the first: one per crossing or escalation. */
  key: string;
  title: string;
  body: string;
  testProps: Record<string, string>;
  action: { label: string; to: string; primary?: boolean };
}

function useShowAlert(): (alert: LiveAlert) => void {
  const { notification } = App.useApp();
  const navigate = useNavigate();
  return ({ level, key, title, body, testProps, action }) =>
    notification[level]({
      key,
      message: title,
      description: body,
      duration: 0,
      props: testProps as never,
      btn: (
        <Button type={action.primary ? 'primary' : 'default'} size="small" onClick={() => { notification.destroy(key); navigate(action.to); }}>
          {action.label}
        </Button>
      ),
    });
}

function StockLowAlerts() {
  const { t } = useTranslation();
  const show = useShowAlert();
  useSubscription(StockLowSubscription, {
    onData: ({ data: event }) => {
      const level = event.data?.stockLow;
      if (!level) return;
      show({
        level: 'warning',
        key: `stock-low:${level.locationId}:${level.partId}`,
        title: t('alerts.stockLow.title', { location: level.locationName }),
        body: t('alerts.stockLow.body', { sku: level.sku, name: level.name, available: level.available, point: level.reorderPoint ?? 0, unit: level.unit }),
        testProps: { 'data-testid': 'alert-stock-low', 'data-sku': level.sku, 'data-location': level.locationCode },
        action: { label: t('alerts.stockLow.open'), to: `/parts?location=${level.locationId}&low=1`, primary: true },
      });
    },
  });
  return null;
}

function EscalationAlerts() {
  const { t } = useTranslation();
  const show = useShowAlert();
  useSubscription(WorkOrderEscalatedSubscription, {
    onData: ({ data: event }) => {
      const e = event.data?.workOrderEscalated;
      if (!e) return;
      show({
        level: 'error',
        key: `escalation:${e.id}`,
        title: t('alerts.escalated.title', { number: e.requestNumber }),
        body: t('alerts.escalated.body', { customer: e.customerName, what: t(`workOrder.clock.${e.commitment}`, { defaultValue: e.commitment }) }),
        testProps: { 'data-testid': 'alert-escalated', 'data-number': e.requestNumber },
        action: { label: t('alerts.escalated.open'), to: `/work-orders/${e.workOrderId}` },
      });
    },
  });
  return null;
}
