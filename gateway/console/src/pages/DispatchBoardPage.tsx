import { useMemo, useState, type DragEvent } from 'react';
import { useMutation, useQuery, useSubscription } from '@apollo/client';
import {
  Alert, App, AutoComplete, Badge, Button, Card, Col, Empty, Form, Input, InputNumber, List, Modal, Radio, Result, Row, Select, Skeleton, Space, Switch, Table, Tag, Tooltip, Typography,
} from 'antd';
import { AimOutlined, AlertOutlined, CheckOutlined, ReloadOutlined, SettingOutlined, ThunderboltOutlined, UserAddOutlined } from '@ant-design/icons';
import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import {
  AcknowledgeEscalationMutation, AssessWorkOrderMutation, AutoDispatchMutation, DispatchBoardQuery, DispatchQueueQuery, EscalationsQuery, QueueEntryAddedSubscription, TechnicianJobsQuery,
} from '../api/operations';
import { BOARD_QUERIES, ReasonModal, SuggestDrawer } from '../components/assign';
import { PartsQuery } from '../api/parts';
import { errorCode, errorMessage, fieldIssues, issueMessage } from '../api/errors';
import { placeOf, TierTag } from '../components/divisions';
import {
  ClockTag, dispatchError, DutyTag, EmergencyMark, exclusionCount, exclusionText, LoadBar, OPEN_STATUSES, openClocks, shiftText, useCategories, useLocalized, WorkOrderStatusTag,
} from '../components/dispatch';
import { formatTime } from '../components/labels';
import type {
  AutoDispatchMutation as AutoResult, Complexity, DispatchQueueQuery as QueueResult, EscalationsQuery as EscalationsResult, TechnicianFieldsFragment, TechnicianJobsQuery as JobsResult, VisitType, WorkOrderFieldsFragment,
} from '../gql/graphql';

type Entry = QueueResult['dispatchQueue']['edges'][number]['node'];
type Order = WorkOrderFieldsFragment;
type Technician = TechnicianFieldsFragment;
type Job = JobsResult['assigned']['edges'][number]['node'];
type Escalation = EscalationsResult['escalations'][number];

/**
 * 派单调度: requests waiting for assessment (live), work orders waiting for a technician (emergencies
 * first) with ranked suggestions and auto-dispatch, and the technicians with their load and jobs today.
 * A work order dragged onto a technician is assigned to them with a reason.
 */
