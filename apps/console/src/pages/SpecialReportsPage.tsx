import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { can, useSession } from '../lib/session';
import { errorText } from '../lib/submit';
import { fmt } from '../lib/time';

const REPORTS = graphql(`
  query ConsoleSpecialReports {
    specialReports {
      id
      kind
      prefilledReason
      incidentId
      incidentTitle
      confidential
      status
      serial
      title
      copyNames
      draftRevision
      draftedAt
      draftedByName
      issuedAt
      issuedByName
      withdrawnAt
      withdrawnByName
      withdrawReason
    }
  }
`);

/**
 * 舆情专报 (004 §三(三)): the county centre's special analyses of grave incidents, signed off by its leader and sent
 * to the county's leaders, the propaganda department and the units involved. The centre and the auditors see the
 * drafts too; every other unit the ones it received. The list is what the API lets each read, newest first.
 */
export default function SpecialReportsPage() {
  const session = useSession();
  const nav = useNavigate();
  const seesDrafts = can(session, 'READ_SPECIAL_REPORT_DRAFTS');
  const [filter, setFilter] = useState<string>('all');
  const [kind, setKind] = useState<string>('all');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: REPORTS,
    requestPolicy: 'cache-and-network',
  });
  const every = data?.specialReports ?? [];
  const all = every.filter((r) => kind === 'all' || r.kind === kind);
  const reports = all.filter((r) => filter === 'all' || r.status === filter);
  const drafts = all.filter((r) => r.status === 'DRAFT').length;
  const issued = all.filter((r) => r.status === 'ISSUED').length;
  const withdrawn = all.length - drafts - issued;

  return (
    <div className="page special-reports-page" data-testid="special-reports-page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            专报与快报
          </Typography.Title>
          <Typography.Text type="secondary">
            快报：重大舆情第一时间直报分管县领导、主要领导和市委网信办；专报：专题分析研判、提出处置建议，报送县委、县政府领导并发送涉事单位。均经县中心领导签发
          </Typography.Text>
        </div>
        <Segmented
          value={kind}
          onChange={(v) => setKind(String(v))}
          options={[
            { value: 'all', label: `全部 ${every.length}` },
            { value: 'FLASH', label: `快报 ${every.filter((r) => r.kind === 'FLASH').length}` },
            { value: 'SPECIAL', label: `专报 ${every.filter((r) => r.kind === 'SPECIAL').length}` },
          ]}
          data-testid="report-kind-filter"
        />
      </div>
      <Card
        size="small"
        title={
          seesDrafts ? (
            <Segmented
              size="small"
              value={filter}
              onChange={(v) => setFilter(String(v))}
              options={[
                { value: 'all', label: `全部 ${all.length}` },
                { value: 'DRAFT', label: `待签发 ${drafts}` },
                { value: 'ISSUED', label: `已签发 ${issued}` },
                ...(withdrawn > 0 ? [{ value: 'WITHDRAWN', label: `已撤回 ${withdrawn}` }] : []),
              ]}
              data-testid="special-report-filter"
            />
          ) : (
            '收到的专报与快报'
          )
        }
        extra={
          <Button
            size="small"
            icon={<ReloadOutlined />}
            onClick={() => refetch({ requestPolicy: 'network-only' })}
            loading={fetching}
          />
        }
      >
        {error && <Alert type="error" showIcon message={errorText(error)} />}
        <List
          data-testid="special-report-list"
          loading={fetching && !data}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  can(session, 'DRAFT_SPECIAL_REPORT')
                    ? '暂无专报或快报。在舆情事件页面编写：打开事件，在「舆情专报与快报」栏点「编写快报」或「编写专报」；重大舆情研判后平台自动预填快报'
                    : '暂无专报或快报'
                }
              />
            ),
          }}
          dataSource={reports}
          renderItem={(r) => (
            <List.Item
              className="special-report-row"
              onClick={() => nav(`/special-reports/${r.id}`)}
              data-testid="special-report-row"
            >
              <div className="special-report-row-body">
                <Space size={6} wrap className="special-report-row-title">
                  <Tag color={r.kind === 'FLASH' ? 'volcano' : 'blue'}>
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
                  {r.confidential && <Tag color="red">涉密</Tag>}
                  <span>{r.title}</span>
                </Space>
                <Typography.Text type="secondary" className="special-report-row-meta">
                  {r.issuedAt
                    ? `${r.issuedByName ?? ''} ${fmt(r.issuedAt)} 签发`
                    : r.withdrawnAt
                      ? `${r.withdrawnByName ?? ''} ${fmt(r.withdrawnAt)} 撤回：${r.withdrawReason ?? ''}`
                      : `${r.draftedByName} ${fmt(r.draftedAt)} 起草 · 第 ${r.draftRevision} 稿`}
                  {r.copyNames.length > 0 ? ` · 抄送 ${r.copyNames.join('、')}` : ''}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
