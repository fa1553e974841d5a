import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Col, Descriptions, Input, Modal, Result, Row, Skeleton, Space, Statistic, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ServiceRequestQuery, TransitionMutation } from '../api/operations';
import { errorCode, errorMessage } from '../api/errors';
import { DueTag, formatTime, StatusTag } from '../components/labels';
import type { RequestAction } from '../gql/graphql';

const NEEDS_NOTE: RequestAction[] = ['CANCEL', 'REOPEN'];

export function RequestDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ServiceRequestQuery, { variables: { id } });
  const [transition, { loading: moving }] = useMutation(TransitionMutation);
  const [asking, setAsking] = useState<RequestAction>();
  const [note, setNote] = useState('');
  const back = <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/requests')}>{t('requests.back')}</Button>;

  const act = async (action: RequestAction, withNote?: string) => {
    try {
      await transition({ variables: { id, action, note: withNote ?? null } });
      message.success(t('action.done', { action: t(`action.${action}`) }));
      setAsking(undefined);
      setNote('');
      void refetch();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  if (loading && !data) return <Card><Skeleton active /></Card>;
  if ((error && errorCode(error) === 'BAD_USER_INPUT') || (data && !data.serviceRequest)) {
    return <Result status="404" title={t('errors.NOT_FOUND')} subTitle={t('requests.notFound')} extra={back} />;
  }
  if (error || !data?.serviceRequest) return <Alert type="error" showIcon message={errorMessage(t, error)} action={back} />;
  const r = data.serviceRequest;
  const waiting = r.status === 'NEW' && r.firstResponseDueAt;
  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }} data-testid="request-number">{r.number}</Typography.Title>}
      extra={
        <Space wrap>
          {r.actions.map((action) => (
            <Button key={action} type={action === 'ACKNOWLEDGE' || action === 'START' ? 'primary' : 'default'} danger={action === 'CANCEL'} loading={moving}
              data-testid={`action-${action}`} onClick={() => (NEEDS_NOTE.includes(action) ? setAsking(action) : act(action))}>
              {t(`action.${action}`)}
            </Button>
          ))}
          {back}
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Descriptions bordered column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} size="middle">
            <Descriptions.Item label={t('field.status')}><span data-testid="request-status"><StatusTag value={r.status} /></span></Descriptions.Item>
            <Descriptions.Item label={t('field.createdAt')}>{formatTime(r.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('field.firstResponseDueAt')}><DueTag due={r.firstResponseDueAt} /></Descriptions.Item>
            <Descriptions.Item label={t('field.acknowledgedAt')}>{formatTime(r.acknowledgedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('field.customerName')}>{r.customerId ? <Link to={`/customers/${r.customerId}`}>{r.customerName}</Link> : r.customerName}</Descriptions.Item>
            <Descriptions.Item label={t('field.customerPhone')}>{r.customerPhone}</Descriptions.Item>
            <Descriptions.Item label={t('field.productModel')}>{r.productModel}</Descriptions.Item>
            <Descriptions.Item label={t('field.serialNumber')}>{r.serialNumber || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.channel')}>{t(`channel.${r.channel}`)}</Descriptions.Item>
            <Descriptions.Item label={t('field.category')}>{t(`category.${r.category}`)}</Descriptions.Item>
            <Descriptions.Item label={t('field.problemDescription')} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.problemDescription}</Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
        </Col>
        <Col xs={24} lg={8}>
          {waiting && (
            <Card size="small" style={{ marginBottom: 16 }}>
              <Statistic.Countdown title={t('field.firstResponseLeft')} value={Date.parse(r.firstResponseDueAt!)} format="D 天 HH:mm:ss" data-testid="first-response-countdown" />
            </Card>
          )}
          <Card size="small" title={t('field.timeline')}>
            <Timeline
              data-testid="request-timeline"
              items={r.timeline.map((e) => ({
                key: e.id,
                color: e.toStatus === 'CANCELLED' ? 'gray' : e.toStatus === 'RESOLVED' || e.toStatus === 'CLOSED' ? 'green' : 'blue',
                children: (
                  <Space direction="vertical" size={0}>
                    <Typography.Text strong>{t(`action.${e.action}`)} → {t(`status.${e.toStatus}`)}</Typography.Text>
                    <Typography.Text type="secondary">{formatTime(e.at)}</Typography.Text>
                    {e.note && <Typography.Text>{e.note}</Typography.Text>}
                  </Space>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      <Modal open={!!asking} title={asking && t('action.noteTitle', { action: t(`action.${asking}`) })} onCancel={() => setAsking(undefined)}
        okButtonProps={{ disabled: !note.trim(), danger: asking === 'CANCEL' }} confirmLoading={moving} onOk={() => asking && act(asking, note.trim())}
        okText={asking && t(`action.${asking}`)} cancelText={t('common.cancel')} destroyOnHidden>
        <Input.TextArea rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('action.notePlaceholder')} data-testid="action-note" />
      </Modal>
    </Card>
  );
}
