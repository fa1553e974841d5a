import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Checkbox, Col, Empty, Form, Grid, List, Modal, Progress, Row, Space, Tag, Typography } from 'antd';
import { AuditOutlined, ClockCircleOutlined, EyeInvisibleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { StartStocktakeMutation, StocktakesQuery } from '../api/parts';
import { can, useMe } from '../auth/session';
import { formatFen } from '../components/fieldWork';
import { formatTime } from '../components/labels';
import { LocationKindTag, LocationSelect, locationLabel, partsError, StocktakeStateTag, useLocations, type Location } from '../components/parts';
import type { StocktakeFieldsFragment } from '../gql/graphql';

/** 按期 / 逾期 / 无计划: whether the count started within the location's schedule. */
export function ScheduleTag({ onSchedule }: { onSchedule?: boolean | null }) {
  const { t } = useTranslation();
  if (onSchedule == null) return <Tag data-testid="schedule" data-on-schedule="none">{t('parts.stocktake.noSchedule')}</Tag>;
  return onSchedule
    ? <Tag color="green" data-testid="schedule" data-on-schedule="true">{t('parts.stocktake.onSchedule')}</Tag>
    : <Tag color="orange" icon={<ClockCircleOutlined />} data-testid="schedule" data-on-schedule="false">{t('parts.stocktake.late')}</Tag>;
}

/**
 * 盘点: each location's stocktake schedule (due, overdue), the sessions with their state, progress and
 * whether they were on schedule, and a new count (blind or not). Made for a tablet in the warehouse.
 */
export function StocktakesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const editable = can.manageStock(me);
  const narrow = !Grid.useBreakpoint().sm;
  const [locationId, setLocationId] = useState<string>();
  const [starting, setStarting] = useState<{ locationId?: string }>();
  const { locations } = useLocations();
  const { data, loading, error, refetch } = useQuery(StocktakesQuery, { variables: { locationId: locationId ?? null }, fetchPolicy: 'cache-and-network' });
  const sessions = data?.stocktakes ?? [];
  const open = (id: string) => navigate(`/parts/stocktakes/${id}`);
  const scheduled = locations.filter((l) => l.stocktakeDueAt || l.lastStocktakeAt || l.stocktakeEveryDays);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('parts.stocktake.title')}</Typography.Title>}
        extra={editable && <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => setStarting({ locationId })} data-testid="start-stocktake" aria-label={t('parts.stocktake.start')}>{!narrow && t('parts.stocktake.start')}</Button>}>
        <Space wrap style={{ marginBottom: 16 }}>
          <LocationSelect locations={locations} value={locationId} onChange={setLocationId} allowClear placeholder={t('parts.stock.allLocations')} style={{ width: 260 }} testId="stocktake-location-filter" />
        </Space>
        {error && <Alert type="error" showIcon message={partsError(t, error)} style={{ marginBottom: 16 }} action={<Button size="small" onClick={() => refetch()}>{t('app.retry')}</Button>} />}
        <List<StocktakeFieldsFragment>
          loading={loading && !data} dataSource={sessions} data-testid="stocktakes" locale={{ emptyText: <Empty description={t('parts.stocktake.empty')} /> }}
          grid={{ gutter: 12, xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
          renderItem={(s) => (
            <List.Item>
              <Card size="small" hoverable onClick={() => open(s.id)} role="link" tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && open(s.id)}
                data-testid="stocktake-card" data-number={s.number} data-state={s.state}
                title={<Space size={6} wrap><Typography.Text strong>{s.number}</Typography.Text><StocktakeStateTag state={s.state} /></Space>}
                extra={<ScheduleTag onSchedule={s.onSchedule} />}>
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <Space size={6} wrap>
                    <span>{locationLabel({ code: s.locationCode, name: s.locationName })}</span>
                    {s.blind && <Tag icon={<EyeInvisibleOutlined />}>{t('parts.stocktake.blind')}</Tag>}
                  </Space>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('parts.stocktake.startedAt')} {formatTime(s.startedAt)}</Typography.Text>
                  <Progress percent={s.lines.length ? Math.round((s.countedLines / s.lines.length) * 100) : 100} size="small"
                    format={() => t('parts.stocktake.progress', { counted: s.countedLines, total: s.lines.length })} />
                  {s.totalVarianceValue != null && s.state !== 'COUNTING' && (
                    <Typography.Text type={s.totalVarianceValue < 0 ? 'danger' : undefined}>{t('parts.stocktake.totalVariance')} {formatFen(s.totalVarianceValue)}</Typography.Text>
                  )}
                </Space>
              </Card>
            </List.Item>
          )}
        />
      </Card>
      {scheduled.length > 0 && (
        <Card size="small" title={<Space><AuditOutlined />{t('parts.stocktake.schedules')}</Space>}>
          <Row gutter={[12, 12]}>
            {scheduled.map((l) => <Col key={l.id} xs={24} md={12} xl={8}><LocationSchedule location={l} onStart={editable ? () => setStarting({ locationId: l.id }) : undefined} /></Col>)}
          </Row>
        </Card>
      )}
      {starting && <StartStocktakeModal locations={locations} locationId={starting.locationId} onClose={() => setStarting(undefined)} onStarted={open} />}
    </Space>
  );
}

