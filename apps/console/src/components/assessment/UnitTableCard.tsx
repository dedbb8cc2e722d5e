import { Card, Table, Tag, Tooltip } from 'antd';

export interface UnitFigures {
  tasksReceived: number;
  handedIn: number;
  handedInOnTime: number;
  handedInLate: number;
  overdue: number;
  sentBack: number;
  supervised: number;
  lettersMissed: number;
  earlyClosures: number;
  onTimeRate?: number | null;
  lateReports: number;
  missedReports: number;
  inquiryTasks: number;
  inquiryRepliedSameDay: number;
}

export interface UnitRow {
  unitId: string;
  unitName: string;
  rank?: number | null;
  score: number;
  scoreWithCorrections: number;
  overdueOpenAtEnd: number;
  figures: UnitFigures;
  corrections?: UnitFigures | null;
}

const pct = (r: number | null | undefined) =>
  r === null || r === undefined ? '—' : `${(r * 100).toFixed(1)}%`;

/**
 * 各单位统计与得分. A closed period's figures are what was recorded by its end; facts recorded later show as a
 * tag (期后更正) with what they would change, never folded in.
 */
export function UnitTableCard({ rows, closed }: { rows: UnitRow[]; closed: boolean }) {
  return (
    <Card title="各单位统计与考核" size="small" data-testid="assessment-table">
      <Table<UnitRow>
        rowKey="unitId"
        size="small"
        pagination={false}
        scroll={{ x: 1100 }}
        dataSource={rows}
        columns={[
          { title: '名次', dataIndex: 'rank', width: 60, render: (r: number | null) => r ?? '—' },
          {
            title: '单位',
            dataIndex: 'unitName',
            render: (name: string, u) => (
              <>
                {name}
                {u.corrections && (
                  <Tooltip
                    title={`期后补录：超时 ${u.corrections.overdue}、逾期交单 ${u.corrections.handedInLate}、迟报 ${u.corrections.lateReports}、漏报 ${u.corrections.missedReports}；计入后得分 ${u.scoreWithCorrections}`}
                  >
                    <Tag color="orange" style={{ marginLeft: 6 }}>
                      期后更正
                    </Tag>
                  </Tooltip>
                )}
              </>
            ),
          },
          { title: '收到工单', render: (_, u) => u.figures.tasksReceived },
          { title: '按时交单', render: (_, u) => u.figures.handedInOnTime },
          { title: '逾期交单', render: (_, u) => u.figures.handedInLate },
          { title: '按时率', render: (_, u) => pct(u.figures.onTimeRate) },
          { title: '超时', render: (_, u) => u.figures.overdue },
          { title: closed ? '期末超时未交' : '超时未交', dataIndex: 'overdueOpenAtEnd' },
          { title: '退回重办', render: (_, u) => u.figures.sentBack },
          { title: '督办', render: (_, u) => u.figures.supervised },
          { title: '提示函未签', render: (_, u) => u.figures.lettersMissed },
          { title: '提前办结', render: (_, u) => u.figures.earlyClosures },
          {
            title: '当日答复',
            render: (_, u) =>
              u.figures.inquiryTasks ? `${u.figures.inquiryRepliedSameDay}/${u.figures.inquiryTasks}` : '—',
          },
          { title: '迟报', render: (_, u) => u.figures.lateReports },
          { title: '漏报', render: (_, u) => u.figures.missedReports },
          { title: '得分', dataIndex: 'score', width: 70 },
        ]}
      />
    </Card>
  );
}
