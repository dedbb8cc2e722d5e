import { TeamOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Form, Input, Tag } from 'antd';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ConferenceModal } from './ConferenceModal';
import { offers, settled, type CardDialogs } from './shared';
import { FormModal } from '../FormModal';
import { RecordAttachments } from '../attachments/RecordAttachments';
import { RecordDocuments } from '../RecordDocuments';
import { ReasonDialog } from '../ReasonDialog';
import { UnitPicker } from '../UnitPicker';
import { graphql } from '../../gql';
import type { IncidentLinkageFieldsFragment, LinkageCountyFieldsFragment } from '../../gql/graphql';
import { ROLE_SHORT } from '../../lib/labels';
import { useSubmit } from '../../lib/submit';
import { fmt } from '../../lib/time';
import { unitTree, useUnits, WITH_VILLAGES } from '../../lib/units';

graphql(`
  fragment IncidentLinkageFields on Incident {
    id
    version
    grade
    status
    allowedActions
    linkage {
      active
      leadUnitId
      coreUnitIds
      memberUnitIds
      releasedUnitIds
      reason
      activatedAt
      byDecision
    }
    conferences {
      id
      heldAt
      participants
      participantUnitIds
      decisions
      followUpTaskIds
    }
    tasks {
      id
      role
      assigneeUnitId
    }
  }
`);
graphql(`
  fragment LinkageCountyFields on County {
    linkageThresholdGrade
  }
`);

const PROPOSAL = graphql(`
  query ConsoleLinkageProposal($id: ID!) {
    linkageProposal(incidentId: $id) {
      leadUnitId
      coreUnitIds
      proposedMemberUnitIds
      meetsThreshold
      thresholdGrade
    }
  }
`);
const ACTIVATE = graphql(`
  mutation ConsoleActivateLinkage($input: ActivateLinkageInput!) {
    activateLinkage(input: $input) {
      id
      version
    }
  }
`);
const ADD_MEMBERS = graphql(`
  mutation ConsoleAddMembers($input: AddLinkageMembersInput!) {
    addLinkageMembers(input: $input) {
      id
      version
    }
  }
`);
const RELEASE = graphql(`
  mutation ConsoleReleaseMember($input: ReleaseLinkageMemberInput!) {
    releaseLinkageMember(input: $input) {
      id
      version
    }
  }
`);

/**
 * 1+3+N 联动: the linkage (lead, core and involved units) or its proposal, and the joint conferences; activating it,
 * adding and releasing members, recording a conference.
 */
