import { useEffect, useState } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client';
import { Alert, Button, Card, Col, Empty, Progress, Result, Row, Space, Statistic, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_IMPORT_COLUMNS, IMPORT_MAX_BYTES } from '@shouhou/contracts';
import { CustomerImportQuery, StartCustomerImportMutation } from '../api/operations';
import { errorMessage } from '../api/errors';
import { csvLine, saveFile } from '../components/download';
import type { ImportJobFieldsFragment } from '../gql/graphql';

const POLL_MS = 700;

/** The template people fill in: the headers in the user's language and one example customer. */
function template(english: boolean): string {
  const header = Object.values(CUSTOMER_IMPORT_COLUMNS).map((names) => (english ? names[1] : names[0]));
  const example = ['张伟', '个人', '', '13800138000;021-62345678', 'zhangwei@example.com', '310115', '张江路 88 弄 6 号', 'KFR-35GW', 'AC2025110001', '2026-11-14', 'FP-2025-0001', '示例电器旗舰店'];
  return `\uFEFF${csvLine(header)}${csvLine(example)}`;
}

/** 客户导入: a CSV of customers and their products, with progress and a report of the rows left out. */
export function ImportCustomersPage() {
  const { t, i18n } = useTranslation();
  const [job, setJob] = useState<ImportJobFieldsFragment>();
  const [failure, setFailure] = useState<string>();
  const [start, { loading: starting }] = useMutation(StartCustomerImportMutation);
  const [poll] = useLazyQuery(CustomerImportQuery, { fetchPolicy: 'network-only' });

  useEffect(() => {
    if (job?.status !== 'RUNNING') return;
    const timer = setTimeout(async () => {
      const next = (await poll({ variables: { id: job.id } })).data?.customerImport;
      if (next) setJob(next);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, poll]);

  const upload = async (file: File) => {
    setFailure(undefined);
    setJob(undefined);
    if (file.size > IMPORT_MAX_BYTES) {
      setFailure(t('import.tooLarge', { kb: IMPORT_MAX_BYTES / 1000 }));
      return false;
    }
    try {
      const result = await start({ variables: { csv: await file.text(), fileName: file.name } });
      setJob(result.data!.startCustomerImport);
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
    return false;
  };

  const reason = (e: { reason: string; message: string }) => t(`import.reason.${e.reason}`, { defaultValue: e.message });
  const errorReport = () =>
    saveFile(`${job!.fileName.replace(/\.csv$/i, '')}-errors.csv`, `\uFEFF${csvLine([t('import.line'), t('import.column'), t('import.problem')])}${job!.errors.map((e) => csvLine([e.line, e.column, reason(e)])).join('')}`);
  const percent = job && job.totalRows ? Math.floor((job.processedRows / job.totalRows) * 100) : 0;

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('import.title')}</Typography.Title>}
      extra={<Button icon={<DownloadOutlined />} onClick={() => saveFile('customers-template.csv', template(i18n.language === 'en-US'))} data-testid="import-template">{t('import.template')}</Button>}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('import.help')}</Typography.Paragraph>
        <Upload.Dragger accept=".csv,text/csv" showUploadList={false} beforeUpload={upload} disabled={starting || job?.status === 'RUNNING'} data-testid="import-file">
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p className="ant-upload-text">{t('import.drop')}</p>
          <p className="ant-upload-hint">{t('import.limit', { kb: IMPORT_MAX_BYTES / 1000 })}</p>
        </Upload.Dragger>
        {failure && <Alert type="error" showIcon message={failure} data-testid="import-failure" />}
        {job && (
          <>
            <Progress percent={job.status === 'DONE' ? 100 : percent} status={job.status === 'FAILED' ? 'exception' : job.status === 'RUNNING' ? 'active' : 'success'} data-testid="import-progress" />
            <Row gutter={16}>
              <Col xs={12} md={6}><Statistic title={t('import.rows')} value={job.processedRows} suffix={`/ ${job.totalRows}`} /></Col>
              <Col xs={12} md={6}><Statistic title={t('import.imported')} value={job.importedRows} valueStyle={{ color: '#389e0d' }} data-testid="import-imported" /></Col>
              <Col xs={12} md={6}><Statistic title={t('import.failed')} value={job.failedRows} valueStyle={{ color: job.failedRows ? '#cf1322' : undefined }} data-testid="import-failed" /></Col>
              <Col xs={12} md={6}><Statistic title={t('import.customers')} value={t('import.createdUpdated', { created: job.customersCreated, updated: job.customersUpdated })} /></Col>
            </Row>
            {job.status === 'DONE' && job.failedRows === 0 && <Result status="success" title={t('import.allDone', { count: job.importedRows })} />}
            {job.errors.length > 0 && (
              <Card size="small" title={t('import.errors', { count: job.failedRows })} extra={<Button size="small" icon={<DownloadOutlined />} onClick={errorReport}>{t('import.errorReport')}</Button>}>
                <Table rowKey={(e) => `${e.line}-${e.column}-${e.reason}`} size="small" dataSource={job.errors} pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  locale={{ emptyText: <Empty /> }} scroll={{ x: 'max-content' }} data-testid="import-errors"
                  columns={[
                    { key: 'line', title: t('import.line'), dataIndex: 'line', width: 80 },
                    { key: 'column', title: t('import.column'), render: (_, e) => e.column ?? '—', width: 120 },
                    { key: 'problem', title: t('import.problem'), render: (_, e) => reason(e) },
                  ]} />
              </Card>
            )}
          </>
        )}
      </Space>
    </Card>
  );
}
