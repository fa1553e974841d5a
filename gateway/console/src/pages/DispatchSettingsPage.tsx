import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Select, Skeleton, Switch, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DispatchSettingsQuery, SaveDispatchSettingsMutation, TenantUsersQuery } from '../api/operations';
import { errorMessage, fieldIssues, issueMessage, namePath, type FieldIssue } from '../api/errors';
import { can, useMe } from '../auth/session';
import { WeekEditor } from '../components/WeekEditor';
import type { DispatchSettingsFieldsFragment } from '../gql/graphql';

type Interval = { start: number; end: number };
/** The form holds money in yuan (元, two decimals); the API in fen (分). */
type Values = {
  leadUserId?: string | null;
  reassignWhenLate: boolean;
  depotWeek: Interval[][];
  priceList: { callOutFee: number; depotFee: number; labourPerHour: number; labourStepMinutes: number };
};

const toYuan = (fen: number) => fen / 100;
const toFen = (yuan: number) => Math.round(Number(yuan) * 100);
const MONEY = ['callOutFee', 'depotFee', 'labourPerHour'] as const;

function toValues(s: DispatchSettingsFieldsFragment): Values {
  return {
    leadUserId: s.leadUserId ?? null,
    reassignWhenLate: s.reassignWhenLate,
    depotWeek: s.depotWeek.map((day) => day.map(({ start, end }) => ({ start, end }))),
    priceList: {
      callOutFee: toYuan(s.priceList.callOutFee),
      depotFee: toYuan(s.priceList.depotFee),
      labourPerHour: toYuan(s.priceList.labourPerHour),
      labourStepMinutes: s.priceList.labourStepMinutes,
    },
  };
}

/**
 * 派单设置 (tenant admin): the lead (调度主管) breached commitments are raised to, whether a job not
 * accepted in time goes to someone else, the depot's working week, and the fees and labour rate
 * out-of-warranty work is charged by (parts by their price in the parts catalog). The server's issues
 * land on the fields they name.
 */
