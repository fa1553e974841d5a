import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

const statusColor: Record<string, string> = {
  NEW: 'blue', ACKNOWLEDGED: 'cyan', IN_PROGRESS: 'processing', RESOLVED: 'green', CLOSED: 'default', CANCELLED: 'default',
  ACTIVE: 'green', SUSPENDED: 'red', TO_BE_ASSESSED: 'orange',
};

export function StatusTag({ value }: { value: string }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[value]}>{t(`status.${value}`)}</Tag>;
}

export const formatTime = (iso?: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

/** A due time, red once it has passed. */
export function DueTag({ due }: { due?: string | null }) {
  const { t } = useTranslation();
  if (!due) return <>—</>;
  const overdue = dayjs(due).isBefore(dayjs());
  return <Tag color={overdue ? 'red' : 'default'} title={overdue ? t('status.OVERDUE') : undefined}>{formatTime(due)}</Tag>;
}
