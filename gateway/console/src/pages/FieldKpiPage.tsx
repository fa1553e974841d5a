import { useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Col, DatePicker, Empty, Row, Select, Skeleton, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { QuestionCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import ReactECharts from 'echarts-for-react';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DispatchKpisQuery, TechniciansQuery } from '../api/operations';
import { useCompanyToday } from '../components/useCompanyToday';
import { errorMessage } from '../api/errors';
import { can, useMe } from '../auth/session';
import type { DispatchKpisQuery as KpisResult } from '../gql/graphql';

type Kpis = KpisResult['dispatchKpis'];
type TechnicianRow = Kpis['byTechnician'][number];
type Period = [string, string];

const RED = '#cf1322';
const GREEN = '#389e0d';
const DAY = 'YYYY-MM-DD';

/** "66.7%", "100%"; a rate nothing was measured for is "—", never 0%. */
const formatRate = (rate: number | null | undefined) => (rate == null ? '—' : `${Math.round(rate * 1000) / 10}%`);
const percent = (rate: number | null | undefined) => (rate == null ? null : Math.round(rate * 1000) / 10);
/** Below target is red, on target green; without a figure or a target, neither. */
const rateColor = (rate: number | null | undefined, target?: number) => (rate == null || target == null ? undefined : rate < target ? RED : GREEN);

function presets(t: TFunction, today: Dayjs): { label: string; value: [Dayjs, Dayjs] }[] {
  const monday = today.subtract((today.day() + 6) % 7, 'day');
  const lastMonth = today.subtract(1, 'month');
  return [
    { label: t('kpis.presets.thisWeek'), value: [monday, today] },
    { label: t('kpis.presets.thisMonth'), value: [today.startOf('month'), today] },
    { label: t('kpis.presets.lastMonth'), value: [lastMonth.startOf('month'), lastMonth.endOf('month').startOf('day')] },
    { label: t('kpis.presets.last30'), value: [today.subtract(29, 'day'), today] },
    { label: t('kpis.presets.last90'), value: [today.subtract(89, 'day'), today] },
  ];
}

/**
 * 服务绩效: a period's completed work (dates in the tenant's zone, the last 30 days unless chosen),
 * on-time arrival and first-time fix against the commitments' targets, time to repair, repeat repairs
 * and SLA compliance; day by day, and per technician.
 */
export function FieldKpiPage() {
  const { t } = useTranslation();
  const me = useMe();
  const company = useCompanyToday();
  const zoneKnown = company.known;
  const today = dayjs(company.today, DAY);
  const [chosen, setChosen] = useState<Period>();
  const [technicianId, setTechnicianId] = useState<string>();
  const period: Period = chosen ?? [today.subtract(29, 'day').format(DAY), today.format(DAY)];

  const all = useQuery(DispatchKpisQuery, { variables: { from: period[0], to: period[1] }, skip: !zoneKnown });
  const one = useQuery(DispatchKpisQuery, { variables: { from: period[0], to: period[1], technicianId }, skip: !zoneKnown || !technicianId });
  const shown = technicianId ? one : all;
  const kpis = shown.data?.dispatchKpis;
  // Technicians to filter by: the company's (for those who may list them) and whoever completed work in the period.
  const technicians = useQuery(TechniciansQuery, { skip: !can.dispatch(me) }).data?.technicians;
  const options = useMemo(() => {
    const names = new Map<string, string>();
    for (const x of technicians ?? []) names.set(x.id, x.name);
    for (const x of all.data?.dispatchKpis.byTechnician ?? []) names.set(x.technicianId, x.name);
    return [...names].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  }, [technicians, all.data]);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="kpi-page">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('kpis.title')}</Typography.Title>
        <Space wrap>
          <DatePicker.RangePicker
            allowClear={false}
            value={[dayjs(period[0], DAY), dayjs(period[1], DAY)]}
            presets={presets(t, today)}
            disabledDate={(d, info) => d.isAfter(today, 'day') || (!!info?.from && Math.abs(d.diff(info.from, 'day')) > 365)}
            onChange={(v) => v?.[0] && v[1] && setChosen([v[0].format(DAY), v[1].format(DAY)])}
            aria-label={t('kpis.period')}
            data-testid="kpi-period"
            style={{ maxWidth: '100%' }}
          />
          <Select allowClear showSearch optionFilterProp="label" placeholder={t('kpis.allTechnicians')} value={technicianId} onChange={setTechnicianId}
            options={options} style={{ width: 160 }} aria-label={t('kpis.technician')} data-testid="kpi-technician" />
          <Button icon={<ReloadOutlined />} onClick={() => void shown.refetch()} aria-label={t('common.refresh')} />
        </Space>
      </Space>
      {shown.error ? (
        <Alert type="error" showIcon message={errorMessage(t, shown.error)} data-testid="kpi-error"
          action={<Button size="small" onClick={() => void shown.refetch()}>{t('app.retry')}</Button>} />
      ) : !kpis ? (
        <Loading />
      ) : (
        <KpiReport kpis={kpis} single={!!technicianId} />
      )}
    </Space>
  );
}