export function DispatchSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const { data, loading, error, refetch } = useQuery(DispatchSettingsQuery);
  const users = useQuery(TenantUsersQuery).data?.tenantUsers;
  const [save, { loading: saving }] = useMutation(SaveDispatchSettingsMutation, { refetchQueries: [DispatchSettingsQuery] });
  const [failure, setFailure] = useState<string>();
  const [weekError, setWeekError] = useState<string>();
  // Paths into lists (`['depotWeek', 2]`) are wider than the form's typed names.
  const setErrors = (fields: { name: (string | number)[]; errors: string[] }[]) => form.setFields(fields as unknown as Parameters<typeof form.setFields>[0]);
  const settings = data?.dispatchSettings;

  useEffect(() => {
    if (settings) form.setFieldsValue(toValues(settings));
  }, [settings, form]);

  // Dispatchers first: the lead is normally one of them.
  const leadOptions = useMemo(() => {
    const options = [...(users ?? [])]
      .sort((a, b) => Number(b.roles.includes('DISPATCHER')) - Number(a.roles.includes('DISPATCHER')) || (a.name || a.username).localeCompare(b.name || b.username, 'zh-CN'))
      .map((u) => ({ value: u.id, label: `${u.name || u.username} (${u.username}) · ${u.roles.map((r) => t(`role.${r}`)).join('、')}`, name: u.name || u.username }));
    // A lead saved earlier who is no longer listed keeps their name.
    if (settings?.leadUserId && !options.some((o) => o.value === settings.leadUserId)) {
      options.unshift({ value: settings.leadUserId, label: settings.leadName ?? settings.leadUserId, name: settings.leadName ?? settings.leadUserId });
    }
    return options;
  }, [users, settings, t]);

  const showIssues = (issues: FieldIssue[]) => {
    const fields: { name: (string | number)[]; errors: string[] }[] = [];
    for (const issue of issues) {
      if (/^depotWeek\.\d+$/.test(issue.field)) {
        fields.push({ name: namePath(issue.field), errors: [t('dispatchSettings.endsBeforeStart')] });
      } else if (issue.field === 'depotWeek') {
        setWeekError(t('dispatchSettings.noWorkingDay'));
      } else {
        // `priceList.labourPerHour` → the page's own label (`dispatchSettings.labourPerHour`).
        const last = issue.field.split('.').pop()!;
        fields.push({ name: namePath(issue.field), errors: [issueMessage(t, { ...issue, field: `dispatchSettings.${last}` })] });
      }
    }
    setErrors(fields);
  };

  const submit = async () => {
    setFailure(undefined);
    setWeekError(undefined);
    // What the server said last time is checked again now.
    setErrors(form.getFieldsError().filter((f) => f.errors.length > 0).map((f) => ({ name: f.name, errors: [] })));
    const v = await form.validateFields();
    const lead = leadOptions.find((o) => o.value === v.leadUserId);
    const input = {
      leadUserId: v.leadUserId || null,
      leadName: v.leadUserId ? lead?.name ?? null : null,
      reassignWhenLate: !!v.reassignWhenLate,
      depotWeek: v.depotWeek.map((day) => (day ?? []).filter(Boolean).map(({ start, end }) => ({ start, end }))),
      priceList: {
        ...Object.fromEntries(MONEY.map((k) => [k, toFen(v.priceList[k])])) as Record<(typeof MONEY)[number], number>,
        labourStepMinutes: v.priceList.labourStepMinutes,
      },
    };
    try {
      const saved = await save({ variables: { input } });
      form.setFieldsValue(toValues(saved.data!.saveDispatchSettings));
      message.success(t('dispatchSettings.saved'));
    } catch (e) {
      showIssues(fieldIssues(e));
      setFailure(errorMessage(t, e));
    }
  };

  if (loading && !data) return <Card><Skeleton active /></Card>;
  if (error || !settings) return <Alert type="error" showIcon message={errorMessage(t, error)} action={<Button size="small" onClick={() => refetch()}>{t('app.retry')}</Button>} />;

  const required = (label: string) => [{ required: true, message: t('errors.required', { field: label }) }];
  const saveButton = <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={submit} data-testid="save-dispatch-settings">{t('dispatchSettings.save')}</Button>;
  return (
    <Form<Values> form={form} layout="vertical" data-testid="dispatch-settings-form" style={{ maxWidth: 960 }}
      onValuesChange={(changed: Partial<Values>) => {
        setFailure(undefined);
        if (changed.depotWeek) setWeekError(undefined);
      }}>
      <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('dispatchSettings.title')}</Typography.Title>} extra={saveButton}>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="dispatch-settings-error" />}
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="leadUserId" label={t('dispatchSettings.lead')} extra={t('dispatchSettings.leadHelp')}>
              <Select allowClear showSearch optionFilterProp="label" options={leadOptions} placeholder={t('dispatchSettings.leadPlaceholder')} data-testid="dispatch-lead" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="reassignWhenLate" label={t('dispatchSettings.reassignWhenLate')} extra={t('dispatchSettings.reassignHelp')} valuePropName="checked">
              <Switch data-testid="reassign-late" />
            </Form.Item>
          </Col>
        </Row>

        <Card size="small" title={t('dispatchSettings.depotWeek')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('dispatchSettings.depotWeekHelp')}</Typography.Paragraph>
          <WeekEditor name={['depotWeek']} testId="depot-week" />
          {weekError && <Typography.Text type="danger" data-testid="depot-week-error">{weekError}</Typography.Text>}
        </Card>

        <Card size="small" title={t('dispatchSettings.priceList')}>
          <Typography.Paragraph type="secondary">{t('dispatchSettings.priceListHelp')}</Typography.Paragraph>
          <Row gutter={16}>
            {MONEY.map((k) => (
              <Col xs={12} md={6} key={k}>
                <Form.Item name={['priceList', k]} label={t(`dispatchSettings.${k}`)} rules={required(t(`dispatchSettings.${k}`))}>
                  <InputNumber min={0} max={1_000_000} precision={2} step={1} addonAfter={t('dispatchSettings.yuan')} style={{ width: '100%' }} data-testid={`price-${k}`} />
                </Form.Item>
              </Col>
            ))}
            <Col xs={12} md={6}>
              <Form.Item name={['priceList', 'labourStepMinutes']} label={t('dispatchSettings.labourStepMinutes')} rules={required(t('dispatchSettings.labourStepMinutes'))}>
                <InputNumber min={1} max={240} precision={0} addonAfter={t('dispatchSettings.minutes')} style={{ width: '100%' }} data-testid="price-labourStepMinutes" />
              </Form.Item>
            </Col>
          </Row>
          <Alert type="info" showIcon data-testid="parts-by-catalog"
            message={<>{t('dispatchSettings.partsByCatalog')}{can.manageStock(me) && <> <Link to="/parts/catalog" data-testid="parts-catalog-link">{t('dispatchSettings.openCatalog')}</Link></>}</>} />
        </Card>
        <div style={{ marginTop: 16 }}>{saveButton}</div>
      </Card>
    </Form>
  );
}
