import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Input, InputNumber, Modal, Popconfirm, Progress, Result, Row, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, CheckCircleFilled, EyeInvisibleOutlined, LoadingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApproveStocktakeMutation, CancelStocktakeMutation, RecordCountMutation, StocktakeQuery, StocktakesQuery, SubmitStocktakeMutation } from '../api/parts';
import { errorCode, fieldIssues } from '../api/errors';
import { can, useMe } from '../auth/session';
import { formatFen } from '../components/fieldWork';
import { formatTime } from '../components/labels';
import { locationLabel, partsError, StocktakeStateTag } from '../components/parts';
import { signed } from '../components/partsLogic';
import type { StocktakeFieldsFragment } from '../gql/graphql';
import { ScheduleTag } from './StocktakesPage';

type Stocktake = StocktakeFieldsFragment;
type Line = Stocktake['lines'][number];

const RED = '#cf1322';
const GREEN = '#389e0d';

/** A closed session's error: the person is told the count is over, and the page shows it as it is now. */
const isClosed = (error: unknown) => errorCode(error) === 'CONFLICT' && fieldIssues(error).some((i) => i.reason === 'closed');

/**
 * One stocktake: while counting, a big number field per part (made for a phone or tablet in the
 * warehouse or at the van) and the progress; once submitted, the variances against the books with
 * their value, to approve (posting them as adjustments) or cancel.
 */
export function StocktakePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(StocktakeQuery, { variables: { id } });
  const [closedNotice, setClosedNotice] = useState<string>();
  const back = <Link to="/parts/stocktakes"><ArrowLeftOutlined /> {t('parts.stocktake.back')}</Link>;

  if (loading && !data) return <Card><Skeleton active /></Card>;
  if ((error && ['BAD_USER_INPUT', 'NOT_FOUND'].includes(errorCode(error))) || (data && !data.stocktake)) {
    return <Result status="404" title={t('errors.NOT_FOUND')} subTitle={t('parts.stocktake.notFound')} extra={back} />;
  }
  if (error || !data?.stocktake) return <Alert type="error" showIcon message={partsError(t, error)} action={<Button onClick={() => refetch()}>{t('app.retry')}</Button>} />;
  const s = data.stocktake;
  const editable = can.manageStock(me);
  const onClosed = (e: unknown) => {
    setClosedNotice(partsError(t, e));
    void refetch();
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%', maxWidth: 1100 }} data-testid="stocktake" data-state={s.state}>
      {back}
      <Card size="small">
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          <Space size={8} wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>{t('parts.stocktake.heading', { number: s.number })}</Typography.Title>
            <StocktakeStateTag state={s.state} />
            {s.blind && <Tag icon={<EyeInvisibleOutlined />}>{t('parts.stocktake.blind')}</Tag>}
            <ScheduleTag onSchedule={s.onSchedule} />
          </Space>
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}
            items={[
              { key: 'location', label: t('parts.stocktake.location'), children: <Link to={`/parts?location=${s.locationId}`}>{locationLabel({ code: s.locationCode, name: s.locationName })}</Link> },
              { key: 'started', label: t('parts.stocktake.startedAt'), children: formatTime(s.startedAt) },
              ...(s.submittedAt ? [{ key: 'submitted', label: t('parts.stocktake.submittedAt'), children: formatTime(s.submittedAt) }] : []),
              ...(s.approvedAt ? [{ key: 'approved', label: t('parts.stocktake.approvedAt'), children: formatTime(s.approvedAt) }] : []),
            ]} />
          <Progress percent={s.lines.length ? Math.round((s.countedLines / s.lines.length) * 100) : 100} status={s.state === 'COUNTING' ? 'active' : 'normal'}
            format={() => t('parts.stocktake.progress', { counted: s.countedLines, total: s.lines.length })} data-testid="stocktake-progress" />
        </Space>
      </Card>
      {closedNotice && <Alert type="warning" showIcon message={closedNotice} closable onClose={() => setClosedNotice(undefined)} data-testid="stocktake-closed" />}
      {s.state === 'COUNTING'
        ? <Counting stocktake={s} editable={editable} onClosed={onClosed} />
        : <Review stocktake={s} editable={editable} onClosed={onClosed} />}
    </Space>
  );
}

