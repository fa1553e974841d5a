import { useQuery } from '@apollo/client';
import { AutoComplete, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProductModelsQuery } from '../api/operations';
import { useDebounced } from './useDebounced';

/**
 * A product model typed freely or picked from the tenant's catalog (searched as you type). A model
 * outside the catalog is allowed: the warranty decision will then say so.
 */
export function ProductModelPicker({ value, onChange, onBlur, id, 'data-testid': testId }: { value?: string; onChange?: (v: string) => void; onBlur?: () => void; id?: string; 'data-testid'?: string }) {
  const { t } = useTranslation();
  const search = useDebounced((value ?? '').trim(), 200);
  const { data, previousData } = useQuery(ProductModelsQuery, { variables: { search: search || null } });
  const models = (data ?? previousData)?.productModels ?? [];
  return (
    <AutoComplete
      id={id}
      value={value}
      onChange={(v) => onChange?.(v)}
      onBlur={onBlur}
      data-testid={testId}
      popupMatchSelectWidth={false}
      options={models.map((m) => ({
        value: m.model,
        label: (
          <Space size={8} data-testid={`model-option-${m.model}`}>
            <Typography.Text strong>{m.model}</Typography.Text>
            <span>{m.name}</span>
            <Typography.Text type="secondary">{[m.brand, m.productCategory].filter(Boolean).join(' · ')}</Typography.Text>
          </Space>
        ),
      }))}
    >
      <Input maxLength={100} placeholder={t('create.modelPlaceholder')} autoComplete="off" />
    </AutoComplete>
  );
}
