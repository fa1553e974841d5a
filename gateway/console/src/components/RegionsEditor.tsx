import { useState } from 'react';
import { Button, Card, Cascader, Col, Form, Row, Select, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DIVISIONS, divisionPath, tierOf, type RegionSettings, type RegionTier } from '@shouhou/regions';
import { CITY_OPTIONS as CITIES, COUNTY_OPTIONS as COUNTIES, codeProps } from './divisions';

const TIERS: RegionTier[] = ['CITY', 'SUBURB', 'IN_PROVINCE', 'OUT_OF_PROVINCE', 'REMOTE'];

/** Region tiers by GB/T 2260 division: the outlet's city, remote provinces, exceptions, and a tester. */
export function RegionsEditor() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const regions: RegionSettings | undefined = Form.useWatch('regions', form);
  const [tryCode, setTryCode] = useState<string>();
  const tier = tryCode && regions?.homeCity ? tierOf(tryCode, { ...regions, overrides: (regions.overrides ?? []).filter((o) => o?.prefix && o?.tier) }) : undefined;
  return (
    <Card size="small" title={t('regions.title')} style={{ marginBottom: 16 }} data-testid="regions-editor">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['regions', 'homeCity']} label={t('regions.homeCity')} rules={[{ required: true }]} {...codeProps}>
            <Cascader options={CITIES} showSearch allowClear={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['regions', 'remoteProvinces']} label={t('regions.remoteProvinces')}>
            <Select mode="multiple" optionFilterProp="label" options={DIVISIONS.map((p) => ({ value: p.c, label: p.n }))} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text type="secondary">{t('regions.overrides')}</Typography.Text>
      <Form.List name={['regions', 'overrides']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} wrap style={{ display: 'flex', marginTop: 8 }}>
                <Form.Item noStyle name={[field.name, 'prefix']} {...codeProps}>
                  <Cascader options={COUNTIES} changeOnSelect showSearch style={{ width: 280 }} />
                </Form.Item>
                <Form.Item noStyle name={[field.name, 'tier']}>
                  <Select style={{ width: 130 }} options={TIERS.map((x) => ({ value: x, label: t(`regions.tier.${x}`) }))} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="remove" />
              </Space>
            ))}
            <Button size="small" type="dashed" icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add({ prefix: undefined, tier: 'CITY' })}>
              {t('regions.addOverride')}
            </Button>
          </>
        )}
      </Form.List>
      <Space wrap style={{ display: 'flex', marginTop: 16 }}>
        <Typography.Text>{t('regions.tryAddress')}</Typography.Text>
        <Cascader options={COUNTIES} showSearch style={{ width: 280 }} data-testid="try-address" onChange={(path) => setTryCode(path?.[path.length - 1] as string | undefined)} />
        {tier && (
          <Tag color="blue" data-testid="try-address-tier">
            {divisionPath(tryCode!)} · {t('regions.tierIs', { tier: t(`regions.tier.${tier}`) })}
          </Tag>
        )}
      </Space>
    </Card>
  );
}
