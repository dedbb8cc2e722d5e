import { Card, Empty } from 'antd';
import { useMemo } from 'react';
import { Chart } from '../Chart';

export interface RankingBar {
  name: string;
  score: number;
  self?: boolean;
}

/** 考核排名: scores, highest first (a unit sees others anonymised, its own bar marked). */
export function RankingCard({ rows, title = '考核排名' }: { rows: RankingBar[]; title?: string }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 120, right: 24, top: 16, bottom: 24 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name) },
      series: [
        {
          type: 'bar',
          data: rows.map((r) => ({ value: r.score, itemStyle: r.self ? { color: '#cf1322' } : undefined })),
          label: { show: true, position: 'right' },
        },
      ],
    }),
    [rows],
  );
  return (
    <Card title={title} size="small" data-testid="assessment-ranking">
      {rows.length ? <Chart option={option} height={Math.max(160, rows.length * 28 + 40)} /> : <Empty />}
    </Card>
  );
}
