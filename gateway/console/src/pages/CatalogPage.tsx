import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, AutoComplete, Button, Card, Empty, Form, Input, Modal, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProductModelInput } from '@shouhou/contracts';
import { ProductModelsQuery, SaveProductModelMutation, WarrantyCategoriesQuery } from '../api/operations';
import { errorMessage, fieldIssues, issueMessage } from '../api/errors';
import { formatTime } from '../components/labels';
import { useDebounced } from '../components/useDebounced';
import type { ProductModelsQuery as Result } from '../gql/graphql';

type Model = Result['productModels'][number];
type Values = { model: string; name?: string; brand?: string; productCategory: string; active: boolean };

/** 产品目录: the models the company services; each model's category picks its 三包 rule. */
export function CatalogPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [includeInactive, setIncludeInactive] = useState(true);
  const settled = useDebounced(search.trim(), 250);
  const { data, loading, error, refetch } = useQuery(ProductModelsQuery, { variables: { search: settled || null, includeInactive } });
  const [editing, setEditing] = useState<Model | 'new'>();
  const models = data?.productModels ?? [];
  const uncovered = new Set(models.filter((m) => !m.hasWarrantyRule).map((m) => m.productCategory));
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('catalog.title')}</Typography.Title>}
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-model">{t('catalog.add')}</Button>}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('catalog.search')} style={{ width: 260 }} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="catalog-search" />
        <Space size={4}>
          <Switch size="small" checked={includeInactive} onChange={setIncludeInactive} />
          <Typography.Text>{t('catalog.includeInactive')}</Typography.Text>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon message={errorMessage(t, error)} style={{ marginBottom: 16 }} action={<Button size="small" onClick={() => refetch()}>{t('app.retry')}</Button>} />}
      {uncovered.size > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="catalog-uncovered"
          message={t('catalog.uncovered', { categories: [...uncovered].join('、') })}
          action={<Link to="/settings/commitments">{t('catalog.setRules')}</Link>} />
      )}
      <Table<Model>
        rowKey="id"
        size="middle"
        data-testid="catalog-table"
        loading={loading}
        dataSource={models}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t(settled ? 'catalog.emptySearch' : 'catalog.empty')} /> }}
        columns={[
          { key: 'model', title: t('field.model'), render: (_, m) => <Typography.Text strong>{m.model}</Typography.Text> },
          { key: 'name', title: t('field.name'), render: (_, m) => m.name || '—' },
          { key: 'brand', title: t('field.brand'), render: (_, m) => m.brand || '—' },
          {
            key: 'category', title: t('field.productCategory'),
            render: (_, m) => (
              <Space size={4} wrap>
                <span>{m.productCategory}</span>
                {!m.hasWarrantyRule && (
                  <Tooltip title={t('catalog.noRuleHelp')}>
                    <Link to="/settings/commitments"><Tag color="warning" icon={<WarningOutlined />} data-testid="no-rule">{t('catalog.noRule')}</Tag></Link>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          { key: 'active', title: t('field.active'), render: (_, m) => <Tag color={m.active ? 'green' : 'default'}>{t(m.active ? 'catalog.active' : 'catalog.inactive')}</Tag> },
          { key: 'updatedAt', title: t('catalog.updatedAt'), render: (_, m) => formatTime(m.updatedAt) },
          { key: 'actions', title: t('common.actions'), render: (_, m) => <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(m)} aria-label={t('catalog.edit')}>{t('catalog.edit')}</Button> },
        ]}
      />
      {editing && <ModelModal model={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}

function ModelModal({ model, onClose }: { model?: Model; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const [save, { loading }] = useMutation(SaveProductModelMutation, { refetchQueries: [ProductModelsQuery] });
  const rules = useQuery(WarrantyCategoriesQuery, { fetchPolicy: 'no-cache' }).data?.commitments.policy.warranty ?? [];
  const known = useQuery(ProductModelsQuery, { variables: { search: null, includeInactive: true } }).data?.productModels ?? [];
  const categories = [...new Set([...rules.map((r) => r.productCategory), ...known.map((m) => m.productCategory)])];
  const category = Form.useWatch('productCategory', form);
  const ruled = !category || rules.some((r) => r.productCategory === category.trim());

  const submit = async () => {
    const values = await form.validateFields();
    setFailure(undefined);
    const checked = ProductModelInput.safeParse(values);
    if (!checked.success) {
      form.setFields(checked.error.issues.map((i) => ({ name: String(i.path[0]) as keyof Values, errors: [issueMessage(t, { field: String(i.path[0]), reason: i.code, max: 'maximum' in i ? Number(i.maximum) : undefined })] })));
      return;
    }
    try {
      const saved = await save({ variables: { input: checked.data } });
      message.success(t('catalog.saved', { model: saved.data!.saveProductModel.model }));
      onClose();
    } catch (error) {
      const issues = fieldIssues(error);
      form.setFields(issues.map((i) => ({ name: i.field as keyof Values, errors: [issueMessage(t, i)] })));
      setFailure(errorMessage(t, error));
    }
  };
  return (
    <Modal open title={model ? t('catalog.editTitle', { model: model.model }) : t('catalog.add')} onCancel={onClose} onOk={submit} confirmLoading={loading}
      okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" data-testid="model-form"
        initialValues={model ? { model: model.model, name: model.name, brand: model.brand, productCategory: model.productCategory, active: model.active } : { active: true }}>
        <Form.Item name="model" label={t('field.model')} extra={model ? t('catalog.modelFixed') : t('catalog.modelHelp')}
          rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('field.model') }) }]}>
          <Input maxLength={100} disabled={!!model} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('field.name')}><Input maxLength={100} autoComplete="off" /></Form.Item>
        <Form.Item name="brand" label={t('field.brand')}><Input maxLength={60} autoComplete="off" /></Form.Item>
        <Form.Item name="productCategory" label={t('field.productCategory')}
          rules={[{ required: true, whitespace: true, message: t('errors.required', { field: t('field.productCategory') }) }]}
          extra={!ruled && <Typography.Text type="warning">{t('catalog.noRuleHelp')} <Link to="/settings/commitments">{t('catalog.setRules')}</Link></Typography.Text>}>
          <AutoComplete options={categories.map((c) => ({ value: c }))} filterOption={(input, o) => String(o?.value ?? '').includes(input)}>
            <Input maxLength={60} autoComplete="off" />
          </AutoComplete>
        </Form.Item>
        <Form.Item name="active" label={t('field.active')} valuePropName="checked"><Switch /></Form.Item>
      </Form>
    </Modal>
  );
}