function Counting({ stocktake: s, editable, onClosed }: { stocktake: Stocktake; editable: boolean; onClosed(e: unknown): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [values, setValues] = useState<Record<string, number | null>>(() => Object.fromEntries(s.lines.map((l) => [l.sku, l.counted ?? null])));
  const [saving, setSaving] = useState<Record<string, boolean>>({});
  const [failed, setFailed] = useState<Record<string, string>>({});
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const [record] = useMutation(RecordCountMutation);
  const [submit, { loading: submitting }] = useMutation(SubmitStocktakeMutation, { refetchQueries: [StocktakesQuery] });
  const [cancel, { loading: cancelling }] = useMutation(CancelStocktakeMutation, { refetchQueries: [StocktakesQuery] });

  // Lines counted elsewhere (another tablet) show up without overwriting what is being typed here.
  useEffect(() => {
    setValues((v) => ({ ...Object.fromEntries(s.lines.map((l) => [l.sku, l.counted ?? null])), ...Object.fromEntries(Object.entries(v).filter(([, n]) => n !== null)) }));
  }, [s.lines]);

  // Enter saves and moves on, which blurs: one request per figure, and submitting waits for it.
  const inFlight = useRef(new Map<string, { value: number; done: Promise<boolean> }>());
  const save = (line: Line): Promise<boolean> => {
    const value = values[line.sku];
    const running = inFlight.current.get(line.sku);
    if (running && running.value === value) return running.done;
    if (value == null || value === line.counted) return Promise.resolve(true);
    const done = (async () => {
      setSaving((x) => ({ ...x, [line.sku]: true }));
      setFailed(({ [line.sku]: _, ...rest }) => rest);
      try {
        await record({ variables: { id: s.id, sku: line.sku, counted: value } });
        return true;
      } catch (e) {
        if (isClosed(e)) onClosed(e);
        else setFailed((x) => ({ ...x, [line.sku]: partsError(t, e) }));
        return false;
      } finally {
        inFlight.current.delete(line.sku);
        setSaving(({ [line.sku]: _, ...rest }) => rest);
      }
    })();
    inFlight.current.set(line.sku, { value, done });
    return done;
  };

  const filled = s.lines.filter((l) => values[l.sku] != null).length;
  const finish = async () => {
    for (const line of s.lines) if (!(await save(line))) return;
    try {
      await submit({ variables: { id: s.id } });
      message.success(t('parts.stocktake.submitted'));
    } catch (e) {
      if (isClosed(e)) onClosed(e);
      else message.error(partsError(t, e), 8);
    }
  };
  const drop = async () => {
    try {
      await cancel({ variables: { id: s.id } });
      message.success(t('parts.stocktake.cancelled'));
    } catch (e) {
      if (isClosed(e)) onClosed(e);
      else message.error(partsError(t, e), 8);
    }
  };

  if (s.lines.length === 0) return <Card><Empty description={t('parts.stocktake.noLines')} /></Card>;
  return (
    <>
      <Typography.Text type="secondary">{s.blind ? t('parts.stocktake.blindHelp') : t('parts.stocktake.countHelp')}</Typography.Text>
      <Row gutter={[12, 12]} data-testid="count-lines">
        {s.lines.map((line, i) => {
          const counted = line.counted != null && values[line.sku] === line.counted;
          return (
            <Col key={line.sku} xs={24} md={12}>
              <Card size="small" data-testid="count-line" data-sku={line.sku} style={counted ? { borderColor: '#b7eb8f' } : undefined}>
                <Space direction="vertical" size={6} style={{ width: '100%' }}>
                  <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
                    <Space direction="vertical" size={0}>
                      <Typography.Text strong style={{ fontSize: 18 }}>{line.sku}</Typography.Text>
                      <Typography.Text type="secondary">{line.name}</Typography.Text>
                    </Space>
                    <Space direction="vertical" size={0} align="end">
                      {line.expected != null && <Typography.Text type="secondary" data-testid="book">{t('parts.stocktake.book', { count: line.expected })}</Typography.Text>}
                      {saving[line.sku] ? <LoadingOutlined /> : counted ? <Typography.Text type="success"><CheckCircleFilled /> {t('parts.stocktake.counted')}</Typography.Text> : <Typography.Text type="warning">{t('parts.stocktake.notCounted')}</Typography.Text>}
                    </Space>
                  </Space>
                  <InputNumber<number>
                    ref={(el) => { inputs.current[i] = el as unknown as HTMLInputElement | null; }}
                    size="large" min={0} max={1_000_000} precision={0} inputMode="numeric" enterKeyHint={i === s.lines.length - 1 ? 'done' : 'next'}
                    disabled={!editable} placeholder={t('parts.stocktake.count')} aria-label={`${line.sku} ${t('parts.stocktake.count')}`}
                    value={values[line.sku]} onChange={(v) => setValues((x) => ({ ...x, [line.sku]: v ?? null }))}
                    onBlur={() => void save(line)}
                    onPressEnter={() => { void save(line); inputs.current[i + 1]?.focus(); }}
                    status={failed[line.sku] ? 'error' : undefined}
                    style={{ width: '100%', fontSize: 28 }} data-testid="count-input" />
                  {failed[line.sku] && <Typography.Text type="danger" data-testid="count-error">{failed[line.sku]}</Typography.Text>}
                </Space>
              </Card>
            </Col>
          );
        })}
      </Row>
      {editable && (
        <Card size="small">
          <Space direction="vertical" size={10} style={{ width: '100%' }}>
            {filled < s.lines.length && <Typography.Text type="secondary" data-testid="uncounted-hint">{t('parts.stocktake.uncounted', { count: s.lines.length - filled })}</Typography.Text>}
            <Popconfirm title={t('parts.stocktake.submitConfirm')} okText={t('parts.stocktake.submit')} cancelText={t('common.cancel')} onConfirm={finish} disabled={filled < s.lines.length}>
              <Button type="primary" size="large" block style={{ height: 56, fontSize: 18 }} loading={submitting} disabled={filled < s.lines.length} data-testid="submit-stocktake">{t('parts.stocktake.submit')}</Button>
            </Popconfirm>
            <Popconfirm title={t('parts.stocktake.cancelConfirm')} okText={t('parts.stocktake.cancel')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={drop}>
              <Button size="large" block danger loading={cancelling} data-testid="cancel-stocktake">{t('parts.stocktake.cancel')}</Button>
            </Popconfirm>
          </Space>
        </Card>
      )}
    </>
  );
}

function Review({ stocktake: s, editable, onClosed }: { stocktake: Stocktake; editable: boolean; onClosed(e: unknown): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [approving, setApproving] = useState(false);
  const [note, setNote] = useState('');
  const [approve, { loading: approvingNow }] = useMutation(ApproveStocktakeMutation, { refetchQueries: [StocktakesQuery] });
  const [cancel, { loading: cancelling }] = useMutation(CancelStocktakeMutation, { refetchQueries: [StocktakesQuery] });
  const differing = s.lines.filter((l) => (l.variance ?? 0) !== 0);
  const total = s.totalVarianceValue ?? 0;

  const run = async (what: 'approve' | 'cancel') => {
    try {
      if (what === 'approve') await approve({ variables: { id: s.id, note: note.trim() || null } });
      else await cancel({ variables: { id: s.id } });
      message.success(t(what === 'approve' ? 'parts.stocktake.approved' : 'parts.stocktake.cancelled'));
      setApproving(false);
    } catch (e) {
      setApproving(false);
      if (isClosed(e)) onClosed(e);
      else message.error(partsError(t, e), 8);
    }
  };

  return (
    <>
      {s.state === 'APPROVED' && <Alert type="success" showIcon message={t('parts.stocktake.approvedInfo')} action={<Link to={`/parts?location=${s.locationId}`}>{t('parts.stocktake.viewStock')}</Link>} data-testid="stocktake-approved" />}
      {s.state === 'CANCELLED' && <Alert type="info" showIcon message={t('parts.stocktake.cancelledInfo')} />}
      <Card size="small" title={t('parts.stocktake.review')} data-testid="variance-review">
        <Space size={32} wrap style={{ marginBottom: 12 }}>
          <Statistic title={t('parts.stocktake.differing')} value={differing.length} suffix={`/ ${s.lines.length}`} />
          <Statistic title={t('parts.stocktake.totalVariance')} value={formatFen(total)} valueStyle={{ color: total < 0 ? RED : total > 0 ? GREEN : undefined }} data-testid="total-variance" />
        </Space>
        <Table<Line>
          rowKey="sku" size="middle" dataSource={s.lines} pagination={false} scroll={{ x: 'max-content' }} data-testid="variance-table"
          onRow={(l) => ({ 'data-sku': l.sku, style: (l.variance ?? 0) < 0 ? { background: '#fff1f0' } : (l.variance ?? 0) > 0 ? { background: '#f6ffed' } : undefined }) as never}
          columns={[
            { key: 'part', title: t('parts.field.part'), render: (_, l) => <Space direction="vertical" size={0}><Typography.Text strong>{l.sku}</Typography.Text><Typography.Text type="secondary" style={{ fontSize: 12 }}>{l.name}</Typography.Text></Space> },
            { key: 'expected', title: t('parts.stocktake.expected'), align: 'right', render: (_, l) => l.expected ?? '—' },
            { key: 'counted', title: t('parts.stocktake.countedColumn'), align: 'right', render: (_, l) => l.counted ?? '—' },
            {
              key: 'variance', title: t('parts.stocktake.variance'), align: 'right',
              render: (_, l) => (l.variance == null ? '—' : <Typography.Text strong style={{ color: l.variance < 0 ? RED : l.variance > 0 ? GREEN : undefined }} data-testid="variance">{signed(l.variance)}</Typography.Text>),
            },
            {
              key: 'value', title: t('parts.stocktake.varianceValue'), align: 'right',
              render: (_, l) => (l.varianceValue == null ? '—' : <span style={{ color: l.varianceValue < 0 ? RED : l.varianceValue > 0 ? GREEN : undefined }} data-testid="variance-value">{formatFen(l.varianceValue)}</span>),
            },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={4}><Typography.Text strong>{t('parts.stocktake.totalVariance')}</Typography.Text></Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right"><Typography.Text strong style={{ color: total < 0 ? RED : total > 0 ? GREEN : undefined }}>{formatFen(total)}</Typography.Text></Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
        {differing.length === 0 && <Typography.Text type="success">{t('parts.stocktake.noVariance')}</Typography.Text>}
      </Card>
      {editable && s.state === 'SUBMITTED' && (
        <Card size="small">
          <Space direction="vertical" size={10} style={{ width: '100%' }}>
            <Typography.Text type="secondary">{t('parts.stocktake.approveHelp')}</Typography.Text>
            <Button type="primary" size="large" block style={{ height: 56, fontSize: 18 }} onClick={() => setApproving(true)} data-testid="approve-stocktake">{t('parts.stocktake.approve')}</Button>
            <Popconfirm title={t('parts.stocktake.cancelConfirm')} okText={t('parts.stocktake.cancel')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={() => run('cancel')}>
              <Button size="large" block danger loading={cancelling} data-testid="cancel-stocktake">{t('parts.stocktake.cancel')}</Button>
            </Popconfirm>
          </Space>
        </Card>
      )}
      <Modal open={approving} title={t('parts.stocktake.approveTitle', { number: s.number })} onCancel={() => setApproving(false)} onOk={() => run('approve')} confirmLoading={approvingNow}
        okText={t('parts.stocktake.approve')} cancelText={t('common.cancel')} okButtonProps={{ 'data-testid': 'approve-submit' } as never}>
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Text>{t('parts.stocktake.approveSummary', { count: differing.length, value: formatFen(total) })}</Typography.Text>
          <Input.TextArea rows={3} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('parts.stocktake.notePlaceholder')} data-testid="approve-note" />
        </Space>
      </Modal>
    </>
  );
}
