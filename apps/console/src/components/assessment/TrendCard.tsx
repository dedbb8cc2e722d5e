import { Card } from 'antd';
import { useMemo } from 'react';
import { Chart } from '../Chart';

export interface TrendPoint {
  month: string;
  figures: { tasksReceived: number; handedInOnTime: number; handedInLate: number; overdue: number };
}

/** 月度趋势: tasks received, on time and late, overdue — month by month, as recorded by each month's end. */
export function TrendCard({ trend }: { trend: TrendPoint[] }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: ['收到工单', '按时交单', '逾期交单', '超时'] },
      grid: { left: 40, right: 16, top: 40, bottom: 30, containLabel: true },
      xAxis: { type: 'category', data: trend.map((t) => t.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '收到工单', type: 'bar', data: trend.map((t) => t.figures.tasksReceived) },
        { name: '按时交单', type: 'line', data: trend.map((t) => t.figures.handedInOnTime) },
        { name: '逾期交单', type: 'line', data: trend.map((t) => t.figures.handedInLate) },
        { name: '超时', type: 'line', data: trend.map((t) => t.figures.overdue) },
      ],
    }),
    [trend],
  );
  return (
    <Card title="月度趋势" size="small" data-testid="assessment-trend">
      <Chart option={option} height={260} />
    </Card>
  );
}