export function DispatchBoardPage() {
  const { t } = useTranslation();
  const board = useQuery(DispatchBoardQuery, { pollInterval: 20_000 });
  const jobs = useQuery(TechnicianJobsQuery, { pollInterval: 20_000 });
  const [suggesting, setSuggesting] = useState<Order>();
  const [choosing, setChoosing] = useState<{ order: Order; technician: Technician }>();
  const [dragging, setDragging] = useState<Order>();

  const orders = useMemo(() => {
    const all = [...(board.data?.unassigned.edges ?? []), ...(board.data?.failed.edges ?? [])].map((e) => e.node);
    // Emergencies first, then the longest waiting: the order auto-dispatch works in.
    return all.sort((a, b) => Number(b.emergency) - Number(a.emergency) || a.assessedAt.localeCompare(b.assessedAt));
  }, [board.data]);
  const technicians = board.data?.technicians ?? [];

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('dispatch.title')}</Typography.Title>
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={() => { void board.refetch(); void jobs.refetch(); }} aria-label={t('common.refresh')} />
          <AutoDispatchButton disabled={orders.length === 0} />
        </Space>
      </Space>
      {board.error && <Alert type="error" showIcon message={errorMessage(t, board.error)} action={<Button size="small" onClick={() => board.refetch()}>{t('app.retry')}</Button>} />}
      <EscalationsPanel />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <QueueColumn />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Card
            title={<Space>{t('dispatch.unassigned')}<Badge count={orders.length} showZero color={orders.some((o) => o.emergency) ? '#ff4d4f' : '#1677ff'} /></Space>}
            data-testid="unassigned-column" styles={{ body: { padding: '8px 12px' } }}
          >
            {orders.length > 0 && technicians.length > 0 && <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>{t('dispatch.dragHint')}</Typography.Paragraph>}
            {board.loading && !board.data ? <Skeleton active /> : (
              <List<Order>
                dataSource={orders}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dispatch.unassignedEmpty')} /> }}
                renderItem={(order) => (
                  <WorkOrderItem order={order} onSuggest={() => setSuggesting(order)}
                    onDragStart={() => setDragging(order)} onDragEnd={() => setDragging(undefined)} />
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <TechniciansColumn technicians={technicians} jobs={jobs.data} loading={board.loading && !board.data} dragging={dragging}
            onDrop={(technician) => {
              if (dragging) setChoosing({ order: dragging, technician });
              setDragging(undefined);
            }} />
        </Col>
      </Row>
      {suggesting && (
        <SuggestDrawer order={suggesting} onClose={() => setSuggesting(undefined)}
          onChoose={(technician) => setChoosing({ order: suggesting, technician })} onAssigned={() => setSuggesting(undefined)} />
      )}
      {choosing && (
        <ReasonModal order={choosing.order} technician={choosing.technician} onClose={() => setChoosing(undefined)}
          onAssigned={() => { setChoosing(undefined); setSuggesting(undefined); }} />
      )}
    </Space>
  );
}

/** 待评估: the dispatch queue, oldest first; requests appear as intake records them. */
function QueueColumn() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [assessing, setAssessing] = useState<Entry>();
  const { data, loading, error, refetch } = useQuery(DispatchQueueQuery, { variables: { first: 50, after: null } });

  useSubscription(QueueEntryAddedSubscription, {
    onData: ({ data: event }) => {
      const entry = event.data?.queueEntryAdded;
      if (!entry) return;
      message.info(t('dispatch.live', { number: entry.requestNumber }));
      setFresh((s) => new Set(s).add(entry.id));
      void refetch();
    },
  });

  const page = data?.dispatchQueue;
  return (
    <Card title={<Space>{t('dispatch.queue')}<Badge count={page?.totalCount ?? 0} showZero color="#fa8c16" /></Space>}
      data-testid="queue-column" styles={{ body: { padding: 0 } }}>
      {error && <Alert type="error" showIcon message={errorMessage(t, error)} style={{ margin: 12 }} />}
      <Table<Entry>
        rowKey="id"
        size="small"
        data-testid="queue-table"
        loading={loading && !data}
        pagination={false}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        rowClassName={(row) => (fresh.has(row.id) ? 'row-fresh' : '')}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dispatch.queueEmpty')} /> }}
        columns={[
          {
            key: 'request', title: t('field.number'),
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <Link to={`/requests/${r.serviceRequestId}`}>{r.requestNumber}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.customerName} · {r.productModel} · {t(`category.${r.category}`)}</Typography.Text>
              </Space>
            ),
          },
          {
            key: 'waiting', title: t('queue.waiting'), width: 84,
            render: (_, r) => <Typography.Text type="secondary">{t('queue.minutes', { count: Math.max(0, dayjs().diff(dayjs(r.requestedAt), 'minute')) })}</Typography.Text>,
          },
          {
            key: 'assess', title: '', width: 72, align: 'right',
            render: (_, r) => <Button size="small" type="primary" ghost onClick={() => setAssessing(r)} data-testid={`assess-${r.requestNumber}`}>{t('dispatch.assess')}</Button>,
          },
        ]}
      />
      {assessing && <AssessModal entry={assessing} onClose={() => setAssessing(undefined)} onDone={() => { setAssessing(undefined); void refetch(); }} />}
    </Card>
  );
}

type AssessValues = { visitType: VisitType; complexity: Complexity; emergency: boolean; skill?: string; lat?: number | null; lng?: number | null; note?: string; expectedParts?: string[] };

