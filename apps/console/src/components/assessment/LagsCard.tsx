import { Card, Col, Row, Statistic } from 'antd';

export interface LagFigures {
  inquiryTasks: number;
  inquiryRepliedSameDay: number;
  inquirySameDayRate?: number | null;
  averageInquiryReplyMinutes?: number | null;
  incidentsReported: number;
  averageReportLagMinutes?: number | null;
  lateReports: number;
  missedReports: number;
  averageAssessLagMinutes?: number | null;
  averageWarnLagMinutes?: number | null;
  averageDispatchLagMinutes?: number | null;
}

const minutes = (m: number | null | undefined) =>
  m === null || m === undefined ? '—' : m < 120 ? `${m} 分钟` : `${(m / 60).toFixed(1)} 小时`;

/**
 * 时效: inquiries answered the same day (003 §三(一)), discovery to report with 迟报/漏报 (003 §二, the county's
 * limits), and the centre's discovery to assessment, warning and dispatch — over the units shown.
 */
export function LagsCard({ f }: { f: LagFigures }) {
  const items: { title: string; value: string | number }[] = [
    {
      title: '询问类当日答复',
      value: `${f.inquiryRepliedSameDay}/${f.inquiryTasks}${f.inquirySameDayRate === null || f.inquirySameDayRate === undefined ? '' : `（${(f.inquirySameDayRate * 100).toFixed(1)}%）`}`,
    },
    { title: '平均首次答复', value: minutes(f.averageInquiryReplyMinutes) },
    { title: '平均发现至上报', value: minutes(f.averageReportLagMinutes) },
    { title: '迟报', value: f.lateReports },
    { title: '漏报', value: f.missedReports },
    { title: '平均发现至研判', value: minutes(f.averageAssessLagMinutes) },
    { title: '平均发现至预警', value: minutes(f.averageWarnLagMinutes) },
    { title: '平均发现至派单', value: minutes(f.averageDispatchLagMinutes) },
  ];
  return (
    <Card title="时效" size="small" data-testid="assessment-lags">
      <Row gutter={[16, 16]}>
        {items.map((i) => (
          <Col key={i.title} xs={12} md={6}>
            <Statistic title={i.title} value={i.value} valueStyle={{ fontSize: 18 }} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
