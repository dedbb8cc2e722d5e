import { ArrowLeftOutlined, EditOutlined, FileSearchOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import {
  IssueSpecialReportButton,
  SpecialReportEditor,
  WithdrawSpecialReportButton,
} from '../components/SpecialReportEditor';
import { graphql } from '../gql';
import type { ConsoleSpecialReportQuery } from '../gql/graphql';
import { useCountyName } from '../lib/county';
import { centreTitle, chineseNumber, docDate, paperOf } from '../lib/special-reports';
import { can, useSession } from '../lib/session';
import { errorText } from '../lib/submit';
import { fmt } from '../lib/time';

const REPORT = graphql(`
  query ConsoleSpecialReport($id: ID!) {
    specialReport(id: $id) {
      ...SpecialReportFields
    }
  }
`);

type Report = ConsoleSpecialReportQuery['specialReport'];

/** Paragraphs as written: one a line, each indented two characters as on paper. */
const Paragraphs = ({ text }: { text: string }) => (
  <>
    {text
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p, i) => (
        <p key={i} className="special-report-para">
          {p}
        </p>
      ))}
  </>
);

/**
 * One 舆情专报, laid out as the document the county's leaders read — on a desk, on a phone, or printed (without the
 * console's frame): the red masthead, the year's number, the three parts, whom it is addressed and copied to, who
 * signed it off. A draft says so across the page; the centre's writers revise it here and its leader signs it off.
 */
export default function SpecialReportPage() {
  const { id = '' } = useParams();
  const nav = useNavigate();
  const session = useSession();
  const [{ data, error, fetching }, refetch] = useQuery({ query: REPORT, variables: { id } });
  const [editing, setEditing] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const back = () => void nav(can(session, 'READ_SPECIAL_REPORTS') ? '/special-reports' : '/');

  if (error && !data)
    return (
      <Result
        status="404"
        title="未找到该报告"
        subTitle={errorText(error)}
        extra={<Button onClick={back}>返回专报列表</Button>}
      />
    );
  const r = data?.specialReport;
  if (!r) return <Spin style={{ display: 'block', margin: '120px auto' }} spinning={fetching} />;
  const draft = r.status === 'DRAFT';
  const writer = r.allowedActions.includes('reviseSpecialReport');
  const leader = r.allowedActions.includes('issueSpecialReport');

  return (
    <div className="page special-report-page" data-testid="special-report-page">
      <div className="special-report-sheet">
        <div className="special-report-toolbar">
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={back}>
            专报与快报
          </Button>
          <Space wrap size={8}>
            {can(session, 'READ_COUNTY_INCIDENTS') && (
              <Button icon={<FileSearchOutlined />} onClick={() => nav(`/incidents/${r.incidentId}`)}>
                查看事件
              </Button>
            )}
            {writer && (
              <Button
                icon={<EditOutlined />}
                onClick={() => setEditing(true)}
                data-testid="special-report-edit"
              >
                修改
              </Button>
            )}
            {leader && <IssueSpecialReportButton report={r} onIssued={reload} />}
            {r.allowedActions.includes('withdrawSpecialReport') && (
              <WithdrawSpecialReportButton report={r} onWithdrawn={reload} />
            )}
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              打印
            </Button>
          </Space>
        </div>
        {draft && (
          <Alert
            type="warning"
            showIcon
            className="special-report-draft-alert"
            message={
              r.kind === 'FLASH'
                ? `本期快报待签发：第 ${r.draftRevision} 稿，${r.draftedByName} ${fmt(r.draftedAt)} 保存${r.prefilledReason ? '（平台根据事件记录预填，请核实补充）' : ''}。签发前仅县中心和审计人员可见，签发后直报分管县领导、主要领导和市委网信办。`
                : `本期专报待签发：第 ${r.draftRevision} 稿，${r.draftedByName} ${fmt(r.draftedAt)} 保存。签发前仅县中心和审计人员可见，签发后送县委宣传部及抄送单位。`
            }
          />
        )}
        {r.status === 'WITHDRAWN' && (
          <Alert
            type="info"
            showIcon
            className="special-report-draft-alert"
            data-testid="special-report-withdrawn"
            message={`本稿件已撤回，未签发：${r.withdrawnByName ?? ''} ${r.withdrawnAt ? fmt(r.withdrawnAt) : ''} 撤回，理由：${r.withdrawReason ?? ''}`}
          />
        )}
        <SpecialReportDoc report={r} />
      </div>
      {writer && (
        <SpecialReportEditor
          open={editing}
          incidentId={r.incidentId}
          report={r}
          onClose={() => setEditing(false)}
          onSaved={() => void reload()}
        />
      )}
    </div>
  );
}

/** （一）（二）…: suggestions and measures as the paper numbers them. */
const Numbered = ({ items }: { items: string[] }) => (
  <ol className="special-report-suggestions">
    {items.map((s, i) => (
      <li key={i}>
        <span className="special-report-suggestion-no">（{chineseNumber(i + 1)}）</span>
        {s}
      </li>
    ))}
  </ol>
);

function SpecialReportDoc({ report: r }: { report: Report }) {
  const county = useCountyName();
  const draft = r.status === 'DRAFT';
  return (
    <Card
      className={`daily-report-doc special-report-doc ${draft ? 'draft' : ''}`}
      data-testid="special-report-doc"
    >
      {draft && (
        <div className="special-report-watermark" aria-hidden>
          待签发
        </div>
      )}
      <div className="special-report-masthead">{paperOf(r)}</div>
      <div className="special-report-serial" data-testid="special-report-serial">
        {r.serial ?? '（待签发）'}
      </div>
      <div className="daily-report-issue-line special-report-issue-line">
        <span>{centreTitle(county)}</span>
        <span>{docDate(r.issuedAt ?? r.draftedAt)}</span>
      </div>
      <h2 className="special-report-title">
        {r.confidential && (
          <Tag color="red" className="special-report-secret">
            涉密
          </Tag>
        )}
        {r.title}
      </h2>
      {r.kind === 'FLASH' ? (
        <>
          <h4>一、事件概况</h4>
          <Paragraphs text={r.summary} />
          <h4>二、传播情况</h4>
          <Paragraphs text={r.spread ?? ''} />
          <h4>三、研判分析</h4>
          <Paragraphs text={r.analysis} />
          <h4>四、已采取措施</h4>
          <Numbered items={r.measuresTaken?.length ? r.measuresTaken : ['暂无。']} />
          <h4>五、下步建议</h4>
          <Numbered items={r.suggestions} />
        </>
      ) : (
        <>
          <h4>一、事件概况</h4>
          <Paragraphs text={r.summary} />
          <h4>二、研判分析</h4>
          <Paragraphs text={r.analysis} />
          <h4>三、处置建议</h4>
          <Numbered items={r.suggestions} />
        </>
      )}
      <div className="special-report-footer">
        <div>
          <b>报送：</b>
          {r.addressees}
        </div>
        <div>
          <b>抄送：</b>
          {r.copyNames.length ? r.copyNames.join('，') : '（无）'}
        </div>
        <div className="special-report-signers">
          <span>
            <b>签发：</b>
            {r.issuedByName ?? '（待签发）'}
          </span>
          <span>
            <b>编辑：</b>
            {r.draftedByName}
          </span>
          {r.issuedAt && <span className="muted">{fmt(r.issuedAt)} 签发</span>}
        </div>
      </div>
    </Card>
  );
}