/** 评估: on site or depot, simple or complex, emergency, the skill (default: the model's category), where. */
function AssessModal({ entry, onClose, onDone }: { entry: Entry; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssessValues>();
  const [failure, setFailure] = useState<string>();
  const [assess, { loading }] = useMutation(AssessWorkOrderMutation, { refetchQueries: [DispatchBoardQuery] });
  const categories = useCategories();
  const { data: parts } = useQuery(PartsQuery, { variables: { first: 100 } });

  const submit = async () => {
    const v = await form.validateFields();
    setFailure(undefined);
    try {
      await assess({
        variables: {
          input: {
            serviceRequestId: entry.serviceRequestId, visitType: v.visitType, complexity: v.complexity, emergency: v.emergency,
            skill: v.skill?.trim() || null, note: v.note?.trim() || null,
            expectedParts: (v.expectedParts ?? []).map((sku) => ({ sku, quantity: 1 })),
            location: v.lat != null && v.lng != null ? { lat: v.lat, lng: v.lng } : null,
          },
        },
      });
      message.success(t('dispatch.assessed', { number: entry.requestNumber }));
      onDone();
    } catch (error) {
      const issues = fieldIssues(error).map((i) => ({ ...i, field: i.field.replace(/^location\./, '') }));
      form.setFields(issues.filter((i) => ['skill', 'lat', 'lng', 'note'].includes(i.field)).map((i) => ({ name: i.field as keyof AssessValues, errors: [issueMessage(t, i)] })));
      setFailure(dispatchError(t, error));
    }
  };

  return (
    <Modal open title={t('dispatch.assessTitle', { number: entry.requestNumber })} onCancel={onClose} onOk={submit} confirmLoading={loading}
      okText={t('dispatch.assess')} cancelText={t('common.cancel')} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('dispatch.assessHelp')}</Typography.Paragraph>
      <Typography.Paragraph>{entry.customerName} · {entry.productModel} · {t(`category.${entry.category}`)}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="assess-error" />}
      <Form<AssessValues> form={form} layout="vertical" data-testid="assess-form"
        initialValues={{ visitType: 'ON_SITE', complexity: 'SIMPLE', emergency: false }}>
        <Space wrap size={24}>
          <Form.Item name="visitType" label={t('dispatch.visitType')}>
            <Radio.Group optionType="button" options={(['ON_SITE', 'DEPOT'] as const).map((v) => ({ value: v, label: t(`workOrder.visitType.${v}`) }))} />
          </Form.Item>
          <Form.Item name="complexity" label={t('dispatch.complexity')}>
            <Radio.Group optionType="button" options={(['SIMPLE', 'COMPLEX'] as const).map((v) => ({ value: v, label: t(`workOrder.complexity.${v}`) }))} />
          </Form.Item>
          <Form.Item name="emergency" label={t('dispatch.emergency')} valuePropName="checked" tooltip={t('dispatch.emergencyHelp')}>
            <Switch data-testid="assess-emergency" />
          </Form.Item>
        </Space>
        <Form.Item name="skill" label={t('dispatch.skill')}>
          <AutoComplete options={categories.map((c) => ({ value: c }))} placeholder={t('dispatch.skillPlaceholder')} allowClear
            filterOption={(input, o) => String(o?.value ?? '').includes(input)} />
        </Form.Item>
        <Form.Item label={t('dispatch.location')} extra={t('dispatch.locationHelp')} style={{ marginBottom: 8 }}>
          <Space wrap>
            <Form.Item name="lat" noStyle rules={[{ validator: (_, v) => bothOrNone(v, form.getFieldValue('lng'), t) }]}>
              <InputNumber min={-90} max={90} step={0.0001} placeholder={t('dispatch.lat')} style={{ width: 150 }} aria-label={t('dispatch.lat')} />
            </Form.Item>
            <Form.Item name="lng" noStyle rules={[{ validator: (_, v) => bothOrNone(v, form.getFieldValue('lat'), t) }]}>
              <InputNumber min={-180} max={180} step={0.0001} placeholder={t('dispatch.lng')} style={{ width: 150 }} aria-label={t('dispatch.lng')} />
            </Form.Item>
          </Space>
        </Form.Item>
        <Form.Item shouldUpdate noStyle>
          {() => {
            const errors = [...form.getFieldError('lat'), ...form.getFieldError('lng')];
            return errors.length ? <Typography.Text type="danger">{errors[0]}</Typography.Text> : null;
          }}
        </Form.Item>
        <Form.Item name="expectedParts" label={t('dispatch.expectedParts')} extra={t('dispatch.expectedPartsHelp')} style={{ marginTop: 8 }}>
          <Select mode="multiple" allowClear data-testid="assess-expected-parts" placeholder={t('dispatch.expectedPartsPlaceholder')}
            options={(parts?.parts.edges ?? []).map((e) => ({ value: e.node.sku, label: `${e.node.sku} ${e.node.name}` }))}
            filterOption={(input, o) => String(o?.label ?? '').toLowerCase().includes(input.toLowerCase())} />
        </Form.Item>
        <Form.Item name="note" label={t('dispatch.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const bothOrNone = (v: unknown, other: unknown, t: (k: string) => string) =>
  (v == null) === (other == null) ? Promise.resolve() : Promise.reject(new Error(t('dispatch.bothOrNone')));

/** A work order waiting for a technician: what, where, how urgent; drag it onto a technician or ask for suggestions. */
function WorkOrderItem({ order, onSuggest, onDragStart, onDragEnd }: { order: Order; onSuggest(): void; onDragStart(): void; onDragEnd(): void }) {
  const { t } = useTranslation();
  return (
    <List.Item
      draggable
      onDragStart={(e: DragEvent) => {
        e.dataTransfer.setData('text/plain', order.id);
        e.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      data-testid="work-order-card"
      data-number={order.requestNumber}
      style={{ cursor: 'grab', background: order.emergency ? '#fff1f0' : undefined, borderRadius: 6, padding: '8px 8px', marginBottom: 4 }}
      actions={[<Button key="suggest" type="primary" size="small" icon={<AimOutlined />} onClick={onSuggest} data-testid="suggest">{t('dispatch.suggest')}</Button>]}
    >
      <List.Item.Meta
        title={
          <Space size={4} wrap>
            <Link to={`/work-orders/${order.id}`} data-testid="work-order-link">{order.requestNumber}</Link>
            {order.emergency && <EmergencyMark />}
            {order.status === 'FAILED' && <WorkOrderStatusTag status={order.status} />}
          </Space>
        }
        description={
          <Space direction="vertical" size={2}>
            <Typography.Text>{order.customerName} · {order.productModel} · {t(`category.${order.category}`)}</Typography.Text>
            <Space size={4} wrap>
              <Tag>{order.skill}</Tag>
              <Tag>{t(`workOrder.visitType.${order.visitType}`)}</Tag>
              {order.complexity === 'COMPLEX' && <Tag color="gold">{t('workOrder.complexity.COMPLEX')}</Tag>}
              {order.divisionCode && <Typography.Text type="secondary">{placeOf(order.divisionCode)}</Typography.Text>}
              <TierTag tier={order.regionTier} />
            </Space>
            <Space size={4} wrap>
              {openClocks(order.clocks).filter((c) => c.commitment !== 'repair').map((c) => <ClockTag key={c.commitment} clock={c} />)}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('dispatch.assessedAt', { time: formatTime(order.assessedAt) })}</Typography.Text>
            </Space>
          </Space>
        }
      />
    </List.Item>
  );
}

/** The technicians: a chart of today's load, then each with a load bar and jobs; each is a drop target. */
function TechniciansColumn({ technicians, jobs, loading, dragging, onDrop }: {
  technicians: Technician[]; jobs?: JobsResult; loading: boolean; dragging?: Order; onDrop(technician: Technician): void;
}) {
  const { t } = useTranslation();
  const [over, setOver] = useState<string>();
  const { open, doneToday } = useMemo(() => {
    const open = new Map<string, Job[]>();
    const doneToday = new Map<string, number>();
    if (jobs) {
      for (const e of [...jobs.onSite.edges, ...jobs.enRoute.edges, ...jobs.accepted.edges, ...jobs.assigned.edges]) {
        if (e.node.technicianId) open.set(e.node.technicianId, [...(open.get(e.node.technicianId) ?? []), e.node]);
      }
      for (const e of jobs.completed.edges) {
        if (e.node.technicianId && dayjs(e.node.updatedAt).isSame(dayjs(), 'day')) doneToday.set(e.node.technicianId, (doneToday.get(e.node.technicianId) ?? 0) + 1);
      }
    }
    return { open, doneToday };
  }, [jobs]);

  return (
    <Card title={<Space>{t('dispatch.technicians')}<Badge count={technicians.length} showZero color="#52c41a" /></Space>} data-testid="technicians-column"
      extra={<Link to="/dispatch/technicians"><Button size="small" icon={<SettingOutlined />}>{t('dispatch.manageTechnicians')}</Button></Link>}
      styles={{ body: { padding: '8px 12px' } }}>
      {loading ? <Skeleton active /> : technicians.length === 0 ? (
        <Empty description={t('dispatch.techniciansEmpty')}>
          <Link to="/dispatch/technicians"><Button type="primary" icon={<UserAddOutlined />}>{t('dispatch.addTechnician')}</Button></Link>
        </Empty>
      ) : (
        <>
          <LoadChart technicians={technicians} />
          <List<Technician>
            dataSource={technicians}
            renderItem={(tech) => {
              const mine = (open.get(tech.id) ?? []).sort((a, b) => Number(b.emergency) - Number(a.emergency) || OPEN_STATUSES.indexOf(b.status) - OPEN_STATUSES.indexOf(a.status));
              const done = doneToday.get(tech.id) ?? 0;
              const target = !!dragging && over === tech.id;
              return (
                <List.Item
                  data-testid="technician-card"
                  data-name={tech.name}
                  onDragOver={(e: DragEvent) => {
                    if (!dragging) return;
                    e.preventDefault();
                    e.dataTransfer.dropEffect = 'move';
                    if (over !== tech.id) setOver(tech.id);
                  }}
                  onDragLeave={(e: DragEvent) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(undefined); }}
                  onDrop={(e: DragEvent) => { e.preventDefault(); setOver(undefined); onDrop(tech); }}
                  style={{
                    display: 'block', position: 'relative', borderRadius: 6, padding: 8, marginBottom: 4,
                    outline: dragging ? `2px dashed ${target ? '#1677ff' : '#d9d9d9'}` : undefined, background: target ? '#e6f4ff' : undefined,
                  }}
                >
                  <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
                    <Space size={4} wrap>
                      <Typography.Text strong>{tech.name}</Typography.Text>
                      {tech.status !== 'AVAILABLE' && <Tag color={tech.status === 'ON_LEAVE' ? 'orange' : 'default'}>{t(`technicians.statusValue.${tech.status}`)}</Tag>}
                      {tech.dutyToday !== 'ON' && <DutyTag duty={tech.dutyToday} board />}
                      <Tooltip title={t('dispatch.shift', { shift: shiftText(t, tech.calendar) })}>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="technician-shift">{tech.calendar.hours.from}–{tech.calendar.hours.to}</Typography.Text>
                      </Tooltip>
                    </Space>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {tech.skills.join('、')} · {tech.regions.map((r) => placeOf(r)).join('、')}
                    </Typography.Text>
                  </Space>
                  <LoadBar load={tech.load} capacity={tech.dailyCapacity} size="small" />
                  <div data-testid="technician-jobs">
                    {mine.length === 0 && done === 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('dispatch.noJobs')}</Typography.Text>}
                    {mine.map((job) => <JobLine key={job.id} job={job} />)}
                    {done > 0 && <Typography.Text type="success" style={{ fontSize: 12 }}>{t('dispatch.doneToday', { count: done })}</Typography.Text>}
                  </div>
                  {target && (
                    // Over the content (its size unchanged, so the drop lands where the pointer is).
                    <div style={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'rgba(230,244,255,0.92)', borderRadius: 6, pointerEvents: 'none' }}>
                      <Typography.Text strong style={{ color: '#1677ff' }}>{t('dispatch.dropHere', { name: tech.name })}</Typography.Text>
                    </div>
                  )}
                </List.Item>
              );
            }}
          />
        </>
      )}
    </Card>
  );
}

/** One of a technician's jobs, with why it is theirs. */
function JobLine({ job }: { job: Job }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const reason = localized(job.assignment?.text);
  return (
    <div style={{ fontSize: 12, lineHeight: '20px' }} data-testid="technician-job">
      <Space size={4} wrap>
        <Link to={`/work-orders/${job.id}`}>{job.requestNumber}</Link>
        <span>{job.customerName}</span>
        <WorkOrderStatusTag status={job.status} />
        {job.emergency && <ThunderboltOutlined style={{ color: '#ff4d4f' }} />}
      </Space>
      {reason && (
        <Tooltip title={reason}>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 1 }} style={{ margin: 0, fontSize: 12 }} data-testid="assignment-reason">
            {/* A dispatcher's choice says so itself ("调度员指定：…"); the engine's gets a prefix. */}
            {job.assignment?.mode === 'AUTO' && `${t('workOrder.mode.AUTO')}${t('dispatch.colon')}`}{reason}
          </Typography.Paragraph>
        </Tooltip>
      )}
    </div>
  );
}

