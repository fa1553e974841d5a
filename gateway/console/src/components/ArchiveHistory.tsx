import { useQuery } from '@apollo/client';
import { Card, Empty, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CustomerHistoryQuery, RequestMessagesQuery } from '../api/operations';
import { formatTime } from './labels';

/** 售后服务档案: everything that happened to a customer's products, in every service, newest first. */
export function ArchiveHistory({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(CustomerHistoryQuery, { variables: { id: customerId } });
  const history = data?.customer?.history ?? [];
  return (
    <Card size="small" title={t('history.title')} loading={loading && !data} data-testid="archive-history">
      {history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />
      ) : (
        <Timeline
          items={history.map((e, i) => ({
            key: `${e.at}-${i}`,
            color: e.source === 'intake' ? 'blue' : 'purple',
            children: (
              <Typography.Text>
                <Tag>{t(`history.source.${e.source}`, { defaultValue: e.source })}</Tag>
                {e.source === 'intake' ? t(`action.${e.kind}`, { defaultValue: e.kind }) : t(`history.${e.kind}`, { defaultValue: e.kind })}
                {e.requestId && <> · <Link to={`/requests/${e.requestId}`}>{e.requestNumber}</Link></>}
                {e.serialNumber && <Typography.Text type="secondary"> · {e.serialNumber}</Typography.Text>}
                <Typography.Text type="secondary"> · {formatTime(e.at)}</Typography.Text>
                {e.summary && e.source === 'intake' && <div style={{ whiteSpace: 'pre-wrap' }}>{e.summary}</div>}
              </Typography.Text>
            ),
          }))}
        />
      )}
    </Card>
  );
}

/** The mails exchanged with the customer about a request. */
export function RequestMessages({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(RequestMessagesQuery, { variables: { id: requestId }, fetchPolicy: 'cache-and-network' });
  const messages = data?.serviceRequest?.messages ?? [];
  if (messages.length === 0) return null;
  return (
    <Card size="small" title={t('messages.title')} style={{ marginBottom: 16 }} data-testid="request-messages">
      {messages.map((m) => (
        <div key={m.id} style={{ borderLeft: `3px solid ${m.direction === 'IN' ? '#1677ff' : '#52c41a'}`, paddingLeft: 12, marginBottom: 12 }}>
          <Typography.Text strong>{m.subject || '—'}</Typography.Text>
          <div>
            <Tag color={m.direction === 'IN' ? 'blue' : 'green'}>{t(`messages.${m.direction}`)}</Tag>
            <Typography.Text type="secondary">{m.direction === 'IN' ? m.from : m.to} · {formatTime(m.at)}</Typography.Text>
          </div>
          <Typography.Paragraph ellipsis={{ rows: 4, expandable: true }} style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>{m.text}</Typography.Paragraph>
          {m.attachments.length > 0 && (
            <Typography.Text type="secondary">
              {t('messages.attachments')}: {m.attachments.map((a) => `${a.filename} (${Math.ceil(a.size / 1024)} KB)`).join('，')}
            </Typography.Text>
          )}
        </div>
      ))}
    </Card>
  );
}
