import { Tag } from 'antd';
import { ThunderboltFilled } from '@ant-design/icons';
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

const priorityColor: Record<string, string> = { LOW: 'default', NORMAL: 'blue', HIGH: 'orange', URGENT: 'red' };

/** 低 / 普通 / 高 / 加急, coloured by how soon it should be handled. */
export function PriorityTag({ value }: { value: string }) {
  const { t } = useTranslation();
  return <Tag color={priorityColor[value]} data-testid="priority-tag">{t(`priority.${value}`)}</Tag>;
}

/** A safety risk or a stopped business: the emergency arrival commitment applies. */
export function EmergencyTag() {
  const { t } = useTranslation();
  return <Tag color="red" icon={<ThunderboltFilled />} data-testid="emergency-tag" title={t('create.emergencyHint')}>{t('priority.emergency')}</Tag>;
}