/** Load against capacity per technician, as stacked bars. */
function LoadChart({ technicians }: { technicians: Technician[] }) {
  const { t } = useTranslation();
  const list = [...technicians].reverse();
  return (
    <ReactECharts
      style={{ height: 40 + list.length * 34 }}
      notMerge
      option={{
        grid: { left: 8, right: 16, top: 24, bottom: 0, containLabel: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0, right: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 11 } },
        xAxis: { type: 'value', minInterval: 1, splitLine: { show: false } },
        yAxis: { type: 'category', data: list.map((x) => x.name), axisTick: { show: false } },
        series: [
          {
            name: t('dispatch.load'), type: 'bar', stack: 'day', barWidth: 14,
            data: list.map((x) => ({ value: x.load, itemStyle: { color: x.load >= x.dailyCapacity ? '#ff4d4f' : x.load / x.dailyCapacity >= 0.75 ? '#fa8c16' : '#1677ff' } })),
          },
          { name: t('dispatch.spare'), type: 'bar', stack: 'day', barWidth: 14, itemStyle: { color: '#e8e8e8' }, data: list.map((x) => Math.max(0, x.dailyCapacity - x.load)) },
        ],
      }}
    />
  );
}

/** 一键派单: every waiting work order, emergencies first; says how many went out and why the rest wait. */
function AutoDispatchButton({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [result, setResult] = useState<AutoResult['autoDispatch']>();
  const [run, { loading }] = useMutation(AutoDispatchMutation, { refetchQueries: BOARD_QUERIES });
  const go = async () => {
    try {
      setResult((await run()).data!.autoDispatch);
    } catch (error) {
      message.error(dispatchError(t, error));
    }
  };
  return (
    <>
      <Button type="primary" icon={<ThunderboltOutlined />} loading={loading} disabled={disabled} onClick={go} data-testid="auto-dispatch">{t('dispatch.autoDispatch')}</Button>
      <Modal open={!!result} title={t('dispatch.autoResult')} onCancel={() => setResult(undefined)} onOk={() => setResult(undefined)}
        cancelButtonProps={{ style: { display: 'none' } }} okText={t('common.confirm')} destroyOnHidden>
        {result && (
          <div data-testid="auto-dispatch-result">
            <Result
              style={{ padding: '8px 0' }}
              status={result.unassigned.length === 0 ? 'success' : result.assigned > 0 ? 'info' : 'warning'}
              title={result.assigned === 0 && result.unassigned.length === 0 ? t('dispatch.autoNothing') : t('dispatch.autoAssigned', { count: result.assigned })}
            />
            {result.unassigned.length > 0 && (
              <>
                <Typography.Text strong>{t('dispatch.autoRest', { count: result.unassigned.length })}</Typography.Text>
                <List size="small" dataSource={result.unassigned} data-testid="auto-dispatch-unassigned"
                  renderItem={(u) => (
                    <List.Item>
                      <Space direction="vertical" size={0}>
                        <Link to={`/work-orders/${u.workOrderId}`}>{u.requestNumber}</Link>
                        <Typography.Text type="secondary">{exclusionCount(u.excluded) > 0 ? exclusionText(t, u.excluded) : t('dispatch.noTechnicians')}</Typography.Text>
                      </Space>
                    </List.Item>
                  )} />
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('dispatch.autoRestHelp')}</Typography.Paragraph>
              </>
            )}
          </div>
        )}
      </Modal>
    </>
  );
}

