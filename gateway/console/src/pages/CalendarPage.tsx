import { useState } from 'react';
import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Col, Row, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CommitmentsQuery, NationalCalendarQuery } from '../api/operations';
import { errorMessage } from '../api/errors';

type Kind = 'holiday' | 'makeUp' | 'closure' | 'extra' | 'weekend' | 'work';
const COLORS: Record<Kind, { background: string; color: string }> = {
  holiday: { background: '#fff1f0', color: '#cf1322' },
  makeUp: { background: '#fff7e6', color: '#d46b08' },
  closure: { background: '#f9f0ff', color: '#531dab' },
  extra: { background: '#e6f4ff', color: '#0958d9' },
  weekend: { background: '#fafafa', color: '#bfbfbf' },
  work: { background: '#fff', color: '#262626' },
};

/** A year at a glance: statutory holidays, make-up workdays (调休), the company's own days off and on. */
export function CalendarPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const commitments = useQuery(CommitmentsQuery);
  const national = useQuery(NationalCalendarQuery, { variables: { years: [year] } });
  const error = commitments.error ?? national.error;
  if (error) return <Alert type="error" showIcon message={errorMessage(t, error)} />;
  if (!commitments.data) return <Card><Skeleton active /></Card>;

  const calendar = commitments.data.commitments.calendar;
  const data = calendar.nationalCalendar ? national.data?.nationalCalendar.find((n) => n.year === year) : undefined;
  const names = new Map<string, [Kind, string]>();
  for (const d of data?.holidays ?? []) names.set(d.date, ['holiday', d.name]);
  for (const d of data?.workdays ?? []) names.set(d.date, ['makeUp', d.name]);
  for (const d of calendar.closures) names.set(d, ['closure', t('calendarView.closure')]);
  for (const d of calendar.extraWorkdays) names.set(d, ['extra', t('calendarView.extra')]);
  const kindOf = (date: Date, key: string): [Kind, string] => {
    const named = names.get(key);
    if (named) return named;
    const weekday = (date.getUTCDay() + 6) % 7;
    return calendar.week[weekday].length ? ['work', ''] : ['weekend', ''];
  };

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('calendarView.title')}</Typography.Title>}
      extra={
        <Space>
          <Button icon={<LeftOutlined />} onClick={() => setYear(year - 1)} aria-label="previous year" />
          <Typography.Text strong data-testid="calendar-year">{year}</Typography.Text>
          <Button icon={<RightOutlined />} onClick={() => setYear(year + 1)} aria-label="next year" />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        {(['holiday', 'makeUp', 'closure', 'extra', 'weekend'] as const).map((k) => (
          <Tag key={k} style={{ background: COLORS[k].background, color: COLORS[k].color, borderColor: COLORS[k].color }}>{t(`calendarView.${k}`)}</Tag>
        ))}
        {data && <Typography.Text type="secondary">{t('calendarView.source')}: {data.source}</Typography.Text>}
      </Space>
      {calendar.nationalCalendar && !national.loading && !data && <Alert type="warning" showIcon message={t('calendarView.noData', { year })} style={{ marginBottom: 16 }} />}
      <Row gutter={[12, 12]}>
        {Array.from({ length: 12 }, (_, month) => (
          <Col xs={24} sm={12} lg={8} xxl={6} key={month}>
            <Month year={year} month={month} kindOf={kindOf} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function Month({ year, month, kindOf }: { year: number; month: number; kindOf: (d: Date, key: string) => [Kind, string] }) {
  const { t, i18n } = useTranslation();
  const weekdays = t('commitments.weekdays', { returnObjects: true }) as string[];
  const first = new Date(Date.UTC(year, month, 1));
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const title = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' }).format(first);
  return (
    <Card size="small" title={title} data-testid={`month-${month + 1}`}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, textAlign: 'center', fontSize: 12 }}>
        {weekdays.map((w) => <div key={w} style={{ color: '#8c8c8c' }}>{w.slice(-1)}</div>)}
        {Array.from({ length: lead }, (_, i) => <div key={`lead-${i}`} />)}
        {Array.from({ length: days }, (_, i) => {
          const date = new Date(Date.UTC(year, month, i + 1));
          const key = date.toISOString().slice(0, 10);
          const [kind, name] = kindOf(date, key);
          const cell = (
            <div data-date={key} data-kind={kind} style={{ ...COLORS[kind], borderRadius: 4, padding: '2px 0', fontWeight: kind === 'holiday' || kind === 'makeUp' ? 600 : 400 }}>
              {i + 1}
              {kind === 'makeUp' && <sup>班</sup>}
              {kind === 'holiday' && <sup>休</sup>}
            </div>
          );
          return name ? <Tooltip key={key} title={name}>{cell}</Tooltip> : <div key={key}>{cell}</div>;
        })}
      </div>
    </Card>
  );
}

