import { useCallback } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client';
import { Button, Card, Grid, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PartsImportQuery, StartPartsImportMutation } from '../api/parts';
import { saveFile } from '../components/download';
import { CsvDropzone, ImportJobView, useCsvImport, type ImportRowProblem } from '../components/ImportJobView';
import { importReasonKey, partsTemplate } from '../components/partsLogic';
import type { PartsImportFieldsFragment } from '../gql/graphql';

/**
 * 配件导入: the parts catalog with opening balances and reorder levels from a CSV (headers in Chinese
 * or English, prices in yuan), with progress and a report of the rows left out — the customer import's pieces.
 */
export function ImportPartsPage() {
  const { t, i18n } = useTranslation();
  const narrow = !Grid.useBreakpoint().sm;
  const [start] = useMutation(StartPartsImportMutation);
  const [poll] = useLazyQuery(PartsImportQuery, { fetchPolicy: 'network-only' });
  const { job, failure, busy, upload } = useCsvImport<PartsImportFieldsFragment>({
    start: async (csv, fileName) => (await start({ variables: { csv, fileName } })).data!.startPartsImport,
    poll: useCallback(async (id: string) => (await poll({ variables: { id } })).data?.partsImport, [poll]),
  });
  const reason = (e: ImportRowProblem) => t(`parts.importReason.${importReasonKey(e)}`, { defaultValue: e.message });

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('parts.import.title')}</Typography.Title>}
      extra={<Button icon={<DownloadOutlined />} onClick={() => saveFile('parts-template.csv', partsTemplate(i18n.language === 'en-US'))} data-testid="import-template" aria-label={t('import.template')}>{!narrow && t('import.template')}</Button>}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('parts.import.help')}</Typography.Paragraph>
        <CsvDropzone onFile={upload} disabled={busy} />
        <ImportJobView job={job} failure={failure} reason={reason} />
        {job?.status === 'DONE' && job.importedRows > 0 && (
          <Space wrap>
            <Link to="/parts/catalog">{t('parts.import.toCatalog')}</Link>
            <Link to="/parts">{t('parts.import.toStock')}</Link>
          </Space>
        )}
      </Space>
    </Card>
  );
}
