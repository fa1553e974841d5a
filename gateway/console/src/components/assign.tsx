import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Drawer, Form, Input, List, Modal, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AssignWorkOrderMutation, DispatchBoardQuery, SuggestTechniciansQuery, TechnicianJobsQuery, WorkOrderQuery } from '../api/operations';
import { placeOf, TierTag } from './divisions';
import { dispatchError, distanceText, EmergencyMark, exclusionCount, exclusionText, LoadBar, useLocalized } from './dispatch';
import type { TechnicianFieldsFragment, WorkOrderFieldsFragment } from '../gql/graphql';

type Order = Pick<WorkOrderFieldsFragment, 'id' | 'version' | 'requestNumber' | 'customerName' | 'productModel' | 'skill' | 'divisionCode' | 'regionTier' | 'emergency'>;
type Technician = TechnicianFieldsFragment;

/** What shows work orders and loads: refetched after every assignment, whatever its outcome. */
export const BOARD_QUERIES = [DispatchBoardQuery, TechnicianJobsQuery, WorkOrderQuery];

/** Assigns, says to whom, and on a conflict says why and reloads the board. */
export function useAssign() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(AssignWorkOrderMutation);
  const assign = async (order: Order, choice?: { technician: Technician; reason: string }, expected?: Technician): Promise<boolean> => {
    try {
      const result = await mutate({
        variables: { workOrderId: order.id, version: order.version, technicianId: choice?.technician.id ?? null, reason: choice?.reason ?? null },
      });
      const assigned = result.data!.assignWorkOrder;
      if (expected && assigned.technicianId !== expected.id) message.info(t('dispatch.engineChose', { name: assigned.technicianName }));
      else message.success(t('dispatch.assigned', { number: assigned.requestNumber, name: assigned.technicianName }));
      return true;
    } catch (error) {
      message.error(dispatchError(t, error), 6);
      return false;
    } finally {
      void client.refetchQueries({ include: BOARD_QUERIES });
    }
  };
  return { assign, loading };
}

/** Who may take it, best first, and why; and who was left out for what. */
export function SuggestDrawer({ order, onClose, onChoose, onAssigned }: { order: Order; onClose(): void; onChoose(technician: Technician): void; onAssigned(): void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { data, loading, error, refetch } = useQuery(SuggestTechniciansQuery, { variables: { workOrderId: order.id }, fetchPolicy: 'network-only' });
  const { assign, loading: assigning } = useAssign();
  const candidates = data?.suggestTechnicians.candidates ?? [];
  const excluded = data?.suggestTechnicians.excluded;
  const left = exclusionCount(excluded);
  return (
    <Drawer open onClose={onClose} width={480} title={t('dispatch.suggestTitle', { number: order.requestNumber })} data-testid="suggestions"
      extra={<Button icon={<ReloadOutlined />} onClick={() => refetch()} aria-label={t('common.refresh')} />}>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Space size={4} wrap>
          {order.emergency && <EmergencyMark />}
          <Typography.Text>{order.customerName} · {order.productModel}</Typography.Text>
          <Tag>{order.skill}</Tag>
          {order.divisionCode && <Typography.Text type="secondary">{placeOf(order.divisionCode)}</Typography.Text>}
          <TierTag tier={order.regionTier} />
        </Space>
        {error && <Alert type="error" showIcon message={dispatchError(t, error)} />}
        {loading && !data ? <Skeleton active /> : data && candidates.length === 0 ? (
          <div data-testid="no-candidates">
            <Result status="warning" title={t('dispatch.noCandidates')}
              subTitle={left > 0 ? t('dispatch.noCandidatesHelp', { reasons: exclusionText(t, excluded) }) : t('dispatch.noTechnicians')} />
          </div>
        ) : (
          <List
            dataSource={candidates}
            renderItem={(c, i) => (
              <List.Item data-testid="candidate" data-name={c.technician.name}
                actions={[
                  i === 0 ? (
                    <Button key="best" type="primary" loading={assigning} data-testid="assign-best"
                      onClick={async () => { if (await assign(order, undefined, c.technician)) onAssigned(); }}>{t('dispatch.assignBest')}</Button>
                  ) : (
                    <Button key="choose" data-testid="assign-choose" onClick={() => onChoose(c.technician)}>{t('dispatch.assignOther')}</Button>
                  ),
                ]}>
                <List.Item.Meta
                  avatar={<Tag color={i === 0 ? 'green' : 'default'} style={{ marginTop: 2, minWidth: 52, textAlign: 'center' }}>{i === 0 ? t('dispatch.best') : t('dispatch.rank', { n: i + 1 })}</Tag>}
                  title={<Space size={8} wrap><span>{c.technician.name}</span><Typography.Text type="secondary" style={{ fontSize: 12 }}>{distanceText(t, c.distanceKm)} · {t('dispatch.score', { score: c.score.toFixed(2) })}</Typography.Text></Space>}
                  description={
                    <Space direction="vertical" size={4} style={{ width: '100%' }}>
                      <Typography.Text data-testid="candidate-reason">{localized(c.reason.text)}</Typography.Text>
                      <LoadBar load={c.technician.load} capacity={c.technician.dailyCapacity} size="small" />
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        )}
        {data && candidates.length > 0 && (
          <Alert type="info" showIcon data-testid="excluded-summary"
            message={left > 0 ? t('dispatch.excludedSummary', { count: left, reasons: exclusionText(t, excluded) }) : t('dispatch.excludedNone')} />
        )}
      </Space>
    </Drawer>
  );
}

/** Choosing a technician by hand (from the suggestions or by dropping the work order on them) needs a reason. */
export function ReasonModal({ order, technician, onClose, onAssigned }: { order: Order; technician: Technician; onClose(): void; onAssigned(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const { assign, loading } = useAssign();
  const submit = async () => {
    const { reason } = await form.validateFields();
    if (await assign(order, { technician, reason: reason.trim() })) onAssigned();
    else onClose();
  };
  return (
    <Modal open title={t('dispatch.reasonTitle', { name: technician.name, number: order.requestNumber })} onCancel={onClose} onOk={submit} confirmLoading={loading}
      okText={t('dispatch.assignOther')} cancelText={t('common.cancel')} destroyOnHidden data-testid="reason-modal">
      <Typography.Paragraph type="secondary">{t('dispatch.reasonHelp')}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }} size={4}>
        <LoadBar load={technician.load} capacity={technician.dailyCapacity} size="small" />
      </Space>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('dispatch.reasonLabel')} rules={[{ required: true, whitespace: true, message: t('dispatch.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={300} showCount placeholder={t('dispatch.reasonPlaceholder')} data-testid="assign-reason" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
