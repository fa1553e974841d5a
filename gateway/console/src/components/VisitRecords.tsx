import { Descriptions, Image, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConfirmationStatus, WorkOrderDetailFieldsFragment } from '../gql/graphql';
import { formatTime } from './labels';

type Confirmation = NonNullable<WorkOrderDetailFieldsFragment['confirmation']>;
type Depot = NonNullable<WorkOrderDetailFieldsFragment['depot']>;

const confirmationColor: Record<ConfirmationStatus, string> = { PENDING: 'orange', CONFIRMED: 'green', DISPUTED: 'red' };

export function ConfirmationTag({ status }: { status: ConfirmationStatus }) {
  const { t } = useTranslation();
  return <Tag color={confirmationColor[status]} data-testid="confirmation-status" data-status={status}>{t(`fieldWork.confirmationStatus.${status}`)}</Tag>;
}

/** 服务确认: signed on site (with the drawn signature when the page fetched it) or through the link, or still waiting. */
export function ConfirmationView({ confirmation, signatureImage }: { confirmation: Confirmation; signatureImage?: string | null }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }} data-testid="confirmation-view">
      <Space size={4} wrap>
        <ConfirmationTag status={confirmation.status} />
        {confirmation.method && <Tag data-testid="confirmation-method" data-method={confirmation.method}>{t(`fieldWork.method.${confirmation.method}`, { defaultValue: confirmation.method })}</Tag>}
        {confirmation.at && <Typography.Text type="secondary">{formatTime(confirmation.at)}</Typography.Text>}
      </Space>
      {confirmation.signerName && <Typography.Text data-testid="confirmation-signer">{t('fieldWork.signedBy', { name: confirmation.signerName })}</Typography.Text>}
      {confirmation.comment && <Typography.Text>{t('fieldWork.comment')}：{confirmation.comment}</Typography.Text>}
      {signatureImage && (
        <div data-testid="signature-image">
          <Image src={signatureImage} alt={t('fieldWork.signature')} width={240} preview={{ mask: t('common.view') }} style={{ border: '1px solid #f0f0f0', borderRadius: 6, background: '#fff' }} />
        </div>
      )}
    </Space>
  );
}

/** 返厂记录: how the product arrived, the QC note, and how it went back. */
export function DepotView({ depot }: { depot: Depot }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={1} data-testid="depot-view">
      <Descriptions.Item label={t('fieldWork.receivedAt')}>{formatTime(depot.receivedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('fieldWork.condition')}>{depot.condition || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('fieldWork.accessories')}>{depot.accessories.length ? <Space size={4} wrap>{depot.accessories.map((a) => <Tag key={a}>{a}</Tag>)}</Space> : '—'}</Descriptions.Item>
      {depot.qcNote && <Descriptions.Item label={t('fieldWork.qcNote')}>{depot.qcNote}</Descriptions.Item>}
      <Descriptions.Item label={t('fieldWork.carrier')}>{depot.carrier || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('fieldWork.trackingNumber')}><span data-testid="depot-tracking">{depot.trackingNumber || '—'}</span></Descriptions.Item>
      <Descriptions.Item label={t('fieldWork.shippedAt')}>{formatTime(depot.shippedAt)}</Descriptions.Item>
    </Descriptions>
  );
}
