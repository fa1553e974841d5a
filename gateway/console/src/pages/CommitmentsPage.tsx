import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Skeleton, Space, Switch, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CommitmentsQuery, PreviewCommitmentsQuery, UpdateCommitmentsMutation } from '../api/operations';
import { errorMessage, fieldIssues } from '../api/errors';
import { useMe } from '../auth/session';
import { DurationInput, formatDuration } from '../components/duration';
import { formatInZone, wallToInstant } from '../components/zoned';
import { DEFAULT_TIME_ZONE } from '@shouhou/contracts';
import { RegionsEditor } from '../components/RegionsEditor';
import { WeekEditor } from '../components/WeekEditor';
import { useLanguage } from '../i18n/LocaleProvider';

/** The commitments a tenant publishes, in the order the form shows them: [form path, label key]. */
const DURATIONS: [string[], string][] = [
  [['firstResponse'], 'firstResponse'], [['dispatch'], 'dispatch'],
  [['arrival', 'city'], 'city'], [['arrival', 'suburb'], 'suburb'], [['arrival', 'inProvince'], 'inProvince'],
  [['arrival', 'outOfProvince'], 'outOfProvince'], [['arrival', 'remote'], 'remote'], [['emergencyArrival'], 'emergencyArrival'],
  [['repair', 'ordinary'], 'ordinary'], [['repair', 'complex'], 'complex'],
  [['complaint', 'contact'], 'contact'], [['complaint', 'plan'], 'plan'], [['complaint', 'verification'], 'verification'],
  [['followUp'], 'followUpAfter'],
];
const GROUPS: [string, string[]][] = [
  ['response', ['firstResponse', 'dispatch']],
  ['arrival', ['city', 'suburb', 'inProvince', 'outOfProvince', 'remote', 'emergencyArrival']],
  ['repair', ['ordinary', 'complex']],
  ['complaint', ['contact', 'plan', 'verification']],
  ['followUp', ['followUpAfter']],
];
const TARGETS = ['satisfaction', 'onTimeArrival', 'firstTimeFix', 'complaintResolution'];

