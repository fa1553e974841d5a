import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Alert, Button, Card, DatePicker, Empty, Input, Segmented, Space, Statistic, Table, Tag, Typography } from 'antd';
import ReactECharts from 'echarts-for-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DefectAnalysisQuery } from '../api/parts';
import { partsError } from '../components/parts';
import { paretoOption, percentOf, periodPresets } from '../components/partsLogic';
import { useCompanyToday } from '../components/useCompanyToday';
import { useDebounced } from '../components/useDebounced';
import type { DefectAnalysisQuery as Result, DefectGrouping } from '../gql/graphql';

type Row = Result['defectAnalysis']['rows'][number];
const DAY = 'YYYY-MM-DD';
const GROUPS: DefectGrouping[] = ['CAUSE', 'MODEL', 'PART'];

/**
 * 旧件分析: the returned defective parts of a period as a Pareto — by failure cause, product model or
 * part, most first, with the running share against the 80% line: the few causes worth fixing first.
 */
export function DefectAnalysisPage() {
  const { t } = useTranslation();
  const company = useCompanyToday();
  const presets = periodPresets(company.today);
  const [chosen, setPeriod] = useState<[string, string]>();
  const period = chosen ?? presets.thisMonth;
  const [groupBy, setGroupBy] = useState<DefectGrouping>('CAUSE');
  const [model, setModel] = useState('');
  const productModel = useDebounced(model.trim(), 400);
  const { data, loading, error, refetch } = useQuery(DefectAnalysisQuery, { variables: { from: period[0], to: period[1], groupBy, productModel: productModel || null }, skip: !company.known });
  const analysis = data?.defectAnalysis;
  const label = (r: Row) => (groupBy === 'CAUSE' ? t(`parts.cause.${r.key}`, { defaultValue: r.label }) : r.label);
  const rows = (analysis?.rows ?? []).map((r) => ({ ...r, label: label(r) }));
  let vital = rows.findIndex((r) => r.cumulativeShare >= 0.8 - 1e-9);
  if (vital < 0) vital = rows.length - 1;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="defect-analysis">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('parts.defects.title')}</Typography.Title>
        <Space wrap>
          <DatePicker.RangePicker allowClear={false} value={[dayjs(period[0]), dayjs(period[1])]} disabledDate={(d) => d.isAfter(dayjs(company.today))} data-testid="defect-period"
            presets={(Object.keys(presets) as (keyof typeof presets)[]).map((k) => ({ label: t(`parts.defects.presets.${k}`), value: [dayjs(presets[k][0]), dayjs(presets[k][1])] }))}
            onChange={(v) => v?.[0] && v[1] && setPeriod([v[0].format(DAY), v[1].format(DAY)])} />
          <Segmented<DefectGrouping> value={groupBy} onChange={setGroupBy} data-testid="defect-group"
            options={GROUPS.map((g) => ({ value: g, label: t(`parts.grouping.${g}`) }))} />
          <Input allowClear placeholder={t('parts.defects.productModel')} value={model} onChange={(e) => setModel(e.target.value)} style={{ width: 160 }} data-testid="defect-model" />
        </Space>
      </Space>
      {error && <Alert type="error" showIcon message={partsError(t, error)} action={<Button size="small" onClick={() => refetch()}>{t('app.retry')}</Button>} />}
      <Card loading={(!company.known || loading) && !data}>
        {analysis && analysis.total === 0 ? (
          <Empty description={<Space direction="vertical" size={4}><span>{t('parts.defects.empty')}</span><Typography.Text type="secondary">{t('parts.defects.emptyHelp')}</Typography.Text></Space>} data-testid="defect-empty" />
        ) : (
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Space size={32} wrap>
              <Statistic title={t('parts.defects.totalTitle')} value={analysis?.total ?? 0} data-testid="defect-total" />
              {rows.length > 0 && <Statistic title={t('parts.defects.top')} value={rows[0].label} suffix={<Typography.Text type="secondary" style={{ fontSize: 14 }}>{percentOf(rows[0].share)}</Typography.Text>} />}
              {rows.length > 0 && <Statistic title={t('parts.defects.vitalFew')} value={t('parts.defects.vitalCount', { count: vital + 1, total: rows.length })} />}
            </Space>
            <div data-testid="pareto-chart">
              <ReactECharts style={{ height: 360 }} opts={{ renderer: 'svg' }} notMerge
                option={paretoOption(rows, { count: t('parts.defects.count'), cumulative: t('parts.defects.cumulative') })} />
            </div>
            <Table<Row & { label: string }>
              rowKey="key" size="small" dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} data-testid="defect-table"
              onRow={(r) => ({ 'data-key': r.key }) as never}
              columns={[
                { key: 'rank', title: t('parts.defects.rank'), width: 64, render: (_, _r, i) => i + 1 },
                { key: 'label', title: t(`parts.grouping.${groupBy}`), render: (_, r, i) => <Space size={4}>{r.label}{i <= vital && <Tag color="red">{t('parts.defects.vital')}</Tag>}</Space> },
                { key: 'count', title: t('parts.defects.count'), align: 'right', dataIndex: 'count' },
                { key: 'share', title: t('parts.defects.share'), align: 'right', render: (_, r) => percentOf(r.share) },
                { key: 'cumulative', title: t('parts.defects.cumulative'), align: 'right', render: (_, r) => percentOf(r.cumulativeShare) },
              ]}
            />
          </Space>
        )}
      </Card>
    </Space>
  );
}
