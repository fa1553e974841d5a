import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Card, Col, Empty, Progress, Result, Row, Statistic, Table, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { IMPORT_MAX_BYTES } from '@shouhou/contracts';
import { errorMessage } from '../api/errors';
import { csvLine, saveFile } from './download';

/* A CSV import as people see it, whatever is imported: the file dropped, the job's progress polled, the rows left out. */

const POLL_MS = 700;

export interface ImportRowProblem {
  line: number;
  column?: string | null;
  reason: string;
  message: string;
}

/** What every import job (customers, parts) reports. */
export interface ImportJobLike {
  id: string;
  fileName: string;
  status: 'RUNNING' | 'DONE' | 'FAILED';
  totalRows: number;
  processedRows: number;
  importedRows: number;
  failedRows: number;
  errors: ImportRowProblem[];
}

/**
 * Starts an import from a dropped file and follows the job until it ends. A file over the limit is
 * refused before it is sent; a refused file (not CSV, no required column) is the failure.
 */
export function useCsvImport<J extends ImportJobLike>(options: { start(csv: string, fileName: string): Promise<J>; poll(id: string): Promise<J | null | undefined> }) {
  const { t } = useTranslation();
  const [job, setJob] = useState<J>();
  const [failure, setFailure] = useState<string>();
  const [starting, setStarting] = useState(false);
  const { poll } = options;

  useEffect(() => {
    if (job?.status !== 'RUNNING') return;
    const timer = setTimeout(async () => {
      try {
        const next = await poll(job.id);
        if (next) setJob(next);
      } catch (error) {
        setFailure(errorMessage(t, error));
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, poll, t]);

  const upload = async (file: File) => {
    setFailure(undefined);
    setJob(undefined);
    if (file.size > IMPORT_MAX_BYTES) {
      setFailure(t('import.tooLarge', { kb: IMPORT_MAX_BYTES / 1000 }));
      return;
    }
    setStarting(true);
    try {
      setJob(await options.start(await file.text(), file.name));
    } catch (error) {
      setFailure(errorMessage(t, error));
    } finally {
      setStarting(false);
    }
  };

  return { job, failure, starting, busy: starting || job?.status === 'RUNNING', upload };
}

/** The drop area: click or drag a CSV; nothing is uploaded by the control itself. */
export function CsvDropzone({ onFile, disabled }: { onFile(file: File): void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Upload.Dragger accept=".csv,text/csv" showUploadList={false} disabled={disabled} data-testid="import-file"
      beforeUpload={(file) => {
        onFile(file);
        return false;
      }}>
      <p className="ant-upload-drag-icon"><InboxOutlined /></p>
      <p className="ant-upload-text">{t('import.drop')}</p>
      <p className="ant-upload-hint">{t('import.limit', { kb: IMPORT_MAX_BYTES / 1000 })}</p>
    </Upload.Dragger>
  );
}

/**
 * A job's progress, its counts (and `extra`, what this import adds to them), and the rows it left out
 * with line, column and problem, downloadable as a report to fix the file by.
 */
export function ImportJobView({ job, failure, reason, extra }: {
  job?: ImportJobLike; failure?: string; reason(e: ImportRowProblem): string; extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const errorReport = () =>
    saveFile(`${job!.fileName.replace(/\.csv$/i, '')}-errors.csv`, `\uFEFF${csvLine([t('import.line'), t('import.column'), t('import.problem')])}${job!.errors.map((e) => csvLine([e.line, e.column, reason(e)])).join('')}`);
  const percent = job && job.totalRows ? Math.floor((job.processedRows / job.totalRows) * 100) : 0;
  const span = extra ? 6 : 8;
  return (
    <>
      {failure && <Alert type="error" showIcon message={failure} data-testid="import-failure" />}
      {job && (
        <>
          <Progress percent={job.status === 'DONE' ? 100 : percent} status={job.status === 'FAILED' ? 'exception' : job.status === 'RUNNING' ? 'active' : 'success'} data-testid="import-progress" />
          <Row gutter={16}>
            <Col xs={12} md={span}><Statistic title={t('import.rows')} value={job.processedRows} suffix={`/ ${job.totalRows}`} /></Col>
            <Col xs={12} md={span}><Statistic title={t('import.imported')} value={job.importedRows} valueStyle={{ color: '#389e0d' }} data-testid="import-imported" /></Col>
            <Col xs={12} md={span}><Statistic title={t('import.failed')} value={job.failedRows} valueStyle={{ color: job.failedRows ? '#cf1322' : undefined }} data-testid="import-failed" /></Col>
            {extra && <Col xs={12} md={span}>{extra}</Col>}
          </Row>
          {job.status === 'DONE' && job.failedRows === 0 && <Result status="success" title={t('import.allDone', { count: job.importedRows })} />}
          {job.errors.length > 0 && (
            <Card size="small" title={t('import.errors', { count: job.failedRows })} extra={<Button size="small" icon={<DownloadOutlined />} onClick={errorReport} data-testid="import-error-report">{t('import.errorReport')}</Button>}>
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
    </>
  );
}
