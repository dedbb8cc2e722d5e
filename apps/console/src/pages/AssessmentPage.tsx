import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  DatePicker,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Statistic,
} from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { IncidentBreakdownCard } from '../components/assessment/IncidentBreakdownCard';
import { LagsCard } from '../components/assessment/LagsCard';
import { LatenessCard } from '../components/assessment/LatenessCard';
import { RankingCard } from '../components/assessment/RankingCard';
import { RecordDocuments } from '../components/RecordDocuments';
import { TrendCard } from '../components/assessment/TrendCard';
import { UnitTableCard } from '../components/assessment/UnitTableCard';
import { graphql } from '../gql';
import type { AssessmentPeriodKind, AssessmentRules, UnitKind } from '../gql/graphql';
import { downloadFile } from '../lib/download';
import { label } from '../lib/labels';
import { errorText } from '../lib/submit';
import { toBjWall, type Dayjs } from '../lib/time';
import { useUnits } from '../lib/units';

const STATISTICS = graphql(`
  query ConsoleAssessmentStatistics($input: AssessmentStatisticsInput!) {
    assessmentStatistics(input: $input) {
      period {
        from
        to
        label
        closed
      }
      rulesLabel
      units {
        unitId
        unitName
        rank
        score
        scoreWithCorrections
        overdueOpenAtEnd
        figures {
          tasksReceived
          handedIn
          handedInOnTime
          handedInLate
          overdue
          sentBack
          supervised
          lettersMissed
          earlyClosures
          onTimeRate
          lateReports
          missedReports
          inquiryTasks
          inquiryRepliedSameDay
        }
        corrections {
          tasksReceived
          handedIn
          handedInOnTime
          handedInLate
          overdue
          sentBack
          supervised
          lettersMissed
          earlyClosures
          lateReports
          missedReports
          inquiryTasks
          inquiryRepliedSameDay
        }
      }
      total {
        tasksReceived
        handedInLate
        overdue
        onTimeRate
        inquiryTasks
        inquiryRepliedSameDay
        inquirySameDayRate
        averageInquiryReplyMinutes
        incidentsReported
        averageReportLagMinutes
        lateReports
        missedReports
        averageAssessLagMinutes
        averageWarnLagMinutes
        averageDispatchLagMinutes
      }
      trend {
        month
        figures {
          tasksReceived
          handedInOnTime
          handedInLate
          overdue
        }
      }
      lateness {
        label
        count
      }
      incidents {
        dimension
        label
        rows {
          value
          label
          count
          corrections
        }
      }
    }
  }
`);
const RANKING = graphql(`
  query ConsoleAssessmentRanking($period: AssessmentPeriodInput!) {
    assessmentRanking(period: $period) {
      rows {
        rank
        score
        isSelf
        unitName
      }
    }
  }
`);

const COUNTY = graphql(`
  query ConsoleAssessmentCounty {
    county {
      id
    }
  }
`);

/** The 考核通报's record: the county and a month (2026-03), quarter (2026-Q1) or year (2026); none for a range. */
function noticeRecordId(
  countyId: string | undefined,
  p: { kind: AssessmentPeriodKind; year: number; month: number | null; quarter: number | null },
): string | null {
  if (!countyId) return null;
  switch (p.kind) {
    case 'MONTH':
      return `${countyId}:${p.year}-${String(p.month).padStart(2, '0')}`;
    case 'QUARTER':
      return `${countyId}:${p.year}-Q${p.quarter}`;
    case 'YEAR':
      return `${countyId}:${p.year}`;
    case 'RANGE':
      return null;
  }
}

const KINDS: UnitKind[] = [
  'TOWNSHIP',
  'BUREAU',
  'LINKAGE_DEPT',
  'PROPAGANDA_DEPT',
  'VILLAGE',
  'COUNTY_CENTER',
];

/**
 * 统计与考核 (issue 24): figures and scores per unit and period from the API (which decides who sees what: the county
 * for auditors, the centre and the county's leaders; a unit itself, and the anonymised ranking if the county
 * shares it), the monthly trend, the ranking, the distribution of lateness, and the table as .xlsx.
 */
