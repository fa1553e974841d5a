import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { App, Button, List, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { ClockCircleOutlined, DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { RemovePartLineMutation } from '../api/operations';
import type { PartReservation, WorkOrderDetailFieldsFragment } from '../gql/graphql';
import { dispatchError } from './dispatch';
import { formatFen } from './fieldWork';

type Line = WorkOrderDetailFieldsFragment['parts'][number];

const reservationColor: Record<PartReservation, string> = { PENDING: 'orange', RESERVED: 'blue', BACKORDERED: 'red', ISSUED: 'green', RELEASED: 'default', NOT_STOCKED: 'default' };

/** Where the stock for a line stands: PENDING until the parts service has answered. */
export function ReservationTag({ reservation }: { reservation: PartReservation }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={reservation === 'PENDING' ? t('fieldWork.reservationHelp') : undefined}>
      <Tag color={reservationColor[reservation]} icon={reservation === 'PENDING' ? <ClockCircleOutlined /> : undefined} data-testid="part-reservation" data-reservation={reservation}>
        {t(`fieldWork.reservation.${reservation}`)}
      </Tag>
    </Tooltip>
  );
}

/** The parts recorded on a job; with `workOrderId` the technician may take a line off again. */
export function PartLines({ parts, workOrderId }: { parts: Line[]; workOrderId?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [remove] = useMutation(RemovePartLineMutation);
  const [removing, setRemoving] = useState<string>();

  const drop = async (line: Line) => {
    setRemoving(line.id);
    try {
      await remove({ variables: { workOrderId: workOrderId!, lineId: line.id } });
      message.success(t('fieldWork.partRemoved', { name: line.name }));
    } catch (e) {
      message.error(dispatchError(t, e), 6);
    } finally {
      setRemoving(undefined);
    }
  };

  if (!parts.length) return <Typography.Text type="secondary" data-testid="no-parts">{t('fieldWork.noParts')}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={parts}
      data-testid="part-lines"
      renderItem={(line) => (
        <List.Item
          key={line.id}
          data-testid="part-line"
          data-sku={line.sku}
          style={{ paddingInline: 0 }}
          actions={workOrderId ? [
            <Popconfirm key="remove" title={t('fieldWork.removeConfirm')} okText={t('common.remove')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={() => drop(line)}>
              <Button type="text" danger icon={<DeleteOutlined />} loading={removing === line.id} aria-label={t('common.remove')} data-testid="remove-part" />
            </Popconfirm>,
          ] : undefined}
        >
          <Space direction="vertical" size={2} style={{ minWidth: 0 }}>
            <Typography.Text strong>{line.name} × {line.quantity}</Typography.Text>
            <Space size={4} wrap>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{line.sku} · {t('fieldWork.each', { price: formatFen(line.unitPrice) })}</Typography.Text>
              <Tag>{t(`fieldWork.sources.${line.source}`)}</Tag>
              <ReservationTag reservation={line.reservation} />
            </Space>
          </Space>
        </List.Item>
      )}
    />
  );
}
