import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { Alert, App, Form, Input, InputNumber, Modal, Radio } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fieldIssues } from '../api/errors';
import { SaveStockLocationMutation, StockLocationsQuery } from '../api/parts';
import type { LocationInput } from '../gql/graphql';
import { LocationKindTag, partsError, partsFieldErrors, type Location } from './parts';

type Values = { code: string; name: string; kind?: 'CENTRAL' | 'REGIONAL'; stocktakeEveryDays: number | null };
const FIELDS: (keyof Values)[] = ['code', 'name', 'kind', 'stocktakeEveryDays'];

/**
 * What is sent: a new location with its kind; a change with its unchanged code, and for a van neither
 * a kind (it stays a van) nor a name of ours (the server keeps the technician's).
 */
function toInput(values: Values, location?: Location): LocationInput {
  const stocktakeEveryDays = values.stocktakeEveryDays ?? null;
  if (location?.kind === 'VAN') return { id: location.id, code: location.code, name: location.name, stocktakeEveryDays };
  return { id: location?.id, code: location?.code ?? values.code.trim(), name: values.name.trim(), kind: values.kind, stocktakeEveryDays };
}

/** The server's issues on the form's own fields (a taken code reads as such: `parts.reason.taken`). */
function issuesOnFields(t: TFunction, error: unknown) {
  return partsFieldErrors(t, error)
    .filter((f) => f.name.length === 1 && FIELDS.includes(f.name[0] as keyof Values))
    .map((f) => ({ name: f.name[0] as keyof Values, errors: f.errors }));
}

/** A warehouse created or changed, or a van's stocktake cycle; the code is fixed once saved. */
export function LocationFormModal({ location, onClose }: { location?: Location; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const [save, { loading }] = useMutation(SaveStockLocationMutation, { refetchQueries: [StockLocationsQuery] });
  const van = location?.kind === 'VAN';

  const submit = async () => {
    const values = await form.validateFields();
    setFailure(undefined);
    try {
      await save({ variables: { input: toInput(values, location) } });
      message.success(t('parts.locations.saved'));
      onClose();
    } catch (error) {
      const fields = issuesOnFields(t, error);
      form.setFields(fields);
      // What cannot be shown under a field (a lost connection, a location deleted meanwhile) goes above the form.
      if (fields.length === 0 || fields.length < fieldIssues(error).length) setFailure(partsError(t, error));
    }
  };

  return (
    <Modal open title={location ? t('parts.locations.editTitle', { code: location.code }) : t('parts.locations.createTitle')} onCancel={onClose} onOk={submit}
      confirmLoading={loading} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden
      okButtonProps={{ 'data-testid': 'save-location' } as never}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="location-failure" />}
      {van && <Alert type="info" showIcon message={t('parts.locations.vanNote')} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" data-testid="location-form"
        initialValues={location
          ? { code: location.code, name: location.name, kind: van ? undefined : (location.kind as Values['kind']), stocktakeEveryDays: location.stocktakeEveryDays ?? null }
          : { kind: 'REGIONAL', stocktakeEveryDays: null }}>
        <Form.Item name="code" label={t('parts.locations.code')} extra={location ? t('parts.locations.codeFixed') : t('parts.locations.codeHelp')}
          rules={location ? [] : [
            { required: true, whitespace: true, message: t('parts.locations.codeRequired') },
            { pattern: /^[A-Za-z0-9_-]+$/, message: t('parts.locations.codeFormat') },
          ]}>
          <Input maxLength={30} disabled={!!location} autoComplete="off" data-testid="location-code" />
        </Form.Item>
        <Form.Item name="name" label={t('parts.locations.name')} extra={van ? t('parts.locations.nameFromVan') : undefined}
          rules={van ? [] : [{ required: true, whitespace: true, message: t('parts.locations.nameRequired') }]}>
          <Input maxLength={60} disabled={van} autoComplete="off" data-testid="location-name" />
        </Form.Item>
        {van
          ? <Form.Item label={t('parts.locations.kind')}><LocationKindTag kind="VAN" /></Form.Item>
          : (
            <Form.Item name="kind" label={t('parts.locations.kind')} rules={[{ required: true, message: t('parts.locations.kindRequired') }]}>
              <Radio.Group data-testid="location-kind" options={(['CENTRAL', 'REGIONAL'] as const).map((k) => ({ value: k, label: t(`parts.kind.${k}`) }))} />
            </Form.Item>
          )}
        <Form.Item name="stocktakeEveryDays" label={t('parts.locations.everyDays')} extra={t('parts.locations.everyDaysHelp')}>
          <InputNumber min={1} max={366} precision={0} suffix={t('parts.locations.days')} placeholder={t('parts.locations.adHoc')} style={{ width: '100%', maxWidth: 240 }} data-testid="location-every-days" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
