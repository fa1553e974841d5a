import { InputNumber, Select, Space } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CommitmentDuration } from '../gql/graphql';

type Duration = Pick<CommitmentDuration, 'amount' | 'unit' | 'basis'>;

/** "1 个工作小时", "24 小时", "3 个工作日". */
export function formatDuration(t: TFunction, d: Duration): string {
  return t(`commitments.duration.${d.unit}_${d.basis}`, { amount: d.amount });
}

/** Amount, unit and basis of one commitment, as one form control. */
export function DurationInput({ value, onChange, id }: { value?: Duration; onChange?: (v: Duration) => void; id?: string }) {
  const { t } = useTranslation();
  const v = value ?? { amount: 1, unit: 'HOURS', basis: 'WORKING' };
  return (
    <Space.Compact id={id}>
      <InputNumber min={1} max={10000} precision={0} value={v.amount} style={{ width: 90 }} aria-label="amount"
        onChange={(amount) => onChange?.({ ...v, amount: Number(amount ?? 0) })} />
      <Select value={v.unit} style={{ width: 90 }} onChange={(unit) => onChange?.({ ...v, unit })}
        options={(['MINUTES', 'HOURS', 'DAYS'] as const).map((u) => ({ value: u, label: t(`commitments.unit.${u}`) }))} />
      <Select value={v.basis} style={{ width: 130 }} onChange={(basis) => onChange?.({ ...v, basis })}
        options={(['WORKING', 'CALENDAR'] as const).map((b) => ({ value: b, label: t(`commitments.basis.${b}`) }))} />
    </Space.Compact>
  );
}
