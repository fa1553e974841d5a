import { Alert, Button, Card, Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChargesFieldsFragment } from '../gql/graphql';
import { chargesAgreement, formatFen } from './fieldWork';
import { formatTime } from './labels';

type Line = ChargesFieldsFragment['lines'][number];

/** "上门费", "人工费 1.5 小时", "配件 压缩机启动电容 35μF (CAP-35) × 1". */
function lineLabel(t: TFunction, l: Line): string {
  const kind = t(`fieldWork.kind.${l.kind}`, { defaultValue: l.kind });
  if (l.kind === 'LABOUR') return `${kind} ${t('fieldWork.hours', { hours: l.quantity })}`;
  if (l.kind === 'PART') return `${l.description || kind}${l.quantity !== 1 ? ` × ${l.quantity}` : ''}`;
  return l.description ? `${kind} · ${l.description}` : kind;
}

/** The lines and the total, as the technician shows them to the customer (and the customer's link). */
export function ChargeLines({ charges }: { charges: ChargesFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid="charge-lines">
      {charges.lines.map((l, i) => (
        <div key={i} data-testid="charge-line" data-kind={l.kind} style={{ display: 'flex', justifyContent: 'space-between', gap: 12 }}>
          <Space direction="vertical" size={0} style={{ minWidth: 0 }}>
            <Typography.Text>{lineLabel(t, l)}</Typography.Text>
            {(l.kind === 'LABOUR' || l.quantity !== 1) && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{l.quantity} × {formatFen(l.unitPrice)}</Typography.Text>
            )}
          </Space>
          <Typography.Text style={{ whiteSpace: 'nowrap' }} delete={!charges.chargeable}>{formatFen(charges.chargeable ? l.amount : Math.round(l.unitPrice * l.quantity))}</Typography.Text>
        </div>
      ))}
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', borderTop: '1px solid #f0f0f0', paddingTop: 6 }}>
        <Typography.Text strong>{t('fieldWork.total')}</Typography.Text>
        <Typography.Text strong style={{ fontSize: 18 }} data-testid="charges-total">{formatFen(charges.total)}</Typography.Text>
      </div>
    </Space>
  );
}

/**
 * 费用: what the customer pays under the price list, free under warranty, and whether they agreed.
 * With `onAccept`, the technician records that the customer agreed on the phone in front of them.
 */
export function ChargesCard({ charges, onAccept, accepting, awaitingAgreement = true }: { charges: ChargesFieldsFragment; onAccept?: () => void; accepting?: boolean; awaitingAgreement?: boolean }) {
  const { t } = useTranslation();
  const agreement = chargesAgreement(charges);
  const amount = formatFen(charges.acceptedTotal ?? 0);
  return (
    <Card size="small" title={t('fieldWork.charges')} data-testid="charges-card" data-agreement={agreement}
      extra={!charges.chargeable && <Tag color="green" data-testid="charges-free">{t('fieldWork.free')}</Tag>}>
      <Space direction="vertical" size={10} style={{ width: '100%' }}>
        {!charges.chargeable && <Typography.Text type="secondary">{t('fieldWork.freeHelp')}</Typography.Text>}
        <ChargeLines charges={charges} />
        {agreement === 'ACCEPTED' && (
          <Alert type="success" showIcon data-testid="charges-agreement"
            message={t('fieldWork.agreement.ACCEPTED', { amount, at: formatTime(charges.acceptedAt), by: t(`fieldWork.acceptedBy.${charges.acceptedBy ?? 'ON_SITE'}`, { defaultValue: charges.acceptedBy ?? '' }) })} />
        )}
        {awaitingAgreement && (agreement === 'PENDING' || agreement === 'CHANGED') && (
          <Alert type="warning" showIcon data-testid="charges-agreement"
            message={onAccept ? t(`fieldWork.agreement.${agreement}`, { amount }) : t(agreement === 'PENDING' ? 'fieldWork.agreement.WAITING' : 'fieldWork.agreement.WAITING_CHANGED', { amount })} />
        )}
        {agreement === 'NOTHING_DUE' && <Typography.Text type="secondary">{t('fieldWork.agreement.NOTHING_DUE')}</Typography.Text>}
        {onAccept && (agreement === 'PENDING' || agreement === 'CHANGED') && (
          <Button block size="large" type="primary" icon={<CheckCircleOutlined />} loading={accepting} onClick={onAccept} data-testid="accept-charges" style={{ height: 52 }}>
            {t('fieldWork.acceptCharges')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
