import { Card, Col, Empty, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { Chart } from '../Chart';

export interface BreakdownDimension {
  dimension: string;
  label: string;
  rows: { value: string; label: string; count: number; corrections: number }[];
}

/** Grades in the warning colours of 002 (I red, II orange, III yellow, IV blue), 未研判 grey. */
const GRADE_COLOURS: Record<string, string> = {
  I: '#cf1322',
  II: '#fa8c16',
  III: '#fadb14',
  IV: '#1677ff',
  UNASSESSED: '#bfbfbf',
};

function DistributionChart({ d }: { d: BreakdownDimension }) {
  const rows = d.rows.filter((r) => r.count > 0);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          label: { formatter: '{b} {c}' },
          data: rows.map((r) => ({
            name: r.label,
            value: r.count,
            itemStyle: d.dimension === 'GRADE' ? { color: GRADE_COLOURS[r.value] } : undefined,
          })),
        },
      ],
    }),
    [rows, d.dimension],
  );
  const corrected = d.rows.filter((r) => r.corrections !== 0);
  return (
    <Card
      size="small"
      type="inner"
      title={d.label}
      data-testid={`assessment-breakdown-${d.dimension.toLowerCase()}`}
    >
      {rows.length ? <Chart option={option} height={220} /> : <Empty description="本期无" />}
      {corrected.length > 0 && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          期后更正（不计入上图）：
          {corrected.map((r) => `${r.label} ${r.corrections > 0 ? '+' : ''}${r.corrections}`).join('，')}
        </Typography.Text>
      )}
    </Card>
  );
}

/**
 * 舆情分布: the incidents reported in the period by grade, field, discovery channel and platform, and those closed in
 * it by how they were closed — as recorded by the period's end, later corrections listed beneath each chart.
 */
export function IncidentBreakdownCard({ dimensions }: { dimensions: BreakdownDimension[] }) {
  return (
    <Card title="舆情分布" size="small" data-testid="assessment-breakdown">
      <Row gutter={[12, 12]}>
        {dimensions.map((d) => (
          <Col key={d.dimension} xs={24} md={12} xl={8}>
            <DistributionChart d={d} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
