import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import {
  Alert, App, Button, Card, Cascader, Checkbox, Col, DatePicker, Divider, Empty, Form, Input, InputNumber, Modal, Radio, Row, Select, Space, Table, Tag, TimePicker, Typography, type FormInstance,
} from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TFunction } from 'i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { ALWAYS_WORKING, TechnicianInput } from '@shouhou/contracts';
import { SaveTechnicianMutation, TechniciansQuery, TenantUsersQuery } from '../api/operations';
import { useCompanyToday } from '../components/useCompanyToday';
import { errorMessage, fieldIssues, issueMessage, namePath } from '../api/errors';
import { can, useMe } from '../auth/session';
import { COUNTY_OPTIONS, pathOf, placeOf } from '../components/divisions';
import { DutyTag, LoadBar, shiftText, useCategories } from '../components/dispatch';
import type { TechnicianFieldsFragment, TechnicianStatus, WorkingCalendar } from '../gql/graphql';

type Technician = TechnicianFieldsFragment;
/** A field of the form with its errors, as `form.setFields` takes it. */
type FieldErrors = Parameters<FormInstance<Values>['setFields']>[0][number];
type CalendarValues = {
  weekdays: number[];
  hours: { from?: Dayjs | null; to?: Dayjs | null };
  leave: { range?: [Dayjs | null, Dayjs | null] | null; reason?: string }[];
};
type Values = {
  userId: string; name: string; phone?: string; skills: string[]; regions: string[][];
  lat: number; lng: number; dailyCapacity: number; status: TechnicianStatus; calendar: CalendarValues;
};
const STATUSES: TechnicianStatus[] = ['AVAILABLE', 'OFF_DUTY', 'ON_LEAVE'];
const statusColor: Record<TechnicianStatus, string> = { AVAILABLE: 'green', OFF_DUTY: 'default', ON_LEAVE: 'orange' };
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const TIME = 'HH:mm';
const DATE = 'YYYY-MM-DD';
/** The 今日 column: on duty, day off or on leave; the shift; and leave that has not ended yet. */
function TodayCell({ technician, today }: { technician: Technician; today: string }) {
  const { t } = useTranslation();
  const coming = technician.calendar.leave.filter((l) => l.to >= today).sort((a, b) => a.from.localeCompare(b.from));
  const day = (d: string) => (d.slice(0, 4) === today.slice(0, 4) ? d.slice(5) : d);
  return (
    <Space direction="vertical" size={2} data-testid="technician-today">
      <Space size={6} wrap>
        <DutyTag duty={technician.dutyToday} />
        <Typography.Text style={{ fontSize: 12 }} data-testid="technician-shift">{shiftText(t, technician.calendar)}</Typography.Text>
      </Space>
      {coming.map((l) => (
        <Typography.Text key={`${l.from}${l.to}`} type="secondary" style={{ fontSize: 12 }} data-testid="technician-leave">
          {t('technicians.calendar.leaveLine', { from: day(l.from), to: day(l.to), reason: l.reason || t('technicians.calendar.leave') })}
        </Typography.Text>
      ))}
    </Space>
  );
}

/** The calendar's field issues (client or server) as sentences, on the form's fields: `calendar.leave.0.to` → the leave's date range. */
function calendarIssue(t: TFunction, issue: { field: string; reason: string; max?: number }): FieldErrors {
  const path = namePath(issue.field);
  const [, part, index, leaf] = path;
  if (part === 'weekdays') return { name: ['calendar', 'weekdays'], errors: [t('technicians.calendar.weekdaysRequired')] };
  if (part === 'hours') {
    const field = leaf === undefined ? index : leaf;
    const reason = issue.reason === 'custom' ? 'shiftOrder' : 'hoursRequired';
    return { name: ['calendar', 'hours', field === 'from' ? 'from' : 'to'], errors: [t(`technicians.calendar.${reason}`)] };
  }
  if (part === 'leave' && typeof index === 'number') {
    if (leaf === 'reason') return { name: ['calendar', 'leave', index, 'reason'], errors: [issueMessage(t, { field: 'reason', reason: issue.reason, max: issue.max ?? 60 })] };
    return { name: ['calendar', 'leave', index, 'range'], errors: [t(issue.reason === 'custom' && leaf === 'to' ? 'technicians.calendar.leaveOrder' : 'technicians.calendar.leaveRequired')] };
  }
  if (part === 'leave') return { name: ['calendar', 'leave'], errors: [t('technicians.calendar.tooManyLeave')] };
  return { name: ['calendar', 'weekdays'], errors: [issueMessage(t, { field: 'calendar', reason: issue.reason, max: issue.max })] };
}