export function LinkageCard({
  incident: inc,
  county,
  dialog,
  onDialog,
  onClose,
  onChanged,
}: { incident: IncidentLinkageFieldsFragment; county: LinkageCountyFieldsFragment } & CardDialogs) {
  const units = useUnits();
  const tree = useMemo(() => unitTree(units.list), [units.list]);
  const treeWithVillages = useMemo(() => unitTree(units.list, WITH_VILLAGES), [units.list]);
  const mayActivate = offers(inc, 'activateLinkage');
  const [{ data: proposal }] = useQuery({ query: PROPOSAL, variables: { id: inc.id }, pause: !mayActivate });
  const activate = useSubmit(ACTIVATE);
  const addMembers = useSubmit(ADD_MEMBERS);
  const release = useSubmit(RELEASE);
  const done = settled(onChanged);
  const v = { incidentId: inc.id, expectedVersion: inc.version };
  const l = inc.linkage;
  // The linkage stays on record (its members keep reading the incident) but ends in effect once it is closed.
  const live = !!l?.active && inc.status !== 'CLOSED';
  const releasing = dialog?.startsWith('release:') ? dialog.slice('release:'.length) : null;

  return (
    <Card
      size="small"
      title={
        <span>
          <TeamOutlined /> 1+3+N 联动
        </span>
      }
      style={{ marginTop: 16 }}
      data-testid="linkage"
    >
      {l ? (
        <div>
          <p>
            <Tag color={live ? 'geekblue' : 'default'}>{live ? '联动中' : '已结束'}</Tag>
            {fmt(l.activatedAt)} 启动{l.byDecision ? '（经决定）' : ''} {l.reason}
          </p>
          <p>
            牵头（1）：<Tag color="red">{units.name(l.leadUnitId)}</Tag>
          </p>
          <p>
            核心（3）：
            {l.coreUnitIds.map((u) => (
              <Tag key={u}>{units.name(u)}</Tag>
            ))}
          </p>
          <p>
            涉事（N）：
            {l.memberUnitIds.map((u) => (
              <Tag
                key={u}
                closable={offers(inc, 'releaseLinkageMember')}
                onClose={(e) => {
                  e.preventDefault();
                  onDialog(`release:${u}`);
                }}
              >
                {units.name(u)}
              </Tag>
            ))}
            {offers(inc, 'addLinkageMembers') && (
              <Button size="small" type="dashed" onClick={() => onDialog('addMembers')}>
                + 增加
              </Button>
            )}
          </p>
          {l.releasedUnitIds.length > 0 && (
            <p className="muted">已解除：{l.releasedUnitIds.map((u) => units.name(u)).join('、')}</p>
          )}
        </div>
      ) : mayActivate ? (
        <div>
          <p className="muted">
            {proposal?.linkageProposal.meetsThreshold
              ? `已达联动等级（${proposal.linkageProposal.thresholdGrade}级及以上）`
              : `未达联动等级（${county.linkageThresholdGrade}级），须经决定启动`}
          </p>
          {proposal && (
            <p>
              建议成员：
              {proposal.linkageProposal.proposedMemberUnitIds.map((u) => (
                <Tag key={u}>{units.name(u)}</Tag>
              ))}
            </p>
          )}
          <Button type="primary" onClick={() => onDialog('activate')}>
            启动联动
          </Button>
        </div>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未启动联动" />
      )}
      {inc.conferences.map((c) => (
        <div key={c.id} className="conference" data-testid="conference">
          <b>联席会议 {fmt(c.heldAt)}</b>
          {c.participantUnitIds.length > 0 && (
            <div className="muted">参会单位：{c.participantUnitIds.map((u) => units.name(u)).join('、')}</div>
          )}
          <div className="muted">参会人员：{c.participants.join('、')}</div>
          <ol className="decisions">
            {c.decisions.map((d, k) => (
              <li key={k}>{d}</li>
            ))}
          </ol>
          {c.followUpTaskIds.length > 0 && (
            <div className="muted">
              会后派单：
              {c.followUpTaskIds
                .map((id) => inc.tasks.find((t) => t.id === id))
                .filter((t) => !!t)
                .map((t) => `${units.name(t.assigneeUnitId)}（${ROLE_SHORT[t.role]}）`)
                .join('、')}
            </div>
          )}
          {/* 联席会议纪要: the centre (the convener) issues it; the units that took part read it here. */}
          <RecordDocuments kind="JOINT_CONFERENCE_MINUTES" recordId={c.id} />
          <RecordAttachments
            recordKind="CONFERENCE"
            recordId={c.id}
            mayAttach={offers(inc, 'attachEvidence')}
          />
        </div>
      ))}

      <FormModal<{ memberUnitIds: string[]; reason: string }>
        open={dialog === 'activate'}
        title="启动 1+3+N 联动"
        onClose={onClose}
        loading={activate.loading}
        initialValues={{
          memberUnitIds: proposal?.linkageProposal.proposedMemberUnitIds ?? [],
          reason: inc.grade ? `${inc.grade}级舆情` : '',
        }}
        onSubmit={async (f) =>
          done(
            await activate.run(
              {
                input: {
                  ...v,
                  memberUnitIds: f.memberUnitIds ?? [],
                  reason: f.reason,
                  byDecision: !proposal?.linkageProposal.meetsThreshold,
                },
              },
              '联动已启动',
            ),
          )
        }
      >
        <Form.Item name="memberUnitIds" label="涉事部门和属地（N）">
          <UnitPicker many treeData={tree} treeDefaultExpandAll />
        </Form.Item>
        <Form.Item name="reason" label="启动理由" rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </FormModal>

      <FormModal<{ unitIds: string[] }>
        open={dialog === 'addMembers'}
        title="增加联动单位"
        onClose={onClose}
        loading={addMembers.loading}
        onSubmit={async (f) =>
          done(await addMembers.run({ input: { ...v, unitIds: f.unitIds } }, '已增加联动单位'))
        }
      >
        <Form.Item name="unitIds" label="单位" rules={[{ required: true }]}>
          <UnitPicker many treeData={treeWithVillages} />
        </Form.Item>
      </FormModal>

      <ReasonDialog
        open={releasing !== null}
        title={`解除联动单位：${units.name(releasing)}`}
        rows={1}
        onClose={onClose}
        loading={release.loading}
        onSubmit={async (reason) =>
          done(await release.run({ input: { ...v, unitId: releasing!, reason } }, '已解除'))
        }
      />

      <ConferenceModal
        open={dialog === 'conference'}
        incidentId={inc.id}
        linkageUnitIds={l ? [l.leadUnitId, ...l.coreUnitIds, ...l.memberUnitIds] : []}
        onClose={onClose}
        onChanged={onChanged}
      />
    </Card>
  );
}
