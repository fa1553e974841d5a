import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Col, Descriptions, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { AimOutlined, ArrowLeftOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { TechniciansQuery, WorkOrderQuery } from '../api/operations';
import { errorCode, errorMessage } from '../api/errors';
import { useMe } from '../auth/session';
import { ReasonModal, SuggestDrawer } from '../components/assign';
import { actorName, ASSIGNABLE, ClockTag, distanceText, EmergencyMark, navigationUrl, useLocalized, WorkOrderStatusTag, WorkOrderTimeline } from '../components/dispatch';
import { placeOf, TierTag } from '../components/divisions';
import { formatTime } from '../components/labels';
import { AppointmentPanel } from '../components/AppointmentPanel';
import { ChargesCard } from '../components/ChargesCard';
import { AT_WORK, telLink } from '../components/fieldWork';
import { PartLines } from '../components/PartLines';
import { ServiceReportView } from '../components/ServiceReportForm';
import { ConfirmationView, DepotView } from '../components/VisitRecords';
import { WarrantyStatusTag } from '../components/warranty';
import type { TechnicianFieldsFragment } from '../gql/graphql';

/** A work order for the dispatcher: where it stands, who has it and why, and every step. */
export function WorkOrderPage() {
  const { t } = useTranslation();
  const me = useMe();
  const localized = useLocalized();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(WorkOrderQuery, { variables: { id, withSignature: true }, pollInterval: 20_000 });
  const technicians = useQuery(TechniciansQuery).data?.technicians ?? [];
  const [suggesting, setSuggesting] = useState(false);
  const [choosing, setChoosing] = useState<TechnicianFieldsFragment>();
  const back = <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/dispatch')}>{t('workOrder.back')}</Button>;

  if (loading && !data) return <Card><Skeleton active /></Card>;
  if ((error && ['BAD_USER_INPUT', 'NOT_FOUND'].includes(errorCode(error))) || (data && !data.workOrder)) {
    return <Result status="404" title={t('errors.NOT_FOUND')} subTitle={t('workOrder.notFound')} extra={back} />;
  }
  if (error || !data?.workOrder) return <Alert type="error" showIcon message={errorMessage(t, error)} action={<Space>{back}<Button onClick={() => refetch()}>{t('app.retry')}</Button></Space>} />;

  const w = data.workOrder;
  const names = Object.fromEntries(technicians.map((x) => [x.userId, x.name]));
  const byId = new Map(technicians.map((x) => [x.id, x.name]));
  return (
    <Card
      title={
        <Space wrap size={8}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="work-order-number">{t('workOrder.title', { number: w.requestNumber })}</Typography.Title>
          <WorkOrderStatusTag status={w.status} />
          {w.emergency && <EmergencyMark />}
        </Space>
      }
      extra={
        <Space wrap>
          {ASSIGNABLE.includes(w.status) && (
            <Button type="primary" icon={<AimOutlined />} onClick={() => setSuggesting(true)} data-testid="suggest">{w.status === 'UNASSIGNED' ? t('dispatch.suggest') : t('workOrder.reassign')}</Button>
          )}
          {back}
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Descriptions bordered size="middle" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}>
            <Descriptions.Item label={t('field.status')}><WorkOrderStatusTag status={w.status} /></Descriptions.Item>
            <Descriptions.Item label={t('workOrder.technician')}>
              <span data-testid="work-order-technician">{w.technicianName ?? <Typography.Text type="secondary">{t('workOrder.notAssigned')}</Typography.Text>}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('workOrder.assignment')} span={2}>
              {w.assignment ? (
                <Space direction="vertical" size={2} data-testid="work-order-assignment">
                  <Space size={4} wrap>
                    <Tag color={w.assignment.mode === 'AUTO' ? 'blue' : 'purple'}>{t(`workOrder.mode.${w.assignment.mode}`, { defaultValue: w.assignment.mode })}</Tag>
                    {w.assignment.distanceKm != null && <Typography.Text type="secondary">{distanceText(t, w.assignment.distanceKm)}</Typography.Text>}
                  </Space>
                  <Typography.Text>{localized(w.assignment.text)}</Typography.Text>
                </Space>
              ) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('workOrder.clocks')} span={2}>
              {w.clocks.length ? <Space size={4} wrap data-testid="work-order-clocks">{w.clocks.map((c) => <ClockTag key={c.commitment} clock={c} />)}</Space> : <Typography.Text type="secondary">{t('workOrder.noClocks')}</Typography.Text>}
            </Descriptions.Item>
            <Descriptions.Item label={t('workOrder.request')}><Link to={`/requests/${w.serviceRequestId}`} data-testid="work-order-request">{w.requestNumber}</Link></Descriptions.Item>
            <Descriptions.Item label={t('field.customerName')}>{w.customerName}</Descriptions.Item>
            <Descriptions.Item label={t('fieldWork.phone')}><a href={telLink(w.customerPhone)}>{w.customerPhone}</a></Descriptions.Item>
            <Descriptions.Item label={t('fieldWork.address')} span={2}>{w.address || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.productModel')}>{w.productModel}{w.serialNumber && <Typography.Text type="secondary"> · {w.serialNumber}</Typography.Text>}</Descriptions.Item>
            <Descriptions.Item label={t('fieldWork.warranty')}><WarrantyStatusTag status={w.warrantyStatus} /></Descriptions.Item>
            <Descriptions.Item label={t('fieldWork.problem')} span={2}><span style={{ whiteSpace: 'pre-wrap' }}>{w.problemDescription}</span></Descriptions.Item>
            {w.expectedParts.length > 0 && (
              <Descriptions.Item label={t('dispatch.expectedParts')} span={2}>{w.expectedParts.map((p) => <Tag key={p.sku}>{p.sku} × {p.quantity}</Tag>)}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('field.category')}>{t(`category.${w.category}`)}</Descriptions.Item>
            <Descriptions.Item label={t('workOrder.skill')}><Tag>{w.skill}</Tag></Descriptions.Item>
            <Descriptions.Item label={t('dispatch.visitType')}>
              <Space size={4}>{t(`workOrder.visitType.${w.visitType}`)} · {t(`workOrder.complexity.${w.complexity}`)}</Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('workOrder.place')}>
              {w.divisionCode ? <Space size={4} wrap>{placeOf(w.divisionCode)}<TierTag tier={w.regionTier} /></Space> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('workOrder.location')}>
              {w.location ? (
                <a href={navigationUrl(w.location, w.customerName)} target="_blank" rel="noreferrer"><EnvironmentOutlined /> {w.location.lat.toFixed(4)}, {w.location.lng.toFixed(4)}</a>
              ) : <Typography.Text type="secondary">{t('workOrder.noLocation')}</Typography.Text>}
            </Descriptions.Item>
            <Descriptions.Item label={t('workOrder.assessedAt')}>{formatTime(w.assessedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('workOrder.assessedBy')}>{actorName(t, w.assessedBy, me.id, names)}</Descriptions.Item>
            <Descriptions.Item label={t('workOrder.updatedAt')}>{formatTime(w.updatedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('fieldWork.visits')}>{w.visits}</Descriptions.Item>
            <Descriptions.Item label={t('fieldWork.completedAt')}><span data-testid="work-order-completed-at">{formatTime(w.completedAt)}</span></Descriptions.Item>
            {w.excludedTechnicianIds.length > 0 && (
              <Descriptions.Item label={t('workOrder.excludedTechnicians')} span={2}>
                <Space size={4} wrap>{w.excludedTechnicianIds.map((x) => <Tag key={x}>{byId.get(x) ?? x.slice(0, 8)}</Tag>)}</Space>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} xl={12}><AppointmentPanel order={w} /></Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('fieldWork.report')} data-testid="work-order-report"><ServiceReportView report={w.report} /></Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('fieldWork.parts')} data-testid="work-order-parts">
                {w.waitingForPartsSince && <Tag color="red" style={{ marginBottom: 8 }} data-testid="waiting-for-parts">{t('fieldWork.waitingForParts', { at: formatTime(w.waitingForPartsSince) })}</Tag>}
                <PartLines parts={w.parts} />
              </Card>
            </Col>
            {w.charges && <Col xs={24} xl={12}><ChargesCard charges={w.charges} awaitingAgreement={AT_WORK.includes(w.status) || w.availableActions.includes('COMPLETE')} /></Col>}
            <Col xs={24} xl={12}>
              <Card size="small" title={t('fieldWork.confirmation')} data-testid="work-order-confirmation">
                {w.confirmation ? <ConfirmationView confirmation={w.confirmation} signatureImage={w.signatureImage} /> : <Typography.Text type="secondary">—</Typography.Text>}
              </Card>
            </Col>
            {w.visitType === 'DEPOT' && (
              <Col xs={24} xl={12}>
                <Card size="small" title={t('fieldWork.depot')}>{w.depot ? <DepotView depot={w.depot} /> : <Typography.Text type="secondary">—</Typography.Text>}</Card>
              </Col>
            )}
          </Row>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('workOrder.timeline')}>
            <WorkOrderTimeline events={w.timeline} names={names} me={me.id} />
          </Card>
        </Col>
      </Row>
      {suggesting && <SuggestDrawer order={w} onClose={() => setSuggesting(false)} onChoose={setChoosing} onAssigned={() => setSuggesting(false)} />}
      {choosing && <ReasonModal order={w} technician={choosing} onClose={() => setChoosing(undefined)} onAssigned={() => { setChoosing(undefined); setSuggesting(false); }} />}
    </Card>
  );
}