/**
 * 超时上报: work orders whose dispatch, arrival or repair clock breached, raised to the lead; each is
 * marked handled (with an optional note). Nothing is shown while there are none.
 */
function EscalationsPanel() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(EscalationsQuery, { variables: { open: true }, pollInterval: 20_000 });
  const [handling, setHandling] = useState<Escalation>();
  const open = data?.escalations ?? [];
  if (open.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      icon={<AlertOutlined />}
      data-testid="escalations"
      message={<Typography.Text strong>{t('escalations.title', { count: open.length })}</Typography.Text>}
      description={
        <>
          <Typography.Paragraph type="secondary" style={{ margin: '0 0 4px' }}>{t('escalations.help')}</Typography.Paragraph>
          <List<Escalation>
            size="small"
            dataSource={open}
            renderItem={(e) => {
              const what = t(`workOrder.clock.${e.commitment}`, { defaultValue: e.commitment });
              return (
                <List.Item
                  data-testid="escalation"
                  data-number={e.requestNumber}
                  style={{ paddingInline: 0 }}
                  actions={[
                    <Button key="ack" size="small" icon={<CheckOutlined />} onClick={() => setHandling(e)} data-testid="acknowledge-escalation">{t('escalations.acknowledge')}</Button>,
                  ]}
                >
                  <Space size={[8, 2]} wrap>
                    <Link to={`/work-orders/${e.workOrderId}`} data-testid="escalation-link">{e.requestNumber}</Link>
                    <Typography.Text>{e.customerName}</Typography.Text>
                    <Tag color="red" data-testid="escalation-clock">{t('escalations.clock', { what })}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('escalations.due', { at: formatTime(e.dueAt) })}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('escalations.raised', { at: formatTime(e.raisedAt) })}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="escalation-lead">
                      {e.leadName ? t('escalations.lead', { name: e.leadName }) : t('escalations.noLead')}
                    </Typography.Text>
                  </Space>
                </List.Item>
              );
            }}
          />
          {handling && <AcknowledgeModal escalation={handling} onClose={() => setHandling(undefined)} onDone={() => { setHandling(undefined); void refetch(); }} />}
        </>
      }
    />
  );
}

