import { useCallback } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client';
import { Button, Card, Space, Statistic, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_IMPORT_COLUMNS } from '@shouhou/contracts';
import { CustomerImportQuery, StartCustomerImportMutation } from '../api/operations';
import { csvLine, saveFile } from '../components/download';
import { CsvDropzone, ImportJobView, useCsvImport } from '../components/ImportJobView';
import type { ImportJobFieldsFragment } from '../gql/graphql';

/** The template people fill in: the headers in the user's language and one example customer. */
function template(english: boolean): string {
  const header = Object.values(CUSTOMER_IMPORT_COLUMNS).map((names) => (english ? names[1] : names[0]));
  const example = ['张伟', '个人', '', '13800138000;021-62345678', 'zhangwei@example.com', '310115', '张江路 88 弄 6 号', 'KFR-35GW', 'AC2025110001', '2026-11-14', 'FP-2025-0001', '示例电器旗舰店'];
  return `\uFEFF${csvLine(header)}${csvLine(example)}`;
}

/** 客户导入: a CSV of customers and their products, with progress and a report of the rows left out. */
export function ImportCustomersPage() {
  const { t, i18n } = useTranslation();
  const [start] = useMutation(StartCustomerImportMutation);
  const [poll] = useLazyQuery(CustomerImportQuery, { fetchPolicy: 'network-only' });
  const { job, failure, busy, upload } = useCsvImport<ImportJobFieldsFragment>({
    start: async (csv, fileName) => (await start({ variables: { csv, fileName } })).data!.startCustomerImport,
    poll: useCallback(async (id: string) => (await poll({ variables: { id } })).data?.customerImport, [poll]),
  });
  const reason = (e: { reason: string; message: string }) => t(`import.reason.${e.reason}`, { defaultValue: e.message });

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('import.title')}</Typography.Title>}
      extra={<Button icon={<DownloadOutlined />} onClick={() => saveFile('customers-template.csv', template(i18n.language === 'en-US'))} data-testid="import-template">{t('import.template')}</Button>}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('import.help')}</Typography.Paragraph>
        <CsvDropzone onFile={upload} disabled={busy} />
        <ImportJobView job={job} failure={failure} reason={reason}
          extra={job && <Statistic title={t('import.customers')} value={t('import.createdUpdated', { created: job.customersCreated, updated: job.customersUpdated })} />} />
      </Space>
    </Card>
  );
}
