import { useQuery } from '@apollo/client';
import { Alert, Card, Descriptions, Layout, Result, Skeleton, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TrackRequestQuery } from '../api/operations';
import { errorMessage, fieldIssues } from '../api/errors';
import { formatTime } from '../components/labels';
import { VisitSection } from '../components/VisitSection';
import { useLanguage } from '../i18n/LocaleProvider';

const PATH = ['NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'];

/** 进度查询: the customer follows their request by the signed link, in their language, and their visit (choose a time, agree to charges, confirm). */
export function TrackingPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const { language, change } = useLanguage();
  const { data, loading, error } = useQuery(TrackRequestQuery, { variables: { token } });
  let body;
  if (loading && !data) body = <Skeleton active />;
  else if (error) {
    const reason = fieldIssues(error)[0]?.reason;
    body = reason ? <Result status="warning" title={t(`tracking.${reason === 'expired' ? 'expired' : 'invalid'}`)} /> : <Alert type="error" showIcon message={errorMessage(t, error)} />;
  } else if (data) {
    const r = data.trackServiceRequest;
    const cancelled = r.status === 'CANCELLED';
    const reached = (status: string) => r.steps.find((s) => s.status === status)?.at;
    body = (
      <>
        <Descriptions column={1} size="small" style={{ marginBottom: 24 }}>
          <Descriptions.Item label={t('field.number')}><span data-testid="tracking-number">{r.number}</span></Descriptions.Item>
          <Descriptions.Item label={t('field.productModel')}>{r.productModel}</Descriptions.Item>
          <Descriptions.Item label={t('field.category')}>{t(`category.${r.category}`)}</Descriptions.Item>
          {r.firstResponseDueAt && !r.acknowledgedAt && <Descriptions.Item label={t('tracking.respondBy')}>{formatTime(r.firstResponseDueAt)}</Descriptions.Item>}
        </Descriptions>
        {cancelled ? (
          <Alert type="info" showIcon message={t('status.CANCELLED')} />
        ) : (
          <Steps direction="vertical" current={Math.max(0, PATH.indexOf(r.status))} data-testid="tracking-steps"
            items={PATH.map((status) => ({ title: t(`status.${status}`), description: reached(status) ? formatTime(reached(status)) : undefined }))} />
        )}
        {!cancelled && <VisitSection token={token} />}
      </>
    );
  }
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Layout.Content style={{ maxWidth: 640, width: '100%', margin: '0 auto', padding: 16 }}>
        <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{t('tracking.title')}</Typography.Title>}
          extra={<a onClick={() => change(language === 'zh-CN' ? 'en-US' : 'zh-CN')}>{language === 'zh-CN' ? 'English' : '中文'}</a>}>
          {body}
        </Card>
      </Layout.Content>
    </Layout>
  );
}
