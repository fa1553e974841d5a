import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Cascader, Col, Empty, Form, Input, InputNumber, Modal, Radio, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TechnicianInput } from '@shouhou/contracts';
import { SaveTechnicianMutation, TechniciansQuery, TenantUsersQuery } from '../api/operations';
import { errorMessage, fieldIssues, issueMessage } from '../api/errors';
import { can, useMe } from '../auth/session';
import { COUNTY_OPTIONS, pathOf, placeOf } from '../components/divisions';
import { LoadBar, useCategories } from '../components/dispatch';
import type { TechnicianFieldsFragment, TechnicianStatus } from '../gql/graphql';

type Technician = TechnicianFieldsFragment;
type Values = {
  userId: string; name: string; phone?: string; skills: string[]; regions: string[][];
  lat: number; lng: number; dailyCapacity: number; status: TechnicianStatus;
};
const STATUSES: TechnicianStatus[] = ['AVAILABLE', 'OFF_DUTY', 'ON_LEAVE'];
const statusColor: Record<TechnicianStatus, string> = { AVAILABLE: 'green', OFF_DUTY: 'default', ON_LEAVE: 'orange' };

/** 技术员: who may be sent, for what (skills = the catalog's categories), where (GB/T 2260 prefixes), how much a day. */
export function TechniciansPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(TechniciansQuery);
  const [editing, setEditing] = useState<Technician | 'new'>();
  const technicians = data?.technicians ?? [];
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
    const input = {
      userId: v.userId, name: v.name, phone: v.phone ?? '', skills: v.skills.map((s) => s.trim()).filter(Boolean),
      regions: v.regions.map((path) => path[path.length - 1]), home: { lat: v.lat, lng: v.lng }, dailyCapacity: v.dailyCapacity, status: v.status,
    };
    const checked = TechnicianInput.safeParse(input);
    if (!checked.success) {
      form.setFields(checked.error.issues.map((i) => {
        const field = i.path[0] === 'home' ? String(i.path[1]) : String(i.path[0]);
        return { name: field as keyof Values, errors: [issueMessage(t, { field, reason: i.code, max: 'maximum' in i ? Number(i.maximum) : undefined })] };
      }));
      return;
    }
    try {
      const saved = await save({ variables: { input: checked.data } });
      message.success(t('technicians.saved', { name: saved.data!.saveTechnician.name }));
      onClose();
    } catch (error) {
      form.setFields(fieldIssues(error).map((i) => {
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
          lat: technician.home.lat, lng: technician.home.lng, dailyCapacity: technician.dailyCapacity, status: technician.status,
        } : { skills: [], regions: [], dailyCapacity: 6, status: 'AVAILABLE', lat: 31.2304, lng: 121.4737 }}>
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
            <Form.Item name="status" label={t('technicians.status')}>
              <Radio.Group optionType="button" options={STATUSES.map((s) => ({ value: s, label: t(`technicians.statusValue.${s}`) }))} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
