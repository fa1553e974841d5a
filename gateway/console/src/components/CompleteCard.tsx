import { useState } from 'react';
import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { CheckCircleOutlined, LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ChargesFieldsFragment, FieldActionDetails, VisitType } from '../gql/graphql';
import { chargesSettled } from './fieldWork';
import { SignaturePad } from './SignaturePad';

/**
 * 完工确认: the customer signs on the phone and the technician completes; or, when the customer cannot
 * sign (or for a depot repair shipped back), the technician completes and the customer confirms
 * through their tracking link. Chargeable work waits for the customer's agreement to the charges.
 */
export function CompleteCard({ visitType, charges, completing, onComplete }: {
  visitType: VisitType;
  charges?: ChargesFieldsFragment | null;
  completing: 'SIGNED' | 'LINK' | null;
  onComplete(how: 'SIGNED' | 'LINK', details?: FieldActionDetails): void;
}) {
  const { t } = useTranslation();
  const [signature, setSignature] = useState<string | null>(null);
  const [signerName, setSignerName] = useState('');
  const [problem, setProblem] = useState<string>();
  const settled = chargesSettled(charges);
  const onSite = visitType === 'ON_SITE';

  const signed = () => {
    if (!signature) return setProblem(t('fieldWork.signatureRequired'));
    if (!signerName.trim()) return setProblem(t('fieldWork.signerRequired'));
    setProblem(undefined);
    onComplete('SIGNED', { signature, signerName: signerName.trim() });
  };

  return (
    <Card size="small" title={t('fieldWork.completeTitle')} data-testid="complete-card">
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        {!settled && <Alert type="warning" showIcon message={t('fieldWork.chargesFirst')} data-testid="complete-blocked" />}
        {onSite ? (
          <>
            <SignaturePad onChange={(png) => { setSignature(png); if (png) setProblem(undefined); }} disabled={!settled || completing !== null} />
            <Input size="large" value={signerName} onChange={(e) => setSignerName(e.target.value)} maxLength={60} disabled={!settled}
              addonBefore={t('fieldWork.signerName')} placeholder={t('fieldWork.signerPlaceholder')} data-testid="signer-name" />
            {problem && <Typography.Text type="danger" data-testid="complete-problem">{problem}</Typography.Text>}
            <Button block type="primary" size="large" icon={<CheckCircleOutlined />} style={{ height: 56, fontSize: 18 }} data-testid="complete-signed"
              disabled={!settled || completing === 'LINK'} loading={completing === 'SIGNED'} onClick={signed}>
              {t('fieldWork.complete')}
            </Button>
            <Button block size="large" icon={<LinkOutlined />} data-testid="complete-link" disabled={!settled || completing === 'SIGNED'} loading={completing === 'LINK'} onClick={() => onComplete('LINK')}>
              {t('fieldWork.completeLink')}
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('fieldWork.completeLinkHelp')}</Typography.Text>
          </>
        ) : (
          <>
            <Typography.Text type="secondary">{t('fieldWork.depotCompleteHelp')}</Typography.Text>
            <Button block type="primary" size="large" icon={<LinkOutlined />} style={{ height: 56, fontSize: 18 }} data-testid="complete-link"
              disabled={!settled} loading={completing === 'LINK'} onClick={() => onComplete('LINK')}>
              {t('fieldWork.completeLink')}
            </Button>
          </>
        )}
      </Space>
    </Card>
  );
}
