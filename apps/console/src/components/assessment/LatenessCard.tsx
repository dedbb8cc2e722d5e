import { Card } from 'antd';
import { useMemo } from 'react';
import { Chart } from '../Chart';

/** 逾期时长分布: late first hand-ins by how late they came. */
export function LatenessCard({ buckets }: { buckets: { label: string; count: number }[] }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 16, bottom: 30 },
      xAxis: { type: 'category', data: buckets.map((b) => b.label) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: buckets.map((b) => b.count), itemStyle: { color: '#fa8c16' } }],
    }),
    [buckets],
  );
  return (
    <Card title="逾期时长分布" size="small" data-testid="assessment-lateness">
      <Chart option={option} height={220} />
    </Card>
  );
}