function Loading() {
  return (
    <>
      <Row gutter={[16, 16]}>
        {Array.from({ length: 6 }, (_, i) => (
          <Col key={i} xs={12} sm={8} xl={4}><Card><Skeleton active paragraph={{ rows: 1 }} title={false} /></Card></Col>
        ))}
      </Row>
      <Card style={{ marginTop: 16 }}><Skeleton active paragraph={{ rows: 6 }} /></Card>
    </>
  );
}

function KpiReport({ kpis, single }: { kpis: Kpis; single: boolean }) {
  const { t } = useTranslation();
  const { totals, targets } = kpis;
  return (
    <>
      <Row gutter={[16, 16]} data-testid="kpi-cards">
        <Col xs={12} sm={8} xl={4}>
          <Figure testId="kpi-completed" title={t('kpis.completed')} help={t('kpis.help.completed')} value={totals.completed} suffix={t('kpis.jobs')} />
        </Col>
        <Col xs={12} sm={8} xl={4}>
          <RateFigure testId="kpi-on-time" title={t('kpis.onTimeArrival')} help={t('kpis.help.onTimeArrival')} rate={totals.onTimeArrivalRate} target={targets.onTimeArrival} />
        </Col>
        <Col xs={12} sm={8} xl={4}>
          <RateFigure testId="kpi-first-time-fix" title={t('kpis.firstTimeFix')} help={t('kpis.help.firstTimeFix')} rate={totals.firstTimeFixRate} target={targets.firstTimeFix} />
        </Col>
        <Col xs={12} sm={8} xl={4}>
          <Figure testId="kpi-mttr" title={t('kpis.mttr')} help={t('kpis.help.mttr')}
            value={totals.meanTimeToRepairHours == null ? '—' : totals.meanTimeToRepairHours.toFixed(1)} suffix={totals.meanTimeToRepairHours == null ? undefined : t('kpis.hours')}
            footer={totals.meanTimeToRepairHours == null ? <Typography.Text type="secondary">{t('kpis.noData')}</Typography.Text> : undefined} />
        </Col>
        <Col xs={12} sm={8} xl={4}>
          <Figure testId="kpi-repeats" title={t('kpis.repeatVisits')} help={t('kpis.help.repeatVisits')} value={totals.repeatVisits} suffix={t('kpis.jobs')}
            color={totals.repeatVisits > 0 ? RED : undefined} />
        </Col>
        <Col xs={12} sm={8} xl={4}>
          <RateFigure testId="kpi-sla" title={t('kpis.slaCompliance')} help={t('kpis.help.slaCompliance')} rate={totals.slaCompliance} />
        </Col>
      </Row>
      {totals.completed === 0 ? (
        <Card style={{ marginTop: 16 }}>
          <Empty data-testid="kpi-empty" description={<Space direction="vertical" size={0}><Typography.Text strong>{t('kpis.empty')}</Typography.Text><Typography.Text type="secondary">{t('kpis.emptyHelp')}</Typography.Text></Space>} />
        </Card>
      ) : (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} xl={single ? 24 : 14}>
            <Card title={t('kpis.daily')} styles={{ body: { padding: 12 } }}>
              <DailyChart kpis={kpis} />
            </Card>
          </Col>
          {!single && (
            <Col xs={24} xl={10}>
              <Card title={t('kpis.byTechnician')} styles={{ body: { padding: 12 } }}>
                <TechnicianChart kpis={kpis} />
              </Card>
            </Col>
          )}
          <Col xs={24}>
            <Card title={t('kpis.table')} styles={{ body: { padding: 0 } }}>
              <TechnicianTable kpis={kpis} />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}

function Title({ title, help }: { title: string; help: string }) {
  return (
    <Space size={4}>
      {title}
      <Tooltip title={help}><QuestionCircleOutlined style={{ color: '#bfbfbf' }} /></Tooltip>
    </Space>
  );
}

function Figure({ testId, title, help, value, suffix, color, footer }: {
  testId: string; title: string; help: string; value: number | string; suffix?: string; color?: string; footer?: ReactNode;
}) {
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={testId}>
      <Statistic title={<Title title={title} help={help} />} value={value} suffix={suffix} valueStyle={{ color }} />
      <div style={{ minHeight: 22 }}>{footer}</div>
    </Card>
  );
}

/** A rate with its target: red below it, green at or above; "—" and 无数据 when nothing was measured. */
function RateFigure({ testId, title, help, rate, target }: { testId: string; title: string; help: string; rate: number | null | undefined; target?: number }) {
  const { t } = useTranslation();
  const color = rateColor(rate, target);
  const state = rate == null ? 'none' : target == null ? 'measured' : rate < target ? 'below' : 'met';
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={testId} data-state={state}>
      <Statistic title={<Title title={title} help={help} />} value={rate == null ? '—' : formatRate(rate)} valueStyle={{ color }} />
      <Space size={4} wrap style={{ minHeight: 22 }}>
        {target != null && <Typography.Text type="secondary" data-testid={`${testId}-target`}>{t('kpis.target', { value: formatRate(target) })}</Typography.Text>}
        {state === 'below' && <Tag color="red" style={{ marginInlineEnd: 0 }}>{t('kpis.belowTarget')}</Tag>}
        {state === 'none' && <Typography.Text type="secondary">{t('kpis.noData')}</Typography.Text>}
      </Space>
    </Card>
  );
}