export default function AssessmentPage() {
  const { message } = AntApp.useApp();
  const now = toBjWall(Date.now());
  const [kind, setKind] = useState<AssessmentPeriodKind>('MONTH');
  const [year, setYear] = useState(now.year());
  const [month, setMonth] = useState(now.month() + 1);
  const [quarter, setQuarter] = useState(Math.floor(now.month() / 3) + 1);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([now.startOf('month'), now]);
  const [unitKinds, setUnitKinds] = useState<UnitKind[]>([]);
  const [townshipId, setTownshipId] = useState<string | undefined>();
  const [rules, setRules] = useState<AssessmentRules>('IN_FORCE');
  const units = useUnits();

  const period = useMemo(
    () => ({
      kind,
      year,
      month: kind === 'MONTH' ? month : null,
      quarter: kind === 'QUARTER' ? quarter : null,
      from: kind === 'RANGE' ? range[0].format('YYYY-MM-DD') : null,
      to: kind === 'RANGE' ? range[1].format('YYYY-MM-DD') : null,
    }),
    [kind, year, month, quarter, range],
  );
  const input = useMemo(
    () => ({ period, unitKinds: unitKinds.length ? unitKinds : null, townshipId: townshipId ?? null, rules }),
    [period, unitKinds, townshipId, rules],
  );
  const [{ data, error, fetching }] = useQuery({ query: STATISTICS, variables: { input } });
  const stats = data?.assessmentStatistics;
  const countyWide = !!stats?.units.some((u) => u.rank !== null);
  const [ranking] = useQuery({ query: RANKING, variables: { period }, pause: !stats || countyWide });
  const [county] = useQuery({ query: COUNTY });
  // 考核通报 of a closed month, quarter or year: 发文 for the centre's leader, the issued notice for everyone.
  const notice = stats?.period.closed ? noticeRecordId(county.data?.county.id, period) : null;

  const bars = countyWide
    ? (stats?.units ?? []).map((u) => ({ name: u.unitName, score: u.score }))
    : (ranking.data?.assessmentRanking.rows ?? []).map((r) => ({
        name: r.unitName ?? `第 ${r.rank} 名`,
        score: r.score,
        self: r.isSelf,
      }));

  const exportXlsx = async () => {
    const q = new URLSearchParams(
      Object.entries({ ...period, rules, townshipId, unitKinds: unitKinds.join(',') })
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => [k, String(v)]),
    );
    try {
      await downloadFile(`/files/assessment/statistics.xlsx?${q.toString()}`);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="assessment-page">
      <Card size="small">
        <Space wrap>
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as AssessmentPeriodKind)}>
            {(['MONTH', 'QUARTER', 'YEAR', 'RANGE'] as const).map((k) => (
              <Radio.Button key={k} value={k}>
                {label('AssessmentPeriodKind', k)}
              </Radio.Button>
            ))}
          </Radio.Group>
          {kind !== 'RANGE' && (
            <InputNumber
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
              addonAfter="年"
            />
          )}
          {kind === 'MONTH' && (
            <Select
              value={month}
              onChange={setMonth}
              style={{ width: 90 }}
              options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }))}
            />
          )}
          {kind === 'QUARTER' && (
            <Select
              value={quarter}
              onChange={setQuarter}
              style={{ width: 110 }}
              options={[1, 2, 3, 4].map((q) => ({ value: q, label: `第${'一二三四'[q - 1]}季度` }))}
            />
          )}
          {kind === 'RANGE' && (
            <DatePicker.RangePicker
              value={range}
              onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
              allowClear={false}
            />
          )}
          <Select
            mode="multiple"
            allowClear
            placeholder="单位类型"
            style={{ minWidth: 160 }}
            value={unitKinds}
            onChange={setUnitKinds}
            options={KINDS.map((k) => ({ value: k, label: label('UnitKind', k) }))}
          />
          <Select
            allowClear
            placeholder="乡镇（含所属村）"
            style={{ minWidth: 160 }}
            value={townshipId}
            onChange={setTownshipId}
            options={units.list
              .filter((u) => u.kind === 'TOWNSHIP')
              .map((u) => ({ value: u.id, label: u.name }))}
          />
          <Radio.Group value={rules} onChange={(e) => setRules(e.target.value as AssessmentRules)}>
            <Radio.Button value="IN_FORCE">{label('AssessmentRules', 'IN_FORCE')}</Radio.Button>
            <Radio.Button value="CURRENT">{label('AssessmentRules', 'CURRENT')}</Radio.Button>
          </Radio.Group>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void exportXlsx()}
            data-testid="assessment-export"
          >
            导出 Excel
          </Button>
          {notice && <RecordDocuments kind="ASSESSMENT_NOTICE" recordId={notice} />}
        </Space>
      </Card>
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {stats && (
        <>
          <Alert
            type={rules === 'CURRENT' ? 'warning' : 'info'}
            showIcon
            message={`${stats.period.label}（${stats.period.from} 至 ${stats.period.to}，${stats.period.closed ? '已结束：其后补录的事实列为期后更正，不改变本期数字' : '进行中'}）`}
            description={stats.rulesLabel}
          />
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="收到工单" value={stats.total.tasksReceived} loading={fetching} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title="按时交单率"
                  value={stats.total.onTimeRate === null ? '—' : (stats.total.onTimeRate * 100).toFixed(1)}
                  suffix={stats.total.onTimeRate === null ? undefined : '%'}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="逾期交单" value={stats.total.handedInLate} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="超时" value={stats.total.overdue} />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <TrendCard trend={stats.trend} />
            </Col>
            <Col xs={24} lg={10}>
              <LatenessCard buckets={stats.lateness} />
            </Col>
          </Row>
          <LagsCard f={stats.total} />
          <IncidentBreakdownCard dimensions={stats.incidents} />
          {countyWide || ranking.data ? (
            <RankingCard rows={bars} title={countyWide ? '考核排名' : '考核排名（匿名）'} />
          ) : (
            ranking.error && (
              <Alert
                type="info"
                showIcon
                data-testid="assessment-ranking-closed"
                message={
                  ranking.error.graphQLErrors[0]?.extensions?.reason === 'ASSESSMENT.RANKING_NOT_SHARED'
                    ? '本县未开放考核排名：单位只能查看本单位的统计'
                    : errorText(ranking.error)
                }
              />
            )
          )}
          <UnitTableCard rows={stats.units} closed={stats.period.closed} />
        </>
      )}
    </Space>
  );
}
