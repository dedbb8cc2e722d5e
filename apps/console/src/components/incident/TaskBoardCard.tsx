import { Card, Empty, Form, Input } from 'antd';
import { DispatchModal } from './DispatchModal';
import { offers, settled, type CardDialogs } from './shared';
import { TaskCard } from './TaskCard';
import { FormModal } from '../FormModal';
import { graphql } from '../../gql';
import type { DispatchPolicyFieldsFragment, IncidentTaskBoardFieldsFragment } from '../../gql/graphql';
import { useSubmit } from '../../lib/submit';

graphql(`
  fragment IncidentTaskBoardFields on Incident {
    id
    version
    grade
    listedAt
    allowedActions
    tasks {
      ...TaskCardFields
    }
    ...IncidentDispatchFields
  }
`);

const LIST = graphql(`
  mutation ConsoleList($input: ListIncidentInput!) {
    listIncident(input: $input) {
      id
      version
      status
    }
  }
`);
const POLICE = graphql(`
  mutation ConsoleReferToPolice($input: ReferToPoliceInput!) {
    referToPolice(input: $input) {
      id
    }
  }
`);

/** The 四单 board: columns by task state. */
const BOARD = [
  { key: 'todo', title: '待签收', states: ['DISPATCHED'], color: '#d48806' },
  { key: 'doing', title: '办理中', states: ['SIGNED', 'IN_PROGRESS', 'REWORK'], color: '#1747a6' },
  { key: 'in', title: '已交单 · 待审核', states: ['HANDED_IN'], color: '#722ed1' },
  { key: 'done', title: '已销号', states: ['ACCEPTED'], color: '#389e0d' },
  { key: 'off', title: '退回 / 撤销', states: ['RETURNED', 'CANCELLED'], color: '#8c8c8c' },
];

/** 四单 · 工单看板: the incident's tasks by state with their buttons; 列单, 派单 and 移交公安 here. */
export function TaskBoardCard({
  incident: inc,
  policy,
  dialog,
  onClose,
  onChanged,
}: { incident: IncidentTaskBoardFieldsFragment; policy: DispatchPolicyFieldsFragment } & CardDialogs) {
  const list = useSubmit(LIST);
  const police = useSubmit(POLICE);
  const done = settled(onChanged);
  const now = Date.now();
  return (
    <>
      <Card
        size="small"
        title="四单 · 工单看板"
        style={{ marginTop: 16 }}
        extra={<span className="muted">共 {inc.tasks.length} 张</span>}
      >
        {inc.tasks.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={offers(inc, 'dispatchTask') || inc.listedAt ? '尚未派单' : '列单后可派单'}
          />
        ) : (
          <div className="board" data-testid="task-board">
            {BOARD.map((col) => {
              const tasks = inc.tasks.filter((t) => col.states.includes(t.status));
              if (col.key === 'off' && tasks.length === 0) return null;
              return (
                <div className="board-col" key={col.key}>
                  <div className="board-col-head" style={{ borderTopColor: col.color }}>
                    {col.title} <span>{tasks.length}</span>
                  </div>
                  {tasks.map((t) => (
                    <TaskCard key={t.id} task={t} now={now} onChanged={onChanged} />
                  ))}
                </div>
              );
            })}
          </div>
        )}
      </Card>

      <FormModal<{ requirements: string }>
        open={dialog === 'list'}
        title="列单"
        onClose={onClose}
        loading={list.loading}
        testId="list-form"
        initialValues={{
          requirements:
            inc.grade && ['I', 'II', 'III'].includes(inc.grade)
              ? `${policy.feedbackHours}小时内书面反馈核查和处置情况`
              : '当日答复处理意见，办结后反馈结果',
        }}
        onSubmit={async (f) =>
          done(
            await list.run(
              { input: { incidentId: inc.id, expectedVersion: inc.version, requirements: f.requirements } },
              '已列单',
            ),
          )
        }
      >
        <Form.Item name="requirements" label="处置要求" rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>

      <DispatchModal
        open={dialog === 'dispatch'}
        incident={inc}
        policy={policy}
        onClose={onClose}
        onChanged={onChanged}
      />

      <FormModal<{ requirements: string }>
        open={dialog === 'police'}
        title="移交公安依法处置"
        onClose={onClose}
        loading={police.loading}
        onSubmit={async (f) =>
          done(
            await police.run({ input: { incidentId: inc.id, requirements: f.requirements } }, '已移交公安'),
          )
        }
      >
        <Form.Item name="requirements" label="移交事由和要求" rules={[{ required: true }]}>
          <Input.TextArea rows={3} placeholder="如：依法查处造谣者" />
        </Form.Item>
      </FormModal>
    </>
  );
}
