import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Descriptions, Result, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ServiceRequestQuery } from '../api/operations';
import { errorCode, errorMessage } from '../api/errors';
import { DueTag, formatTime, StatusTag } from '../components/labels';

export function RequestDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(ServiceRequestQuery, { variables: { id } });
  const back = <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/requests')}>{t('requests.back')}</Button>;

  if (loading && !data) return <Card><Skeleton active /></Card>;
  if ((error && errorCode(error) === 'BAD_USER_INPUT') || (data && !data.serviceRequest)) {
    return <Result status="404" title={t('errors.NOT_FOUND')} subTitle={t('requests.notFound')} extra={back} />;
  }
  if (error || !data?.serviceRequest) return <Alert type="error" showIcon message={errorMessage(t, error)} action={back} />;
  const r = data.serviceRequest;
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }} data-testid="request-number">{r.number}</Typography.Title>} extra={back}>
      <Descriptions bordered column={{ xs: 1, sm: 1, md: 2 }} size="middle">
        <Descriptions.Item label={t('field.status')}><StatusTag value={r.status} /></Descriptions.Item>
        <Descriptions.Item label={t('field.createdAt')}>{formatTime(r.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.firstResponseDueAt')}><DueTag due={r.firstResponseDueAt} /></Descriptions.Item>
        <Descriptions.Item label={t('field.customerName')}>{r.customerName}</Descriptions.Item>
        <Descriptions.Item label={t('field.customerPhone')}>{r.customerPhone}</Descriptions.Item>
        <Descriptions.Item label={t('field.productModel')}>{r.productModel}</Descriptions.Item>
        <Descriptions.Item label={t('field.serialNumber')}>{r.serialNumber || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.channel')}>{t(`channel.${r.channel}`)}</Descriptions.Item>
        <Descriptions.Item label={t('field.category')}>{t(`category.${r.category}`)}</Descriptions.Item>
        <Descriptions.Item label={t('field.problemDescription')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.problemDescription}</Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
