import { useState } from 'react';
import { RequestMessages } from '../components/ArchiveHistory';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Modal, Result, Row, Select, Skeleton, Space, Statistic, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, MailOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { OverrideWarrantyMutation, ServiceRequestQuery, TransitionMutation } from '../api/operations';
import { errorCode, errorMessage, fieldIssues, issueMessage } from '../api/errors';
import { can, useMe, type Me } from '../auth/session';
import { placeOf, TierTag } from '../components/divisions';
import { DueTag, EmergencyTag, formatTime, PriorityTag, StatusTag } from '../components/labels';
import { ENTITLEMENTS, EntitlementTag, overrideNote, WARRANTY_STATUSES, warrantyReason, WarrantyStatusTag, WarrantySummary } from '../components/warranty';
import type { Entitlement, RequestAction, ServiceRequestDetailFieldsFragment, WarrantyStatus } from '../gql/graphql';

const NEEDS_NOTE: RequestAction[] = ['CANCEL', 'REOPEN'];
type Request = ServiceRequestDetailFieldsFragment;

export function RequestDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ServiceRequestQuery, { variables: { id } });
  const [transition, { loading: moving }] = useMutation(TransitionMutation);
  const [asking, setAsking] = useState<RequestAction>();
  const [overriding, setOverriding] = useState(false);
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
      title={
        <Space wrap size={8}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="request-number">{r.number}</Typography.Title>
          <PriorityTag value={r.priority} />
          {r.emergency && <EmergencyTag />}
        </Space>
      }
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
            <Descriptions.Item label={t('field.priority')}>
              <Space size={4} wrap><PriorityTag value={r.priority} />{r.emergency && <EmergencyTag />}</Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('field.channel')}>{t(`channel.${r.channel}`)}</Descriptions.Item>
            <Descriptions.Item label={t('field.customerName')}>{r.customerId ? <Link to={`/customers/${r.customerId}`}>{r.customerName}</Link> : r.customerName}</Descriptions.Item>
            <Descriptions.Item label={t('field.customerPhone')}>{r.customerPhone}</Descriptions.Item>
            <Descriptions.Item label={t('field.customerEmail')}>{r.customerEmail || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.category')}>{t(`category.${r.category}`)}</Descriptions.Item>
            <Descriptions.Item label={t('field.address')} span={2}>
              <span data-testid="request-address">
                {r.divisionCode || r.address ? (
                  <Space size={4} wrap>
                    <span>{[placeOf(r.divisionCode), r.address].filter(Boolean).join(' ')}</span>
                    <TierTag tier={r.regionTier} />
                  </Space>
                ) : '—'}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('field.productModel')}>{r.productModel}</Descriptions.Item>
            <Descriptions.Item label={t('field.serialNumber')}>{r.serialNumber || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.purchaseDate')} span={2}>{r.purchaseDate || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.problemDescription')} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.problemDescription}</Typography.Paragraph>
            </Descriptions.Item>
          </Descriptions>
        </Col>
        <Col xs={24} lg={8}>
          {waiting && (
            <Card size="small" style={{ marginBottom: 16 }}>
              <Statistic.Countdown title={t('field.firstResponseLeft')} value={Date.parse(r.firstResponseDueAt!)} format={t('requests.countdownFormat')} data-testid="first-response-countdown" />
            </Card>
          )}
          <WarrantyCard request={r} me={me} onOverride={() => setOverriding(true)} />
          <RequestMessages requestId={r.id} />
          <Card size="small" title={t('field.timeline')}>
            <Timeline
              data-testid="request-timeline"
              items={r.timeline.map((e) => ({
                key: e.id,
                color: e.action === 'WARRANTY_OVERRIDDEN' ? 'orange' : e.toStatus === 'CANCELLED' ? 'gray' : e.toStatus === 'RESOLVED' || e.toStatus === 'CLOSED' ? 'green' : 'blue',
                dot: e.action.startsWith('EMAIL_') ? <MailOutlined /> : e.action === 'WARRANTY_OVERRIDDEN' ? <EditOutlined /> : undefined,
                children: (
                  <Space direction="vertical" size={0}>
                    <Typography.Text strong>
                      {t(`action.${e.action}`, { defaultValue: e.action })}
                      {e.fromStatus !== e.toStatus && ` → ${t(`status.${e.toStatus}`)}`}
                    </Typography.Text>
                    <Typography.Text type="secondary">{formatTime(e.at)}</Typography.Text>
                    {e.note && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{e.action === 'WARRANTY_OVERRIDDEN' ? overrideNote(t, e.note) : e.note}</Typography.Text>}
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
      {r.warranty && <OverrideModal open={overriding} request={r} onClose={() => setOverriding(false)} />}
    </Card>
  );
}

/** The warranty / 三包 decision with its figures; when an agent changed it, what the system had decided, who and why. */
function WarrantyCard({ request: r, me, onOverride }: { request: Request; me: Me; onOverride(): void }) {
  const { t } = useTranslation();
  const w = r.warranty;
  const o = w?.override;
  return (
    <Card size="small" title={t('warranty.title')} style={{ marginBottom: 16 }} data-testid="warranty-card"
      extra={w && can.overrideWarranty(me) && (
        <Button size="small" icon={<EditOutlined />} onClick={onOverride} data-testid="override-warranty">{t('warranty.override')}</Button>
      )}>
      {!w ? (
        <Typography.Text type="secondary">{t('warranty.none')}</Typography.Text>
      ) : (
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          <WarrantySummary decision={w} />
          {o && (
            <Alert type="warning" data-testid="warranty-override"
              message={<Space size={4} wrap>{t('warranty.system')}<WarrantyStatusTag status={o.system.status} /><EntitlementTag entitlement={o.system.entitlement} /></Space>}
              description={
                <Space direction="vertical" size={0}>
                  <span>{warrantyReason(t, { ...w, reason: o.system.reason, text: '', override: null })}</span>
                  <Typography.Text type="secondary">
                    {t('warranty.overriddenBy', { who: o.by === me.id ? t('warranty.you') : o.by, at: formatTime(o.at) })}
                  </Typography.Text>
                  <span>{t('warranty.overrideReason', { reason: o.reason })}</span>
                </Space>
              } />
          )}
        </Space>
      )}
    </Card>
  );
}

type OverrideValues = { status: WarrantyStatus; entitlement: Entitlement; reason: string };

/** Changing the decision needs a reason (at least 5 characters); it is kept beside the system's and in the timeline. */
function OverrideModal({ open, request, onClose }: { open: boolean; request: Request; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OverrideValues>();
  const [failure, setFailure] = useState<string>();
  const [override, { loading }] = useMutation(OverrideWarrantyMutation);
  const submit = async () => {
    const values = await form.validateFields();
    setFailure(undefined);
    try {
      await override({ variables: { id: request.id, status: values.status, entitlement: values.entitlement, reason: values.reason.trim() } });
      message.success(t('warranty.overrideDone'));
      form.resetFields();
      onClose();
    } catch (error) {
      const issues = fieldIssues(error);
      form.setFields(
        issues.filter((i) => ['status', 'entitlement', 'reason'].includes(i.field)).map((i) => ({
          name: i.field as keyof OverrideValues,
          errors: [i.field === 'reason' && i.reason === 'too_small' ? t('warranty.reasonTooShort') : issueMessage(t, { ...i, field: `warranty.${i.field}Label` })],
        })),
      );
      setFailure(errorMessage(t, error));
    }
  };
  const w = request.warranty!;
  return (
    <Modal open={open} title={t('warranty.overrideTitle', { number: request.number })} onCancel={onClose} onOk={submit} confirmLoading={loading}
      okText={t('warranty.override')} cancelText={t('common.cancel')} destroyOnHidden>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="override-error" />}
      <Typography.Paragraph type="secondary">{t('warranty.overrideHelp')}</Typography.Paragraph>
      <Form<OverrideValues> form={form} layout="vertical" preserve={false} initialValues={{ status: w.status, entitlement: w.entitlement }} data-testid="override-form">
        <Form.Item name="status" label={t('warranty.statusLabel')} rules={[{ required: true }]}>
          <Select options={WARRANTY_STATUSES.map((s) => ({ value: s, label: t(`warranty.status.${s}`) }))} data-testid="override-status" />
        </Form.Item>
        <Form.Item name="entitlement" label={t('warranty.entitlementLabel')} rules={[{ required: true }]}>
          <Select options={ENTITLEMENTS.map((e) => ({ value: e, label: t(`warranty.entitlement.${e}`) }))} data-testid="override-entitlement" />
        </Form.Item>
        <Form.Item name="reason" label={t('warranty.reasonLabel')} extra={t('warranty.reasonHelp')}
          rules={[
            { required: true, whitespace: true, message: t('errors.required', { field: t('warranty.reasonLabel') }) },
            { validator: (_, v: string | undefined) => (!v || v.trim().length >= 5 ? Promise.resolve() : Promise.reject(new Error(t('warranty.reasonTooShort')))) },
          ]}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="override-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