/** Apollo adds __typename to what it reads; inputs must not carry it. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === '__typename' ? undefined : v)));
}
const get = (obj: any, path: string[]) => path.reduce((o, k) => o?.[k], obj);

/** 服务承诺: the tenant admin edits commitments and the calendar, sees due times live, publishes a version. */
export function CommitmentsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm();
  const { data, loading, error, refetch } = useQuery(CommitmentsQuery);
  const [save, { loading: saving }] = useMutation(UpdateCommitmentsMutation);
  const [runPreview, preview] = useLazyQuery(PreviewCommitmentsQuery, { fetchPolicy: 'network-only' });
  const [failure, setFailure] = useState<string>();
  const [receivedAt, setReceivedAt] = useState(() => dayjs().format('YYYY-MM-DD HH:mm'));
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const timeZone: string = Form.useWatch(['calendar', 'timeZone'], form) ?? DEFAULT_TIME_ZONE;

  const refreshPreview = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const values = form.getFieldsValue(true);
      if (!values?.policy || !values?.calendar) return;
      const durations = DURATIONS.map(([path, key]) => ({ key, duration: get(values.policy, path) })).filter((d) => d.duration?.amount > 0);
      void runPreview({ variables: { calendar: values.calendar, from: new Date(wallToInstant(receivedAt, values.calendar.timeZone)).toISOString(), durations } });
    }, 300);
  }, [form, receivedAt, runPreview]);

  useEffect(() => {
    if (data) {
      form.setFieldsValue(plain({ policy: data.commitments.policy, calendar: data.commitments.calendar, regions: data.commitments.regions }));
      refreshPreview();
    }
  }, [data, form, refreshPreview]);

  useEffect(() => refreshPreview(), [receivedAt, refreshPreview]);

  const dues = useMemo(() => new Map(preview.data?.previewCommitments.map((p) => [p.key, p.dueAt]) ?? []), [preview.data]);

  const publish = async () => {
    setFailure(undefined);
    const values = plain(await form.validateFields());
    try {
      const r = await save({ variables: { policy: values.policy, calendar: values.calendar, regions: values.regions } });
      message.success(t('commitments.saved', { version: r.data!.updateCommitments.version }));
      void refetch();
    } catch (e) {
      const issues = fieldIssues(e);
      form.setFields(issues.map((i) => ({ name: i.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), errors: [i.message] })));
      setFailure(issues.length ? `${errorMessage(t, e)} ${issues.map((i) => i.message).join('；')}` : errorMessage(t, e));
    }
  };

  if (loading && !data) return <Card><Skeleton active /></Card>;
  if (error) return <Alert type="error" showIcon message={errorMessage(t, error)} />;
  const current = data!.commitments;

  return (
    <Form form={form} layout="vertical" onValuesChange={refreshPreview} data-testid="commitments-form">
      <Card
        title={<Typography.Title level={4} style={{ margin: 0 }}>{t('commitments.title')}</Typography.Title>}
        extra={
          <Space wrap>
            <Tag data-testid="commitments-version">{current.version ? t('commitments.version', { version: current.version }) : t('commitments.defaults')}</Tag>
            <Button icon={<LinkOutlined />} href={`/p/${me.tenant!.code}`} target="_blank">{t('commitments.publicPage')}</Button>
            <Button type="primary" loading={saving} onClick={publish} data-testid="publish-commitments">{t('commitments.save')}</Button>
          </Space>
        }
      >
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            {GROUPS.map(([group, keys]) => (
              <Card key={group} size="small" title={t(`commitments.${group}`)} style={{ marginBottom: 16 }}>
                <Row gutter={16}>
                  {keys.map((key) => {
                    const [path] = DURATIONS.find(([, k]) => k === key)!;
                    return (
                      <Col xs={24} md={12} key={key}>
                        <Form.Item name={['policy', ...path]} label={t(`commitments.${key}`)} data-testid={`duration-${key}`}>
                          <DurationInput />
                        </Form.Item>
                      </Col>
                    );
                  })}
                </Row>
              </Card>
            ))}
            <Card size="small" title={t('commitments.targets')} style={{ marginBottom: 16 }}>
              <Row gutter={16}>
                {TARGETS.map((k) => (
                  <Col xs={12} md={6} key={k}>
                    <Form.Item name={['policy', 'targets', k]} label={t(`commitments.${k}`)} rules={[{ required: true }]}>
                      <InputNumber min={0} max={100} addonAfter="%" style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </Card>
            <WarrantyRules />
            <RegionsEditor />
            <CalendarEditor />
          </Col>
          <Col xs={24} xl={9}>
            <Card size="small" title={t('commitments.preview')} style={{ position: 'sticky', top: 16 }} data-testid="commitments-preview">
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text type="secondary">{t('commitments.receivedAt')} ({timeZone})</Typography.Text>
                <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" allowClear={false} style={{ width: '100%' }}
                  value={dayjs(receivedAt, 'YYYY-MM-DD HH:mm')} data-testid="preview-received"
                  onChange={(v) => v && setReceivedAt(v.format('YYYY-MM-DD HH:mm'))} onOk={() => refreshPreview()} />
                <Table size="small" pagination={false} rowKey="key" loading={preview.loading}
                  dataSource={DURATIONS.map(([path, key]) => ({ key, duration: get(form.getFieldValue('policy'), path) }))}
                  columns={[
                    { key: 'what', title: '', render: (_, r) => t(`commitments.${r.key}`) },
                    { key: 'duration', title: '', render: (_, r) => (r.duration ? formatDuration(t, r.duration) : '—') },
                    { key: 'due', title: t('commitments.due'), render: (_, r) => <span data-testid={`due-${r.key}`}>{dues.get(r.key) ? formatInZone(dues.get(r.key)!, timeZone, language) : '—'}</span> },
                  ]} />
              </Space>
            </Card>
          </Col>
        </Row>
      </Card>
    </Form>
  );
}

function WarrantyRules() {
  const { t } = useTranslation();
  const cols = ['returnDays', 'exchangeDays', 'repairWarrantyMonths', 'partsWarrantyMonths'];
  return (
    <Card size="small" title={t('commitments.warranty')} style={{ marginBottom: 16 }}>
      <Form.List name={['policy', 'warranty']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row gutter={8} key={field.key} align="bottom">
                <Col xs={24} md={6}>
                  <Form.Item name={[field.name, 'productCategory']} label={t('commitments.productCategory')} rules={[{ required: true, whitespace: true }]}>
                    <Input maxLength={60} />
                  </Form.Item>
                </Col>
                {cols.map((c) => (
                  <Col xs={12} md={4} key={c}>
                    <Form.Item name={[field.name, c]} label={t(`commitments.${c}`)} rules={[{ required: true }]}>
                      <InputNumber min={0} max={c.endsWith('Days') ? 365 : 120} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                ))}
                <Col xs={24} md={2}>
                  <Form.Item><Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="remove" /></Form.Item>
                </Col>
              </Row>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ productCategory: '', returnDays: 7, exchangeDays: 15, repairWarrantyMonths: 12, partsWarrantyMonths: 12 })}>{t('commitments.addRule')}</Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

function CalendarEditor() {
  const { t } = useTranslation();
  const dates = {
    getValueProps: (v?: string[]) => ({ value: (v ?? []).map((d) => dayjs(d)) }),
    normalize: (v?: Dayjs[]) => (v ?? []).map((d) => d.format('YYYY-MM-DD')).sort(),
  };
  return (
    <Card size="small" title={t('commitments.calendar')}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['calendar', 'timeZone']} label={t('commitments.timeZone')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['calendar', 'nationalCalendar']} label={t('commitments.nationalCalendar')}
            getValueProps={(v) => ({ checked: v === 'CN' })} normalize={(checked: boolean) => (checked ? 'CN' : null)}>
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <WeekEditor name={['calendar', 'week']} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['calendar', 'closures']} label={t('commitments.closures')} {...dates}>
            <DatePicker multiple style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['calendar', 'extraWorkdays']} label={t('commitments.extraWorkdays')} {...dates}>
            <DatePicker multiple style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
