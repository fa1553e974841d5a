import { useQuery } from '@apollo/client';
import { Alert, Card, Descriptions, Layout, Result, Skeleton, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PublicCommitmentsQuery } from '../api/operations';
import { errorMessage } from '../api/errors';
import { formatDuration } from '../components/duration';
import { hhmm } from '../components/zoned';
import { useLanguage } from '../i18n/LocaleProvider';

/**
 * 服务承诺公示: what any customer can read about a company's after-sales commitments, with no account.
 * GB/T 27922 expects commitments to be published; this is where they are.
 */
export function PublicCommitmentsPage({ tenantCode }: { tenantCode: string }) {
  const { t } = useTranslation();
  const { language, change } = useLanguage();
  const { data, loading, error } = useQuery(PublicCommitmentsQuery, { variables: { tenantCode } });
  const page = data?.publicCommitments;
  const weekdays = t('commitments.weekdays', { returnObjects: true }) as string[];

  let body;
  if (loading && !data) body = <Skeleton active />;
  else if (error) body = <Alert type="error" showIcon message={errorMessage(t, error)} />;
  else if (!page) body = <Result status="404" title={t('public.notFound')} />;
  else {
    const p = page.policy;
    const rows: [string, typeof p.firstResponse][] = [
      ['firstResponse', p.firstResponse], ['dispatch', p.dispatch], ['city', p.arrival.city], ['suburb', p.arrival.suburb],
      ['inProvince', p.arrival.inProvince], ['outOfProvince', p.arrival.outOfProvince], ['remote', p.arrival.remote], ['emergencyArrival', p.emergencyArrival],
      ['ordinary', p.repair.ordinary], ['complex', p.repair.complex], ['contact', p.complaint.contact], ['plan', p.complaint.plan],
      ['verification', p.complaint.verification], ['followUpAfter', p.followUp],
    ];
    body = (
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {page.tenant.logoUrl && <img src={page.tenant.logoUrl} alt={page.tenant.name} style={{ maxHeight: 48 }} />}
        {page.tenant.hotline && (
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="public-hotline">
            {t('public.hotline')}：<a href={`tel:${page.tenant.hotline.replace(/[^+0-9]/g, '')}`}>{page.tenant.hotline}</a>
          </Typography.Title>
        )}
        <Typography.Paragraph type="secondary">{t('public.intro')}</Typography.Paragraph>
        <a href={`/p/${tenantCode}/request`} data-testid="report-problem">{t('publicForm.title')} →</a>
        <Table size="middle" pagination={false} rowKey="0" data-testid="public-commitments" showHeader={false}
          dataSource={rows} columns={[
            { key: 'what', render: (_, [key]) => t(`commitments.${key}`) },
            { key: 'within', render: (_, [, d]) => <Typography.Text strong>{formatDuration(t, d)}</Typography.Text> },
          ]} />
        <Descriptions title={t('public.hours')} column={1} size="small" bordered>
          {page.calendar.week.map((day, i) => (
            <Descriptions.Item key={weekdays[i]} label={weekdays[i]}>
              {day.length ? day.map((iv) => `${hhmm(iv.start)}–${hhmm(iv.end)}`).join('，') : t('commitments.dayOff')}
            </Descriptions.Item>
          ))}
        </Descriptions>
        {page.calendar.nationalCalendar && <Typography.Text type="secondary">{t('public.holidays')}</Typography.Text>}
        {p.warranty.length > 0 && (
          <Table size="small" pagination={false} rowKey="productCategory" title={() => t('commitments.warranty')} scroll={{ x: 'max-content' }}
            dataSource={p.warranty} columns={['productCategory', 'returnDays', 'exchangeDays', 'repairWarrantyMonths', 'partsWarrantyMonths'].map((k) => ({ key: k, dataIndex: k, title: t(`commitments.${k}`) }))} />
        )}
      </Space>
    );
  }
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Layout.Content style={{ maxWidth: 760, width: '100%', margin: '0 auto', padding: 16 }}>
        <Card
          title={<Typography.Title level={3} style={{ margin: 0, whiteSpace: 'normal' }}>{page ? t('public.title', { name: page.tenant.name }) : t('commitments.title')}</Typography.Title>}
          extra={<a onClick={() => change(language === 'zh-CN' ? 'en-US' : 'zh-CN')}>{language === 'zh-CN' ? 'English' : '中文'}</a>}
        >
          {body}
        </Card>
      </Layout.Content>
    </Layout>
  );
}