/** 技术员: who may be sent, for what (skills = the catalog's categories), where (GB/T 2260 prefixes), how much a day. */
export function TechniciansPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(TechniciansQuery);
  const [editing, setEditing] = useState<Technician | 'new'>();
  const technicians = data?.technicians ?? [];
  const { today } = useCompanyToday();
  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('technicians.title')}</Typography.Title>}
      extra={
        <Space wrap>
          <Link to="/dispatch"><Button icon={<ArrowLeftOutlined />}>{t('technicians.back')}</Button></Link>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-technician">{t('technicians.add')}</Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon message={errorMessage(t, error)} style={{ marginBottom: 16 }} action={<Button size="small" onClick={() => refetch()}>{t('app.retry')}</Button>} />}
      <Table<Technician>
        rowKey="id"
        size="middle"
        data-testid="technicians-table"
        loading={loading && !data}
        dataSource={technicians}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('technicians.empty')} /> }}
        columns={[
          { key: 'name', title: t('field.name'), render: (_, x) => <Space direction="vertical" size={0}><Typography.Text strong>{x.name}</Typography.Text><Typography.Text type="secondary">{x.phone}</Typography.Text></Space> },
          { key: 'status', title: t('technicians.status'), render: (_, x) => <Tag color={statusColor[x.status]}>{t(`technicians.statusValue.${x.status}`)}</Tag> },
          { key: 'today', title: t('technicians.today'), render: (_, x) => <TodayCell technician={x} today={today} /> },
          { key: 'skills', title: t('technicians.skills'), render: (_, x) => <Space size={4} wrap>{x.skills.map((s) => <Tag key={s}>{s}</Tag>)}</Space> },
          { key: 'regions', title: t('technicians.regions'), render: (_, x) => <Space size={4} wrap>{x.regions.map((r) => <Tag key={r} color="blue">{placeOf(r)}</Tag>)}</Space> },
          { key: 'load', title: t('technicians.load'), width: 180, render: (_, x) => <LoadBar load={x.load} capacity={x.dailyCapacity} size="small" /> },
          { key: 'home', title: t('technicians.home'), render: (_, x) => <Typography.Text type="secondary">{x.home.lat.toFixed(4)}, {x.home.lng.toFixed(4)}</Typography.Text> },
          { key: 'actions', title: t('common.actions'), render: (_, x) => <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(x)}>{t('technicians.edit')}</Button> },
        ]}
      />
      {editing && <TechnicianModal technician={editing === 'new' ? undefined : editing} taken={technicians.map((x) => x.userId)} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}

