import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Col, Empty, Form, Input, InputNumber, Row, Select, Skeleton, Space, Switch, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DispatchSettingsQuery, SaveDispatchSettingsMutation, TenantUsersQuery } from '../api/operations';
import { errorMessage, fieldIssues, issueMessage, namePath, type FieldIssue } from '../api/errors';
import { WeekEditor } from '../components/WeekEditor';
import type { DispatchSettingsFieldsFragment } from '../gql/graphql';

type Interval = { start: number; end: number };
type Part = { sku: string; name: string; unitPrice: number };
/** The form holds money in yuan (元, two decimals); the API in fen (分). */
type Values = {
  leadUserId?: string | null;
  reassignWhenLate: boolean;
  depotWeek: Interval[][];
  priceList: { callOutFee: number; depotFee: number; labourPerHour: number; labourStepMinutes: number; parts: Part[] };
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
      parts: s.priceList.parts.map((p) => ({ sku: p.sku, name: p.name, unitPrice: toYuan(p.unitPrice) })),
    },
  };
}

/**
 * 派单设置 (tenant admin): the lead (调度主管) breached commitments are raised to, whether a job not
 * accepted in time goes to someone else, the depot's working week, and the price list out-of-warranty
 * work is charged by. The server's issues land on the fields they name.
 */
export function DispatchSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data, loading, error, refetch } = useQuery(DispatchSettingsQuery);
  const users = useQuery(TenantUsersQuery).data?.tenantUsers;
  const [save, { loading: saving }] = useMutation(SaveDispatchSettingsMutation, { refetchQueries: [DispatchSettingsQuery] });
  const [failure, setFailure] = useState<string>();
  const [weekError, setWeekError] = useState<string>();
  // Errors the server's "SKU twice" put on the parts: they go as soon as the parts change.
  const duplicateMarks = useRef<(string | number)[][]>([]);
  // Paths into lists (`['priceList', 'parts', 2, 'sku']`) are wider than the form's typed names.
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

  const showIssues = (issues: FieldIssue[], values: Values) => {
    const fields: { name: (string | number)[]; errors: string[] }[] = [];
    for (const issue of issues) {
      if (issue.field === 'priceList.parts' && issue.reason === 'duplicate') {
        const skus = values.priceList.parts.map((p) => p?.sku?.trim());
        const marks: (string | number)[][] = [['priceList', 'parts']];
        skus.forEach((sku, i) => {
          if (sku && skus.indexOf(sku) !== skus.lastIndexOf(sku)) marks.push(['priceList', 'parts', i, 'sku']);
        });
        duplicateMarks.current = marks;
        for (const name of marks) fields.push({ name, errors: [name.length === 2 ? t('dispatchSettings.duplicateParts') : t('dispatchSettings.duplicateSku', { sku: skus[name[2] as number] })] });
      } else if (/^depotWeek\.\d+$/.test(issue.field)) {
        fields.push({ name: namePath(issue.field), errors: [t('dispatchSettings.endsBeforeStart')] });
      } else if (issue.field === 'depotWeek') {
        setWeekError(t('dispatchSettings.noWorkingDay'));
      } else {
        // `priceList.parts.2.sku` → the SKU of the third part; the label is the page's own (`dispatchSettings.sku`).
        const name = namePath(issue.field);
        const last = String([...name].reverse().find((s) => typeof s === 'string') ?? issue.field);
        fields.push({ name, errors: [issueMessage(t, { ...issue, field: `dispatchSettings.${last === 'name' ? 'partName' : last}` })] });
      }
    }
    setErrors(fields);
  };

  const clearDuplicateMarks = () => {
    if (duplicateMarks.current.length === 0) return;
    setErrors(duplicateMarks.current.map((name) => ({ name, errors: [] })));
    duplicateMarks.current = [];
  };

  const submit = async () => {
    setFailure(undefined);
    setWeekError(undefined);
    // What the server said last time is checked again now.
    setErrors(form.getFieldsError().filter((f) => f.errors.length > 0).map((f) => ({ name: f.name, errors: [] })));
    duplicateMarks.current = [];
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
        parts: (v.priceList.parts ?? []).map((p) => ({ sku: p.sku.trim(), name: p.name.trim(), unitPrice: toFen(p.unitPrice) })),
      },
    };
    try {
      const saved = await save({ variables: { input } });
      form.setFieldsValue(toValues(saved.data!.saveDispatchSettings));
      message.success(t('dispatchSettings.saved'));
    } catch (e) {
      showIssues(fieldIssues(e), v);
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
        if (changed.priceList?.parts) clearDuplicateMarks();
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
          <Typography.Text strong>{t('dispatchSettings.parts')}</Typography.Text>
          <Form.List name={['priceList', 'parts']}>
            {(fields, { add, remove }, { errors }) => (
              <>
                <Table
                  size="small"
                  rowKey="key"
                  pagination={false}
                  dataSource={fields}
                  scroll={{ x: 'max-content' }}
                  data-testid="price-parts"
                  style={{ marginTop: 8 }}
                  locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dispatchSettings.noParts')} /> }}
                  columns={[
                    {
                      key: 'sku', title: t('dispatchSettings.sku'), width: 180,
                      render: (_, field) => (
                        <Form.Item name={[field.name, 'sku']} style={{ margin: 0 }} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('dispatchSettings.sku') }) }]}>
                          <Input maxLength={40} data-testid={`part-sku-${field.name}`} aria-label={t('dispatchSettings.sku')} />
                        </Form.Item>
                      ),
                    },
                    {
                      key: 'name', title: t('dispatchSettings.partName'),
                      render: (_, field) => (
                        <Form.Item name={[field.name, 'name']} style={{ margin: 0 }} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('dispatchSettings.partName') }) }]}>
                          <Input maxLength={80} style={{ minWidth: 200 }} data-testid={`part-name-${field.name}`} aria-label={t('dispatchSettings.partName')} />
                        </Form.Item>
                      ),
                    },
                    {
                      key: 'unitPrice', title: t('dispatchSettings.unitPrice'), width: 150,
                      render: (_, field) => (
                        <Form.Item name={[field.name, 'unitPrice']} style={{ margin: 0 }} rules={required(t('dispatchSettings.unitPrice'))}>
                          <InputNumber min={0} max={1_000_000} precision={2} style={{ width: 130 }} data-testid={`part-price-${field.name}`} aria-label={t('dispatchSettings.unitPrice')} />
                        </Form.Item>
                      ),
                    },
                    {
                      key: 'remove', title: '', width: 48,
                      render: (_, field) => <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} data-testid={`part-remove-${field.name}`} />,
                    },
                  ]}
                />
                <Form.ErrorList errors={errors} />
                <Space style={{ marginTop: 8 }}>
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ sku: '', name: '', unitPrice: 0 })} data-testid="add-part">{t('dispatchSettings.addPart')}</Button>
                </Space>
              </>
            )}
          </Form.List>
        </Card>
        <div style={{ marginTop: 16 }}>{saveButton}</div>
      </Card>
    </Form>
  );
}