function LocationSchedule({ location, onStart }: { location: Location; onStart?(): void }) {
  const { t } = useTranslation();
  const overdue = !!location.stocktakeDueAt && dayjs(location.stocktakeDueAt).isBefore(dayjs());
  return (
    <Card size="small" data-testid="location-schedule" data-code={location.code}>
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        <Space size={6} wrap><Typography.Text strong>{locationLabel(location)}</Typography.Text><LocationKindTag kind={location.kind} /></Space>
        {location.stocktakeEveryDays && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('parts.stocktake.schedule', { days: location.stocktakeEveryDays })}</Typography.Text>}
        <Typography.Text style={{ fontSize: 12 }}>{location.lastStocktakeAt ? t('parts.stocktake.lastAt', { at: formatTime(location.lastStocktakeAt) }) : t('parts.stocktake.never')}</Typography.Text>
        {location.stocktakeDueAt && (
          <Typography.Text type={overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
            {overdue ? t('parts.stocktake.overdue', { at: formatTime(location.stocktakeDueAt) }) : t('parts.stocktake.due', { at: formatTime(location.stocktakeDueAt) })}
          </Typography.Text>
        )}
        {onStart && <Button size="small" onClick={onStart} style={{ alignSelf: 'flex-start' }}>{t('parts.stocktake.start')}</Button>}
      </Space>
    </Card>
  );
}

function StartStocktakeModal({ locations, locationId, onClose, onStarted }: { locations: Location[]; locationId?: string; onClose(): void; onStarted(id: string): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ locationId: string; blind: boolean }>();
  const [failure, setFailure] = useState<string>();
  const [start, { loading }] = useMutation(StartStocktakeMutation, { refetchQueries: [StocktakesQuery] });
  const submit = async () => {
    const values = await form.validateFields();
    setFailure(undefined);
    try {
      const started = (await start({ variables: values })).data!.startStocktake;
      message.success(t('parts.stocktake.started', { number: started.number }));
      onClose();
      onStarted(started.id);
    } catch (error) {
      setFailure(partsError(t, error));
    }
  };
  return (
    <Modal open title={t('parts.stocktake.startTitle')} onCancel={onClose} onOk={submit} confirmLoading={loading} okText={t('parts.stocktake.start')} cancelText={t('common.cancel')}
      destroyOnHidden okButtonProps={{ size: 'large', 'data-testid': 'start-stocktake-submit' } as never} cancelButtonProps={{ size: 'large' }}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="start-stocktake-failure" />}
      <Form form={form} layout="vertical" initialValues={{ locationId, blind: false }} data-testid="start-stocktake-form">
        <Form.Item name="locationId" label={t('parts.stocktake.location')} rules={[{ required: true, message: t('parts.stocktake.locationRequired') }]}>
          <LocationSelect locations={locations} style={{ width: '100%' }} testId="stocktake-location" />
        </Form.Item>
        <Form.Item name="blind" valuePropName="checked" extra={t('parts.stocktake.blindHelp')}>
          <Checkbox data-testid="stocktake-blind">{t('parts.stocktake.blind')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