const targetLine = (t: TFunction, target: number, color: string) => ({
  symbol: 'none',
  silent: true,
  lineStyle: { type: 'dashed', color },
  label: { formatter: t('kpis.target', { value: formatRate(target) }), position: 'insideStartTop', color, fontSize: 11 },
  data: [{ yAxis: percent(target) }],
});

/** Day by day: on-time arrival and first-time fix (%) against their targets, completed jobs as bars. */
function DailyChart({ kpis }: { kpis: Kpis }) {
  const { t } = useTranslation();
  const { daily, targets } = kpis;
  return (
    <div data-testid="kpi-daily-chart">
      <ReactECharts
        style={{ height: 300 }}
        notMerge
        opts={{ renderer: 'svg' }}
        option={{
          color: ['#adc6ff', '#1677ff', '#13c2c2'],
          grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
          tooltip: { trigger: 'axis' },
          legend: { top: 0, itemWidth: 14, itemHeight: 8 },
          xAxis: { type: 'category', data: daily.map((d) => d.date.slice(5)), axisTick: { alignWithLabel: true } },
          yAxis: [
            { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
            { type: 'value', minInterval: 1, splitLine: { show: false }, name: t('kpis.completed'), nameTextStyle: { align: 'right' } },
          ],
          series: [
            { name: t('kpis.completed'), type: 'bar', yAxisIndex: 1, barMaxWidth: 14, data: daily.map((d) => d.completed) },
            {
              name: t('kpis.onTimeArrival'), type: 'line', connectNulls: true, symbolSize: 6, tooltip: { valueFormatter: (v: number | null) => (v == null ? '—' : `${v}%`) },
              data: daily.map((d) => percent(d.onTimeArrivalRate)), markLine: targetLine(t, targets.onTimeArrival, '#1677ff'),
            },
            {
              name: t('kpis.firstTimeFix'), type: 'line', connectNulls: true, symbolSize: 6, tooltip: { valueFormatter: (v: number | null) => (v == null ? '—' : `${v}%`) },
              data: daily.map((d) => percent(d.firstTimeFixRate)), markLine: targetLine(t, targets.firstTimeFix, '#13c2c2'),
            },
          ],
        }}
      />
    </div>
  );
}

/** Each technician's rates against the targets, and how much they completed. */
function TechnicianChart({ kpis }: { kpis: Kpis }) {
  const { t } = useTranslation();
  const { byTechnician: list, targets } = kpis;
  return (
    <div data-testid="kpi-technician-chart" data-technicians={list.map((x) => x.name).join(',')}>
      <ReactECharts
        style={{ height: 300 }}
        notMerge
        opts={{ renderer: 'svg' }}
        option={{
          color: ['#1677ff', '#13c2c2', '#adc6ff'],
          grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
          legend: { top: 0, itemWidth: 14, itemHeight: 8 },
          xAxis: { type: 'category', data: list.map((x) => x.name), axisLabel: { interval: 0, rotate: list.length > 6 ? 30 : 0 } },
          yAxis: [
            { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
            { type: 'value', minInterval: 1, splitLine: { show: false } },
          ],
          series: [
            {
              name: t('kpis.onTimeArrival'), type: 'bar', barMaxWidth: 18, data: list.map((x) => percent(x.onTimeArrivalRate)),
              itemStyle: { color: (p: { value: number | null }) => (p.value != null && p.value < (percent(targets.onTimeArrival) ?? 0) ? '#ff7875' : '#1677ff') },
              markLine: targetLine(t, targets.onTimeArrival, '#1677ff'),
            },
            {
              name: t('kpis.firstTimeFix'), type: 'bar', barMaxWidth: 18, data: list.map((x) => percent(x.firstTimeFixRate)),
              itemStyle: { color: (p: { value: number | null }) => (p.value != null && p.value < (percent(targets.firstTimeFix) ?? 0) ? '#ffa39e' : '#13c2c2') },
              markLine: targetLine(t, targets.firstTimeFix, '#13c2c2'),
            },
            { name: t('kpis.completed'), type: 'line', yAxisIndex: 1, symbolSize: 8, data: list.map((x) => x.completed) },
          ],
        }}
      />
    </div>
  );
}

function TechnicianTable({ kpis }: { kpis: Kpis }) {
  const { t } = useTranslation();
  const { targets } = kpis;
  const rate = (value: number | null | undefined, target?: number) => <span style={{ color: rateColor(value, target) }}>{formatRate(value)}</span>;
  return (
    <Table<TechnicianRow>
      rowKey="technicianId"
      size="middle"
      data-testid="kpi-table"
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      dataSource={kpis.byTechnician}
      columns={[
        { key: 'name', title: t('kpis.name'), dataIndex: 'name', fixed: 'left' },
        { key: 'completed', title: t('kpis.completed'), dataIndex: 'completed', align: 'right', sorter: (a, b) => a.completed - b.completed },
        { key: 'onTime', title: t('kpis.onTimeArrival'), align: 'right', render: (_, x) => rate(x.onTimeArrivalRate, targets.onTimeArrival), sorter: (a, b) => (a.onTimeArrivalRate ?? -1) - (b.onTimeArrivalRate ?? -1) },
        { key: 'ftf', title: t('kpis.firstTimeFix'), align: 'right', render: (_, x) => rate(x.firstTimeFixRate, targets.firstTimeFix), sorter: (a, b) => (a.firstTimeFixRate ?? -1) - (b.firstTimeFixRate ?? -1) },
        {
          key: 'mttr', title: t('kpis.mttrColumn'), align: 'right',
          render: (_, x) => (x.meanTimeToRepairHours == null ? '—' : x.meanTimeToRepairHours.toFixed(1)), sorter: (a, b) => (a.meanTimeToRepairHours ?? -1) - (b.meanTimeToRepairHours ?? -1),
        },
        { key: 'repeats', title: t('kpis.repeatVisits'), dataIndex: 'repeatVisits', align: 'right', render: (v: number) => <span style={{ color: v > 0 ? RED : undefined }}>{v}</span> },
        { key: 'sla', title: t('kpis.slaCompliance'), align: 'right', render: (_, x) => rate(x.slaCompliance) },
      ]}
    />
  );
}
