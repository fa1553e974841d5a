import { useEffect } from 'react';
import { useMutation } from '@apollo/client';
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SaveServiceReportMutation } from '../api/operations';
import { fieldIssues, issueMessage } from '../api/errors';
import type { WorkOrderDetailFieldsFragment } from '../gql/graphql';
import { dispatchError } from './dispatch';
import { formatTime } from './labels';

type Report = NonNullable<WorkOrderDetailFieldsFragment['report']>;
type Values = { diagnosis: string; actions?: string; labourMinutes: number };

/** 服务报告: what was wrong, what was done, the labour it took (charged in the price list's steps). */
export function ServiceReportForm({ workOrderId, report, labourStep }: { workOrderId: string; report?: Report | null; labourStep?: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [save, { loading }] = useMutation(SaveServiceReportMutation);

  // A report saved elsewhere (another tab, the dispatcher) replaces what the form started from.
  useEffect(() => {
    if (report && !form.isFieldsTouched()) form.setFieldsValue({ diagnosis: report.diagnosis, actions: report.actions, labourMinutes: report.labourMinutes });
  }, [report, form]);

  const submit = async (v: Values) => {
    try {
      await save({ variables: { workOrderId, diagnosis: v.diagnosis.trim(), actions: (v.actions ?? '').trim(), labourMinutes: v.labourMinutes } });
      message.success(t('fieldWork.reportSaved'));
    } catch (e) {
      const issues = fieldIssues(e).filter((i) => ['diagnosis', 'actions', 'labourMinutes'].includes(i.field));
      if (issues.length) form.setFields(issues.map((i) => ({ name: i.field as keyof Values, errors: [issueMessage(t, i)] })));
      else message.error(dispatchError(t, e), 6);
    }
  };

  return (
    <Card size="small" title={t('fieldWork.report')} data-testid="service-report"
      extra={report && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('fieldWork.savedAt', { at: formatTime(report.updatedAt).slice(5) })}</Typography.Text>}>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}
        initialValues={report ? { diagnosis: report.diagnosis, actions: report.actions, labourMinutes: report.labourMinutes } : { labourMinutes: labourStep ?? 30 }}>
        <Form.Item name="diagnosis" label={t('fieldWork.diagnosis')} rules={[{ required: true, whitespace: true, message: t('fieldWork.diagnosisRequired') }]}>
          <Input.TextArea rows={2} maxLength={2000} placeholder={t('fieldWork.diagnosisPlaceholder')} data-testid="report-diagnosis" />
        </Form.Item>
        <Form.Item name="actions" label={t('fieldWork.actions')}>
          <Input.TextArea rows={2} maxLength={2000} placeholder={t('fieldWork.actionsPlaceholder')} data-testid="report-actions" />
        </Form.Item>
        <Form.Item name="labourMinutes" label={t('fieldWork.labour')} extra={labourStep ? t('fieldWork.labourHelp', { step: labourStep }) : undefined}
          rules={[{ required: true, message: t('fieldWork.labourRequired') }]}>
          <InputNumber min={0} max={24 * 60} step={labourStep ?? 15} precision={0} inputMode="numeric" addonAfter={t('fieldWork.minutes')} style={{ width: '100%' }} size="large" data-testid="report-labour" />
        </Form.Item>
        <Button block size="large" htmlType="submit" icon={<SaveOutlined />} loading={loading} data-testid="save-report">{t('fieldWork.saveReport')}</Button>
      </Form>
    </Card>
  );
}

/** The report as read back (the dispatcher's work-order page). */
export function ServiceReportView({ report }: { report?: Report | null }) {
  const { t } = useTranslation();
  if (!report) return <Typography.Text type="secondary">{t('fieldWork.noReport')}</Typography.Text>;
  return (
    <Descriptions size="small" column={1} data-testid="report-view">
      <Descriptions.Item label={t('fieldWork.diagnosis')}><span style={{ whiteSpace: 'pre-wrap' }}>{report.diagnosis || '—'}</span></Descriptions.Item>
      <Descriptions.Item label={t('fieldWork.actions')}><span style={{ whiteSpace: 'pre-wrap' }}>{report.actions || '—'}</span></Descriptions.Item>
      <Descriptions.Item label={t('fieldWork.labour')}>{t('fieldWork.labourMinutes', { count: report.labourMinutes })}</Descriptions.Item>
      <Descriptions.Item label={t('workOrder.updatedAt')}>{formatTime(report.updatedAt)}</Descriptions.Item>
    </Descriptions>
  );
}
