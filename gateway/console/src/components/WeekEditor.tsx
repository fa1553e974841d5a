import { Button, Col, Form, Row, Space, Tag, TimePicker, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

const toMinutes = (d: Dayjs) => d.hour() * 60 + d.minute();
const fromMinutes = (m: number) => dayjs().startOf('day').add(m, 'minute');

/**
 * A working week inside a form: seven days, Monday first, each a list of working intervals in minutes
 * after midnight (`{ start, end }`); a day without intervals is a day off. `name` is the form path of
 * the week (`['calendar', 'week']`); errors set on a day (`[...name, 3]`) show under that day.
 */
export function WeekEditor({ name, testId }: { name: (string | number)[]; testId?: string }) {
  const { t } = useTranslation();
  const weekdays = t('commitments.weekdays', { returnObjects: true }) as string[];
  return (
    <div data-testid={testId}>
      {weekdays.map((day, i) => (
        <Form.List name={[...name, i]} key={day}>
          {(fields, { add, remove }, { errors }) => (
            <Row gutter={8} align="middle" style={{ marginBottom: 8 }} data-testid={testId ? `${testId}-day-${i}` : undefined}>
              <Col flex="48px"><Typography.Text strong>{day}</Typography.Text></Col>
              <Col flex="auto">
                <Space wrap>
                  {fields.length === 0 && <Tag>{t('commitments.dayOff')}</Tag>}
                  {fields.map((field) => (
                    <Space.Compact key={field.key}>
                      <Form.Item noStyle name={field.name}
                        getValueProps={(iv?: { start: number; end: number }) => ({ value: iv ? [fromMinutes(iv.start), fromMinutes(iv.end)] : undefined })}
                        normalize={(range?: [Dayjs, Dayjs]) => (range ? { start: toMinutes(range[0]), end: toMinutes(range[1]) } : undefined)}>
                        <TimePicker.RangePicker format="HH:mm" minuteStep={15} allowClear={false} style={{ width: 180 }} />
                      </Form.Item>
                      <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="remove" />
                    </Space.Compact>
                  ))}
                  <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({ start: 540, end: 1080 })}>{t('commitments.addInterval')}</Button>
                </Space>
                <Form.ErrorList errors={errors} />
              </Col>
            </Row>
          )}
        </Form.List>
      ))}
    </div>
  );
}