/** 已处理: closes an escalation, with what was done about it. */
function AcknowledgeModal({ escalation, onClose, onDone }: { escalation: Escalation; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [acknowledge, { loading }] = useMutation(AcknowledgeEscalationMutation);
  const submit = async () => {
    try {
      await acknowledge({ variables: { id: escalation.id, note: note.trim() || null } });
      message.success(t('escalations.acknowledged', { number: escalation.requestNumber }));
      onDone();
    } catch (error) {
      // Someone else handled it meanwhile: the list is reloaded without it.
      if (errorCode(error) === 'CONFLICT' || errorCode(error) === 'NOT_FOUND') {
        message.info(t('escalations.alreadyDone'));
        onDone();
      } else {
        message.error(errorMessage(t, error));
      }
    }
  };
  return (
    <Modal open title={t('escalations.acknowledgeTitle', { number: escalation.requestNumber })} onCancel={onClose} onOk={submit} confirmLoading={loading}
      okText={t('escalations.acknowledge')} cancelText={t('common.cancel')} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        {escalation.customerName} · {t('escalations.clock', { what: t(`workOrder.clock.${escalation.commitment}`, { defaultValue: escalation.commitment }) })} · {t('escalations.due', { at: formatTime(escalation.dueAt) })}
      </Typography.Paragraph>
      <Typography.Text>{t('escalations.note')}</Typography.Text>
      <Input.TextArea rows={3} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('escalations.notePlaceholder')}
        style={{ marginTop: 4 }} data-testid="escalation-note" aria-label={t('escalations.note')} />
    </Modal>
  );
}
