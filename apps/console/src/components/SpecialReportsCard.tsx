import { RecordDocuments } from './RecordDocuments';
import { EditOutlined, FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import {
  IssueSpecialReportButton,
  SpecialReportEditor,
  WithdrawSpecialReportButton,
} from './SpecialReportEditor';
import { graphql } from '../gql';
import type { SpecialReportsCardFieldsFragment } from '../gql/graphql';
import { GRADE_SHORT, label } from '../lib/labels';
import {
  DEFAULT_ADDRESSEES,
  DEFAULT_FLASH_ADDRESSEES,
  type ReportKind,
  type SpecialReportContent,
  type SpecialReportDraft,
} from '../lib/special-reports';
import { useSession } from '../lib/session';
import { bj, fmt } from '../lib/time';
import { useUnits } from '../lib/units';

const REPORTS = graphql(`
  query ConsoleIncidentSpecialReports($incidentId: ID!) {
    specialReports(incidentId: $incidentId) {
      ...SpecialReportFields
    }
  }
`);

graphql(`
  fragment SpecialReportsCardFields on Incident {
    id
    allowedActions
    title
    excerpt
    status
    platform
    discoveredAt
    spread {
      posts
      reposts
      comments
      views
      mainstreamMediaPickups
    }
    assessment {
      grade
      nature
      veracity
      field
      reasoning
    }
    warning {
      level
      active
    }
    letters {
      id
    }
    tasks {
      status
      assigneeUnitId
    }
    linkage {
      active
      memberUnitIds
      releasedUnitIds
    }
  }
`);

type Incident = SpecialReportsCardFieldsFragment;

/** The ones that receive it: units holding tasks on the incident and the linkage's members, not the centre itself. */
function involvedUnits(inc: Incident, own: string | undefined, copyable: (id: string) => boolean): string[] {
  const ids = [
    ...inc.tasks.filter((t) => !['CANCELLED', 'RETURNED'].includes(t.status)).map((t) => t.assigneeUnitId),
    ...(inc.linkage && inc.status !== 'CLOSED'
      ? inc.linkage.memberUnitIds.filter((u) => !inc.linkage!.releasedUnitIds.includes(u))
      : []),
  ];
  return [...new Set(ids)].filter((u) => u !== own && copyable(u));
}

const sentence = (s: string) => (/[。！？.!?]$/.test(s) ? s : `${s}。`);

/**
 * A new report's first words, from what the incident's page knows: the title 「关于…的舆情专报」, what happened and
 * how far it spread, what the centre has done, the assessment, and the units involved to copy it to.
 */
function firstWords(inc: Incident, names: (id: string) => string, copies: string[]): SpecialReportContent {
  const s = inc.spread;
  const spread = [
    s.posts && `相关帖文 ${s.posts} 条`,
    s.reposts && `转发 ${s.reposts} 次`,
    s.comments && `评论 ${s.comments} 条`,
    s.views && `浏览 ${s.views} 次`,
    s.mainstreamMediaPickups && `${s.mainstreamMediaPickups} 家主流媒体转载`,
  ].filter(Boolean);
  const live = inc.tasks.filter((t) => !['CANCELLED', 'RETURNED'].includes(t.status));
  const done = [
    inc.warning?.active && `发布${inc.warning.level}级预警`,
    inc.letters.length > 0 && '发出网络风险提示函',
    live.length > 0 && `派单${[...new Set(live.map((t) => names(t.assigneeUnitId)))].join('、')}核查处置`,
    inc.linkage?.active && inc.status !== 'CLOSED' && '启动“1+3+N”联动',
  ].filter(Boolean);
  const summary = [
    `${bj(inc.discoveredAt).format('M月D日H时m分')}，${label('Platform', inc.platform)}出现“${inc.title}”相关信息${
      inc.excerpt ? `：${sentence(inc.excerpt.trim())}` : '。'
    }`,
    spread.length ? `截至目前，${spread.join('，')}。` : '',
    done.length ? `县网络舆情应急监控中心已${done.join('，')}。` : '',
  ].join('');
  const a = inc.assessment;
  const analysis = a
    ? [
        `经研判，该舆情为${a.grade}级（${GRADE_SHORT[a.grade]?.split(' ')[1] ?? ''}）舆情，性质属“${label('IncidentNature', a.nature)}”，网传内容${label('Veracity', a.veracity)}`,
        a.field !== 'OTHER' ? `，涉及${label('IncidentField', a.field)}领域。` : '。',
        a.reasoning ? sentence(a.reasoning.trim()) : '',
      ].join('')
    : '';
  return {
    title: `关于${inc.title}的舆情专报`.slice(0, 80),
    summary: summary.slice(0, 3000),
    analysis: analysis.slice(0, 5000),
    suggestions: [],
    addressees: DEFAULT_ADDRESSEES,
    copyUnitIds: copies,
    // A 快报's own parts, from the same facts: how far it spread, what has been done.
    spread: spread.length ? `截至目前，${spread.join('，')}。` : '',
    measuresTaken: done.map((d) => `已${d}`),
  };
}

/** A 快报 starts from the same facts, in its five parts, addressed straight to the leaders. */
const asFlash = (c: SpecialReportContent): SpecialReportContent => ({
  ...c,
  kind: 'FLASH',
  title: c.title.replace(/的舆情专报$/, '的舆情快报'),
  addressees: DEFAULT_FLASH_ADDRESSEES,
  copyUnitIds: [],
});

/**
 * 舆情专报 on an incident's page: the reports written on it (their number once signed off), 编写专报 and 修改 for the
 * centre's writers, 签发 for its leader, as the API offers them (Incident.allowedActions' draftSpecialReport,
 * SpecialReport.allowedActions). Shown to those who may write one, and to anyone the API lets read one.
 */
export function SpecialReportsCard({ incident: inc, live }: { incident: Incident; live?: unknown }) {
  const session = useSession();
  const units = useUnits();
  const writer = inc.allowedActions.includes('draftSpecialReport');
  const [{ data }, refetch] = useQuery({ query: REPORTS, variables: { incidentId: inc.id } });
  const [editing, setEditing] = useState<SpecialReportDraft | ReportKind | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useEffect(() => {
    if (live) refetch({ requestPolicy: 'network-only' });
  }, [live, refetch]);
  const reports = data?.specialReports ?? [];
  const start = useMemo(
    () =>
      firstWords(
        inc,
        units.name,
        // A village's task answers to its township, which is copied; the picker offers no villages.
        involvedUnits(inc, session?.me.unit.id, (u) => {
          const unit = units.byId.get(u);
          return !!unit?.active && unit.kind !== 'VILLAGE';
        }),
      ),
    [inc, units, session],
  );
  if (!writer && reports.length === 0) return null;

  return (
    <Card
      size="small"
      title={
        <span>
          <FileTextOutlined /> 舆情专报与快报
        </span>
      }
      style={{ marginTop: 16 }}
      data-testid="special-reports"
      extra={
        writer && (
          <Space size={6}>
            <Button
              size="small"
              type="primary"
              ghost
              icon={<PlusOutlined />}
              onClick={() => setEditing('FLASH')}
              data-testid="flash-report-new"
            >
              编写快报
            </Button>
            <Button
              size="small"
              type="primary"
              ghost
              icon={<PlusOutlined />}
              onClick={() => setEditing('SPECIAL')}
              data-testid="special-report-new"
            >
              编写专报
            </Button>
          </Space>
        )
      }
    >
      {reports.length === 0 ? (
        // One line, not an illustration: most incidents never need a special report.
        <Typography.Text type="secondary">
          尚未编写专报或快报。重大舆情第一时间编写快报直报县领导；需专题分析研判的，编写专报报县领导并抄送涉事单位。
        </Typography.Text>
      ) : (
        reports.map((r) => (
          <div key={r.id} className="special-report-item" data-testid="special-report-item">
            <div className="special-report-item-head">
              <Space size={6} wrap>
                <Tag color={r.kind === 'FLASH' ? 'volcano' : 'blue'} data-testid="report-kind-tag">
                  {r.kind === 'FLASH' ? '快报' : '专报'}
                </Tag>
                {r.prefilledReason && r.status === 'DRAFT' && <Tag color="orange">平台预填</Tag>}
                {r.serial ? (
                  <Tag color="red" className="special-report-serial-tag">
                    {r.serial}
                  </Tag>
                ) : r.status === 'WITHDRAWN' ? (
                  <Tag>已撤回</Tag>
                ) : (
                  <Tag color="gold">待签发</Tag>
                )}
                <Link to={`/special-reports/${r.id}`} className="special-report-item-title">
                  {r.title}
                </Link>
              </Space>
              {r.allowedActions.length > 0 && (
                <Space size={6} wrap>
                  {r.allowedActions.includes('reviseSpecialReport') && (
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => setEditing(r)}
                      data-testid="special-report-edit"
                    >
                      修改
                    </Button>
                  )}
                  {r.allowedActions.includes('issueSpecialReport') && (
                    <IssueSpecialReportButton size="small" report={r} onIssued={reload} />
                  )}
                  {r.allowedActions.includes('withdrawSpecialReport') && (
                    <WithdrawSpecialReportButton size="small" report={r} onWithdrawn={reload} />
                  )}
                </Space>
              )}
            </div>
            {r.serial && (
              <RecordDocuments
                kind={r.kind === 'FLASH' ? 'FLASH_REPORT' : 'SPECIAL_REPORT'}
                recordId={r.id}
              />
            )}
            <Typography.Text type="secondary" className="special-report-item-meta">
              {r.draftedByName} 起草 · {fmt(r.draftedAt)}
              {r.draftRevision > 1 ? ` · 第 ${r.draftRevision} 稿` : ''}
              {r.issuedAt ? ` · ${r.issuedByName ?? ''} 签发 ${fmt(r.issuedAt)}` : ''}
              {r.copyNames.length > 0 ? ` · 抄送 ${r.copyNames.join('、')}` : ''}
              {r.withdrawnAt
                ? ` · ${r.withdrawnByName ?? ''} 撤回 ${fmt(r.withdrawnAt)}：${r.withdrawReason ?? ''}`
                : ''}
            </Typography.Text>
          </div>
        ))
      )}
      <SpecialReportEditor
        open={editing !== null}
        incidentId={inc.id}
        report={typeof editing === 'object' ? editing : null}
        start={editing === 'FLASH' ? asFlash(start) : start}
        onClose={() => setEditing(null)}
        onSaved={() => void reload()}
      />
    </Card>
  );
}
