import { FourFormsLedgerButton, LettersLedgerButton } from '../RecordDocuments';
import { ArrowLeftOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Tag, Tooltip, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useNavigate } from 'react-router-dom';
import { offers, type IncidentDialog } from './shared';
import { GradeTag, StatusTag } from '../tags';
import { graphql } from '../../gql';
import type { IncidentAction, IncidentHeaderFieldsFragment } from '../../gql/graphql';
import { GRADE_COLOR, label } from '../../lib/labels';
import { fmt } from '../../lib/time';
import { useUnits } from '../../lib/units';

graphql(`
  fragment IncidentHeaderFields on Incident {
    id
    title
    grade
    localGrade {
      scale
      label
    }
    status
    confidential
    channel
    platform
    discoveredAt
    reportingUnitId
    localUnitId
    allowedActions
    unavailableActions {
      action
      reason
    }
    assessment {
      revision
    }
    warning {
      level
      active
    }
    linkage {
      active
    }
  }
`);

/** The steps the header offers, in order, each opening its card's dialog when the API lists it. */
const PRIMARY: { key: IncidentDialog; action: IncidentAction; label: string; primary?: boolean }[] = [
  { key: 'local', action: 'handleLocally', label: '乡镇自行处置', primary: true },
  { key: 'assess', action: 'assessIncident', label: '研判' },
  { key: 'warn', action: 'issueWarning', label: '发布预警', primary: true },
  { key: 'letter', action: 'sendRiskLetter', label: '发风险提示函' },
  { key: 'list', action: 'listIncident', label: '列单', primary: true },
  { key: 'dispatch', action: 'dispatchTask', label: '派单', primary: true },
];
const MORE: { key: IncidentDialog; action: IncidentAction; label: string }[] = [
  { key: 'adjust', action: 'adjustWarning', label: '调整预警' },
  { key: 'lift', action: 'liftWarning', label: '解除预警' },
  { key: 'escalate', action: 'escalateIncident', label: '上报' },
  { key: 'takeOver', action: 'takeOverIncident', label: '县中心接管' },
  { key: 'supplement', action: 'supplementIncident', label: '补充情况' },
  { key: 'spread', action: 'recordSpreadReading', label: '记录传播数据' },
  { key: 'police', action: 'referToPolice', label: '移交公安' },
  { key: 'conference', action: 'recordJointConference', label: '记录联席会议' },
  { key: 'calm', action: 'markIncidentCalmed', label: '标记平息' },
  { key: 'close', action: 'closeIncident', label: '办结' },
  { key: 'review', action: 'fileIncidentReview', label: '总结评估' },
  { key: 'reopen', action: 'reopenIncident', label: '重新打开' },
  { key: 'draft', action: 'draftStatement', label: '起草口径/通稿' },
];

/** The incident's name, grade and state, and the buttons for the steps the API offers the caller now. */
export function IncidentHeader({
  incident: inc,
  onDialog,
}: {
  incident: IncidentHeaderFieldsFragment;
  onDialog: (d: IncidentDialog) => void;
}) {
  const nav = useNavigate();
  const units = useUnits();
  // The linkage stays on record (its members keep reading the incident) but ends in effect once it is closed.
  const linkageLive = !!inc.linkage?.active && inc.status !== 'CLOSED';
  // Every step the caller may take is shown: open ones first, then the rest disabled with the API's reason (issue 20
  // §5), so a person sees what holds 办结 back instead of looking for a button that is not there.
  const why = new Map(inc.unavailableActions.map((u) => [u.action, u.reason]));
  const closed = inc.status === 'CLOSED';
  const open = MORE.filter((m) => offers(inc, m.action));
  const blocked = MORE.filter((m) => why.has(m.action));
  const more: MenuProps['items'] = [
    ...open.map(({ key, label }) => ({ key, label })),
    ...(open.length && blocked.length ? [{ type: 'divider' as const }] : []),
    ...blocked.map(({ key, label, action }) => ({
      key,
      disabled: true,
      label: (
        <div className="blocked-action" data-testid={`blocked-${key}`}>
          <span>{label}</span>
          <div className="muted">{why.get(action)}</div>
        </div>
      ),
    })),
  ];
  return (
    <div className="detail-head">
      <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => nav(-1)} />
      <div className="detail-title">
        <Space wrap size={8}>
          <GradeTag grade={inc.grade} long local={inc.localGrade} />
          <StatusTag status={inc.status} />
          {inc.confidential && <Tag color="red">涉密</Tag>}
          {inc.warning?.active && (
            <Tag color={GRADE_COLOR[inc.warning.level]}>
              {label('Grade', inc.warning.level).replace(/级.*/, '级')}预警生效中
            </Tag>
          )}
          {inc.localUnitId && (
            <Tag color="cyan" data-testid="local-handling">
              {units.name(inc.localUnitId)}自行处置
            </Tag>
          )}
          {linkageLive && (
            <Tag icon={<TeamOutlined />} color="geekblue">
              1+3+N 联动中
            </Tag>
          )}
        </Space>
        <Typography.Title level={3} style={{ margin: '6px 0 2px' }} data-testid="incident-title">
          {inc.title}
        </Typography.Title>
        <Typography.Text type="secondary">
          {label('DiscoveryChannel', inc.channel)} · {label('Platform', inc.platform)} · 发现于{' '}
          {fmt(inc.discoveredAt)} · 登记单位 {units.name(inc.reportingUnitId)}
        </Typography.Text>
      </div>
      <Space wrap className="detail-actions">
        {PRIMARY.filter((p) => offers(inc, p.action) || (!closed && why.has(p.action))).map((p) => {
          // 研判 again is a revision: no longer the step to take first.
          const revise = p.key === 'assess' && !!inc.assessment;
          const reason = why.get(p.action);
          const button = (
            <Button
              key={p.key}
              type={!reason && (p.key === 'assess' ? !revise : p.primary) ? 'primary' : undefined}
              disabled={!!reason}
              onClick={() => onDialog(p.key)}
              data-testid={`action-${p.key}`}
              data-reason={reason}
            >
              {revise ? '修订研判' : p.label}
            </Button>
          );
          return reason ? (
            <Tooltip key={p.key} title={`暂不可${p.label}：${reason}`}>
              {button}
            </Tooltip>
          ) : (
            button
          );
        })}
        {more.length > 0 && (
          <Dropdown
            trigger={['click']}
            menu={{ items: more, onClick: (e) => onDialog(e.key as IncidentDialog) }}
          >
            <Button data-testid="action-more">更多操作</Button>
          </Dropdown>
        )}
        <FourFormsLedgerButton incidentId={inc.id} />
        <LettersLedgerButton incidentId={inc.id} />
      </Space>
    </div>
  );
}
