import { useEffect } from 'react';
import { useQuery } from '@apollo/client';
import { Alert, Card, Col, Empty, List, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { CarOutlined, WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DefectAnalysisQuery, WarehouseDashboardQuery } from '../api/parts';
import { partsError, useMyVanStock } from './parts';
import { percentOf, periodPresets } from './partsLogic';
import { useCompanyToday } from './useCompanyToday';

/* The parts side of the home page: the warehouse's low stock and open transfers, quality's defects this month, the technician's van. */

const WEEK = 7 * 86_400_000;

/** 配件管理员: what is low, transfers waiting to ship or on their way, and the counts the schedule asks for. */
export function WarehouseStats() {
  const { t } = useTranslation();
  const { data, error } = useQuery(WarehouseDashboardQuery, { pollInterval: 60_000 });
  if (error) return <Col xs={24}><Alert type="error" showIcon message={partsError(t, error)} /></Col>;
  const requested = data?.requested.length ?? 0;
  const inTransit = data?.inTransit.length ?? 0;
  // Overdue, or due within the week: time to plan the count.
  const due = data?.locations.filter((l) => l.stocktakeDueAt && Date.parse(l.stocktakeDueAt) < Date.now() + WEEK).length ?? 0;
  const overdue = data?.locations.some((l) => l.stocktakeDueAt && Date.parse(l.stocktakeDueAt) < Date.now()) ?? false;
  return (
    <>
      <Col xs={24} sm={12} lg={8}>
        <Card>
          <Link to="/parts?low=1">
            <Statistic title={t('parts.home.lowStock')} value={data?.low.totalCount ?? 0} loading={!data} prefix={data?.low.totalCount ? <WarningFilled /> : undefined}
              valueStyle={{ color: data?.low.totalCount ? '#cf1322' : undefined }} data-testid="stat-low-stock" />
            <Typography.Text type="secondary">{t('parts.home.lowStockHelp')}</Typography.Text>
          </Link>
        </Card>
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <Card>
          <Link to="/parts/transfers">
            <Statistic title={t('parts.home.openTransfers')} value={requested + inTransit} loading={!data} data-testid="stat-open-transfers" />
            <Typography.Text type="secondary">{t('parts.home.transferSplit', { requested, inTransit })}</Typography.Text>
          </Link>
        </Card>
      </Col>
      <Col xs={24} sm={12} lg={8}>
        <Card>
          <Link to="/parts/stocktakes">
            <Statistic title={t('parts.home.stocktakesDue')} value={due} loading={!data} valueStyle={{ color: overdue ? '#cf1322' : undefined }} data-testid="stat-stocktakes-due" />
            <Typography.Text type="secondary">{t('parts.home.stocktakesDueHelp')}</Typography.Text>
          </Link>
        </Card>
      </Col>
    </>
  );
}

/** 质检经理: defective parts returned this month, and the cause behind most of them. */
export function QualityStats() {
  const { t } = useTranslation();
  const company = useCompanyToday();
  const [from, to] = periodPresets(company.today).thisMonth;
  const { data, error } = useQuery(DefectAnalysisQuery, { variables: { from, to, groupBy: 'CAUSE' }, pollInterval: 300_000, skip: !company.known });
  if (error) return <Col xs={24}><Alert type="error" showIcon message={partsError(t, error)} /></Col>;
  const top = data?.defectAnalysis.rows[0];
  return (
    <Col xs={24} sm={12} lg={8}>
      <Card>
        <Link to="/parts/defects">
          <Statistic title={t('parts.home.defectsThisMonth')} value={data?.defectAnalysis.total ?? 0} loading={!data} data-testid="stat-defects" />
          {top && <Typography.Text type="secondary">{t('parts.home.topCause', { cause: t(`parts.cause.${top.key}`, { defaultValue: top.label }), share: percentOf(top.share) })}</Typography.Text>}
        </Link>
      </Card>
    </Col>
  );
}

/** 我的车载库存: the signed-in technician's van, what is available in it and what runs low. */
export function VanStockCard() {
  const { t } = useTranslation();
  const { van, finding, findError: locationError, stock } = useMyVanStock();
  // The whole van, not a first page: a well-stocked van holds more than a hundred kinds of part.
  const { reload } = stock;
  useEffect(() => {
    const every = setInterval(reload, 60_000);
    return () => clearInterval(every);
  }, [reload]);
  const rows = stock.rows.filter((l) => l.onHand > 0 || l.inTransit > 0 || l.reorderPoint != null);
  const failed = locationError ?? stock.error;
  return (
    <Card title={<Space><CarOutlined />{t('parts.van.title')}</Space>} extra={van && <Typography.Text type="secondary">{van.code}</Typography.Text>} data-testid="van-stock">
      {failed ? <Alert type="error" showIcon message={partsError(t, failed)} />
        : finding || (van && !stock.loaded) ? <Skeleton active />
        : !van ? <Empty description={t('parts.van.noVan')} />
        : rows.length === 0 ? <Empty description={t('parts.van.empty')} />
        : (
          <List size="small" dataSource={rows}
            renderItem={(l) => (
              <List.Item data-testid="van-line" data-sku={l.sku} data-low={l.low ? 'true' : 'false'}>
                <Row gutter={8} style={{ width: '100%' }} wrap={false} align="middle">
                  <Col flex="auto" style={{ minWidth: 0 }}>
                    <Space size={4} wrap>
                      <Typography.Text strong>{l.sku}</Typography.Text>
                      {l.low && <Tag color="red" icon={<WarningFilled />} style={{ marginInlineEnd: 0 }}>{t('parts.stock.low')}</Tag>}
                      {l.inTransit > 0 && <Tag color="processing" style={{ marginInlineEnd: 0 }}>{t('parts.van.coming', { count: l.inTransit })}</Tag>}
                    </Space>
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{l.name}</Typography.Text>
                  </Col>
                  <Col flex="none" style={{ textAlign: 'right' }}>
                    <Typography.Text strong style={{ fontSize: 18, color: l.low ? '#cf1322' : undefined }} data-testid="van-available">{l.available}</Typography.Text>
                    <Typography.Text type="secondary"> {l.unit}</Typography.Text>
                    {l.reserved > 0 && <><br /><Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('parts.van.reserved', { count: l.reserved })}</Typography.Text></>}
                  </Col>
                </Row>
              </List.Item>
            )} />
        )}
    </Card>
  );
}
