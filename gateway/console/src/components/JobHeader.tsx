import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { EnvironmentOutlined, PhoneOutlined, ScheduleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetailFieldsFragment } from '../gql/graphql';
import { AppointmentLine } from './AppointmentLine';
import { ClockTag, EmergencyMark, navigationUrl, openClocks, WorkOrderStatusTag } from './dispatch';
import { placeOf, TierTag } from './divisions';
import { telLink } from './fieldWork';
import { formatTime } from './labels';
import { WarrantyStatusTag } from './warranty';

/** A job on the technician's phone: who, where (call, navigate), what is wrong, when, under warranty or not. */
export function JobHeader({ job, onReschedule }: { job: WorkOrderDetailFieldsFragment; onReschedule?: () => void }) {
  const { t } = useTranslation();
  const clocks = openClocks(job.clocks);
  return (
    <Card size="small" data-testid="job-header">
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Space size={6} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>{job.requestNumber}</Typography.Title>
          <WorkOrderStatusTag status={job.status} />
          <WarrantyStatusTag status={job.warrantyStatus} />
          {job.emergency && <EmergencyMark />}
        </Space>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center">
          <Typography.Text strong style={{ fontSize: 18 }} data-testid="job-customer">{job.customerName}</Typography.Text>
          <Button size="large" icon={<PhoneOutlined />} href={telLink(job.customerPhone)} data-testid="call-customer">{job.customerPhone}</Button>
        </Space>
        <Descriptions size="small" column={1} colon={false} styles={{ label: { width: 72, color: '#8c8c8c' } }}>
          <Descriptions.Item label={t('fieldWork.address')}>
            <Space direction="vertical" size={2}>
              <span data-testid="job-address">{job.address || '—'}</span>
              {job.divisionCode && <Space size={4} wrap>{placeOf(job.divisionCode)}<TierTag tier={job.regionTier} /></Space>}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('myJobs.product')}>
            <span>{job.productModel} · {t(`category.${job.category}`)}{job.serialNumber && <Typography.Text type="secondary"> · {job.serialNumber}</Typography.Text>}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('fieldWork.problem')}><span style={{ whiteSpace: 'pre-wrap' }} data-testid="job-problem">{job.problemDescription}</span></Descriptions.Item>
          {job.expectedParts.length > 0 && (
            <Descriptions.Item label={t('dispatch.expectedParts')}>
              <Space size={4} wrap data-testid="job-expected-parts">{job.expectedParts.map((p) => <Tag key={p.sku}>{p.sku} × {p.quantity}</Tag>)}</Space>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('workOrder.skill')}>
            <Space size={4} wrap><Tag>{t(`workOrder.visitType.${job.visitType}`)}</Tag><Tag>{t(`workOrder.complexity.${job.complexity}`)}</Tag></Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('fieldWork.appointment')}>
            <Space size={4} wrap>
              <AppointmentLine appointment={job.appointment} />
              {onReschedule && <Button size="small" icon={<ScheduleOutlined />} onClick={onReschedule} data-testid="reschedule">{t('fieldWork.reschedule')}</Button>}
            </Space>
          </Descriptions.Item>
          {clocks.length > 0 && (
            <Descriptions.Item label={t('workOrder.clocks')}>
              <Space size={4} wrap>{clocks.map((c) => <ClockTag key={c.commitment} clock={c} />)}</Space>
            </Descriptions.Item>
          )}
          {job.waitingForPartsSince && (
            <Descriptions.Item label={t('fieldWork.parts')}>
              <Tag color="red" data-testid="waiting-for-parts">{t('fieldWork.waitingForParts', { at: formatTime(job.waitingForPartsSince) })}</Tag>
            </Descriptions.Item>
          )}
        </Descriptions>
        {job.location ? (
          <Button block size="large" icon={<EnvironmentOutlined />} href={navigationUrl(job.location, job.customerName)} target="_blank" rel="noreferrer" data-testid="navigate">
            {t('myJobs.navigate')}
          </Button>
        ) : job.visitType === 'ON_SITE' && (
          <Typography.Text type="secondary">{t('myJobs.noNavigation')}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}