function TechnicianModal({ technician, taken, onClose }: { technician?: Technician; taken: string[]; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const [save, { loading }] = useMutation(SaveTechnicianMutation, { refetchQueries: [TechniciansQuery] });
  const categories = useCategories();
  // Only a tenant admin may list the company's users; a dispatcher types the account's user id.
  const admin = can.manageCommitments(me);
  const users = useQuery(TenantUsersQuery, { skip: !admin }).data?.tenantUsers ?? [];
  const userOptions = users
    .filter((u) => u.id === technician?.userId || !taken.includes(u.id))
    .sort((a, b) => Number(b.roles.includes('TECHNICIAN')) - Number(a.roles.includes('TECHNICIAN')))
    .map((u) => ({ value: u.id, label: `${u.name || u.username} (${u.username})${u.roles.includes('TECHNICIAN') ? '' : ` · ${u.roles.map((r) => t(`role.${r}`)).join('、')}`}`, name: u.name }));

  const submit = async () => {
    const v = await form.validateFields();
    setFailure(undefined);
    // The calendar goes with every save, so editing a profile never resets it.
    const calendar = {
      weekdays: [...v.calendar.weekdays].sort((a, b) => a - b),
      hours: { from: v.calendar.hours.from?.format(TIME) ?? '', to: v.calendar.hours.to?.format(TIME) ?? '' },
      leave: (v.calendar.leave ?? []).map((l) => ({ from: l.range?.[0]?.format(DATE) ?? '', to: l.range?.[1]?.format(DATE) ?? '', reason: l.reason?.trim() ?? '' })),
    };
    const input = {
      userId: v.userId, name: v.name, phone: v.phone ?? '', skills: v.skills.map((s) => s.trim()).filter(Boolean),
      regions: v.regions.map((path) => path[path.length - 1]), home: { lat: v.lat, lng: v.lng }, dailyCapacity: v.dailyCapacity, status: v.status, calendar,
    };
    const checked = TechnicianInput.safeParse(input);
    if (!checked.success) {
      form.setFields(checked.error.issues.map((i): FieldErrors => {
        const max = 'maximum' in i ? Number(i.maximum) : undefined;
        if (i.path[0] === 'calendar') return calendarIssue(t, { field: i.path.join('.'), reason: i.code, max });
        const field = i.path[0] === 'home' ? String(i.path[1]) : String(i.path[0]);
        return { name: field as keyof Values, errors: [issueMessage(t, { field, reason: i.code, max })] };
      }));
      return;
    }
    try {
      const saved = await save({ variables: { input: checked.data } });
      message.success(t('technicians.saved', { name: saved.data!.saveTechnician.name }));
      onClose();
    } catch (error) {
      form.setFields(fieldIssues(error).map((i): FieldErrors => {
        if (i.field.startsWith('calendar.')) return calendarIssue(t, i);
        const field = i.field.replace(/^home\./, '');
        return { name: field as keyof Values, errors: [issueMessage(t, { ...i, field })] };
      }));
      setFailure(errorMessage(t, error));
    }
  };

  return (
    <Modal open width={640} title={technician ? t('technicians.editTitle', { name: technician.name }) : t('technicians.add')} onCancel={onClose} onOk={submit}
      confirmLoading={loading} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" data-testid="technician-form"
        initialValues={technician ? {
          userId: technician.userId, name: technician.name, phone: technician.phone, skills: technician.skills, regions: technician.regions.map(pathOf),
          lat: technician.home.lat, lng: technician.home.lng, dailyCapacity: technician.dailyCapacity, status: technician.status, calendar: calendarValues(technician.calendar),
        } : { skills: [], regions: [], dailyCapacity: 6, status: 'AVAILABLE', lat: 31.2304, lng: 121.4737, calendar: calendarValues(ALWAYS_WORKING) }}>
        <Form.Item name="userId" label={admin ? t('technicians.user') : t('technicians.userId')}
          extra={technician ? t('technicians.userFixed') : admin ? t('technicians.userHelp') : t('technicians.userIdHelp')}
          rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('technicians.user') }) }]}>
          {admin ? (
            <Select showSearch optionFilterProp="label" options={userOptions} disabled={!!technician} data-testid="technician-user"
              onChange={(id) => { const u = users.find((x) => x.id === id); if (u?.name && !form.getFieldValue('name')) form.setFieldValue('name', u.name); }} />
          ) : (
            <Input maxLength={100} disabled={!!technician} autoComplete="off" data-testid="technician-user" />
          )}
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('field.name') }) }]}>
              <Input maxLength={60} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label={t('technicians.phone')}><Input maxLength={30} autoComplete="off" /></Form.Item>
          </Col>
        </Row>
        <Form.Item name="skills" label={t('technicians.skills')} extra={t('technicians.skillsHelp')}
          rules={[{ required: true, type: 'array', min: 1, message: t('errors.choose', { field: t('field.skills') }) }]}>
          <Select mode="tags" options={categories.map((c) => ({ value: c, label: c }))} tokenSeparators={[',', '，', '、']} data-testid="technician-skills" />
        </Form.Item>
        <Form.Item name="regions" label={t('technicians.regions')} extra={t('technicians.regionsHelp')}
          rules={[{ required: true, type: 'array', min: 1, message: t('errors.choose', { field: t('field.regions') }) }]}>
          <Cascader multiple options={COUNTY_OPTIONS} showCheckedStrategy={Cascader.SHOW_PARENT} maxTagCount="responsive" data-testid="technician-regions"
            showSearch={{ filter: (input, path) => path.some((o) => String(o.label).includes(input.trim())), limit: 30 }} placeholder={t('address.countyPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('technicians.home')} extra={t('technicians.homeHelp')} required style={{ marginBottom: 8 }}>
          <Space wrap>
            <Form.Item name="lat" noStyle rules={[{ required: true, message: t('errors.required', { field: t('field.lat') }) }]}>
              <InputNumber min={-90} max={90} step={0.0001} addonBefore={t('dispatch.lat')} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="lng" noStyle rules={[{ required: true, message: t('errors.required', { field: t('field.lng') }) }]}>
              <InputNumber min={-180} max={180} step={0.0001} addonBefore={t('dispatch.lng')} style={{ width: 200 }} />
            </Form.Item>
          </Space>
        </Form.Item>
        <Row gutter={16} style={{ marginTop: 16 }}>
          <Col xs={24} sm={10}>
            <Form.Item name="dailyCapacity" label={t('technicians.capacity')} rules={[{ required: true, message: t('errors.required', { field: t('field.dailyCapacity') }) }]}>
              <InputNumber min={1} max={30} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="status" label={t('technicians.status')} extra={t('technicians.statusHelp')}>
              <Radio.Group optionType="button" options={STATUSES.map((s) => ({ value: s, label: t(`technicians.statusValue.${s}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <CalendarFields />
      </Form>
    </Modal>
  );
}

/** "09:30" as a time of day for the pickers. */
const clock = (hhmm: string): Dayjs => { const [h, m] = hhmm.split(':').map(Number); return dayjs().startOf('day').hour(h).minute(m); };

const calendarValues = (calendar: Pick<WorkingCalendar, 'weekdays' | 'hours' | 'leave'>): CalendarValues => ({
  weekdays: [...calendar.weekdays],
  hours: { from: clock(calendar.hours.from), to: clock(calendar.hours.to) },
  leave: [...calendar.leave].sort((a, b) => a.from.localeCompare(b.from)).map((l) => ({ range: [dayjs(l.from), dayjs(l.to)], reason: l.reason })),
});

/** 工作日历: the weekdays worked, the shift, and planned leave (年假, 病假, 培训). */
function CalendarFields() {
  const { t } = useTranslation();
  return (
    <>
      <Divider orientation="left" orientationMargin={0} style={{ margin: '8px 0 4px' }}>{t('technicians.calendar.title')}</Divider>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 12 }}>{t('technicians.calendar.help')}</Typography.Paragraph>
      <Form.Item name={['calendar', 'weekdays']} label={t('technicians.calendar.weekdays')}
        rules={[{ required: true, type: 'array', min: 1, message: t('technicians.calendar.weekdaysRequired') }]}>
        <Checkbox.Group data-testid="technician-weekdays" options={WEEKDAYS.map((d) => ({ value: d, label: t(`technicians.calendar.day.${d}`) }))} />
      </Form.Item>
      <Form.Item label={t('technicians.calendar.hours')} required style={{ marginBottom: 0 }}>
        <Space align="start" wrap data-testid="technician-hours">
          <Form.Item name={['calendar', 'hours', 'from']} rules={[{ required: true, message: t('technicians.calendar.hoursRequired') }]}>
            <TimePicker format={TIME} minuteStep={15} needConfirm={false} showNow={false} allowClear={false} placeholder={t('technicians.calendar.from')}
              aria-label={t('technicians.calendar.from')} data-testid="technician-hours-from" style={{ width: 120 }} />
          </Form.Item>
          <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>–</Typography.Text>
          <Form.Item name={['calendar', 'hours', 'to']} dependencies={[['calendar', 'hours', 'from']]}
            rules={[
              { required: true, message: t('technicians.calendar.hoursRequired') },
              ({ getFieldValue }) => ({
                validator: (_, to?: Dayjs | null) => {
                  const from: Dayjs | null | undefined = getFieldValue(['calendar', 'hours', 'from']);
                  return !from || !to || to.format(TIME) > from.format(TIME) ? Promise.resolve() : Promise.reject(new Error(t('technicians.calendar.shiftOrder')));
                },
              }),
            ]}>
            <TimePicker format={TIME} minuteStep={15} needConfirm={false} showNow={false} allowClear={false} placeholder={t('technicians.calendar.to')}
              aria-label={t('technicians.calendar.to')} data-testid="technician-hours-to" style={{ width: 120 }} />
          </Form.Item>
        </Space>
      </Form.Item>
      <Form.Item label={t('technicians.calendar.leave')} style={{ marginBottom: 0 }}>
        <Form.List name={['calendar', 'leave']}>
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={8} wrap={false} align="top" data-testid="leave-row">
                  <Col flex="auto">
                    <Row gutter={8}>
                      <Col xs={24} sm={14}>
                        <Form.Item name={[field.name, 'range']} rules={[{ required: true, message: t('technicians.calendar.leaveRequired') }]} style={{ marginBottom: 8 }}>
                          <DatePicker.RangePicker format={DATE} style={{ width: '100%' }} data-testid="leave-range" allowEmpty={[false, false]}
                            placeholder={[t('technicians.calendar.leaveFrom'), t('technicians.calendar.leaveTo')]} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={10}>
                        <Form.Item name={[field.name, 'reason']} style={{ marginBottom: 8 }}>
                          <Input maxLength={60} placeholder={t('technicians.calendar.reasonPlaceholder')} aria-label={t('technicians.calendar.reason')} data-testid="leave-reason" autoComplete="off" />
                        </Form.Item>
                      </Col>
                    </Row>
                  </Col>
                  <Col flex="none">
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('technicians.calendar.removeLeave')} title={t('technicians.calendar.removeLeave')} data-testid="remove-leave" />
                  </Col>
                </Row>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ reason: '' })} data-testid="add-leave" style={{ marginBottom: 16 }}>{t('technicians.calendar.addLeave')}</Button>
            </>
          )}
        </Form.List>
      </Form.Item>
    </>
  );
}
