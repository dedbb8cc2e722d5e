import { Button, Col, DatePicker, Form, Input, Row, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { settled } from './shared';
import { FormModal } from '../FormModal';
import { UnitPicker } from '../UnitPicker';
import { graphql } from '../../gql';
import type { TaskRole } from '../../gql/graphql';
import { useSubmit } from '../../lib/submit';
import { lines } from '../../lib/text';
import { dayjs } from '../../lib/time';
import { unitTree, useUnits, WITH_VILLAGES } from '../../lib/units';

const CONFERENCE = graphql(`
  mutation ConsoleConference($input: RecordJointConferenceInput!) {
    recordJointConference(input: $input) {
      id
      version
    }
  }
`);

interface ConferenceForm {
  heldAt: dayjs.Dayjs;
  participantUnitIds?: string[];
  participants: string;
  decisions: string;
  followUps?: { unitId: string; role: TaskRole; requirements: string }[];
}

/** 记录联席会议: who took part, what was decided, and the tasks dispatched from it in the same step. */
export function ConferenceModal({
  open,
  incidentId,
  linkageUnitIds,
  onClose,
  onChanged,
}: {
  open: boolean;
  incidentId: string;
  /** The "1+3+N" members: they take part by default (001 §四); the form lets the centre change that. */
  linkageUnitIds: string[];
  onClose: () => void;
  onChanged: () => void;
}) {
  const units = useUnits();
  const tree = useMemo(() => unitTree(units.list, WITH_VILLAGES), [units.list]);
  const conference = useSubmit(CONFERENCE);
  const done = settled(onChanged);
  return (
    <FormModal<ConferenceForm>
      open={open}
      title="记录联席会议"
      onClose={onClose}
      loading={conference.loading}
      width={720}
      initialValues={{ heldAt: dayjs(), participantUnitIds: linkageUnitIds, followUps: [] }}
      onSubmit={async (f) =>
        done(
          await conference.run(
            {
              input: {
                incidentId,
                heldAt: f.heldAt.toISOString(),
                participants: lines(f.participants),
                decisions: lines(f.decisions),
                participantUnitIds: f.participantUnitIds ?? [],
                followUpTasks: (f.followUps ?? []).map((t) => ({
                  unitId: t.unitId,
                  role: t.role,
                  requirements: t.requirements,
                })),
              },
            },
            f.followUps?.length ? `已记录联席会议，派出 ${f.followUps.length} 张工单` : '已记录联席会议',
          ),
        )
      }
    >
      <Form.Item name="heldAt" label="召开时间" rules={[{ required: true }]}>
        <DatePicker showTime format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item name="participantUnitIds" label="参会单位">
        <UnitPicker
          many
          treeData={tree}
          showCheckedStrategy={TreeSelect.SHOW_ALL}
          maxTagCount="responsive"
          data-testid="conference-units"
        />
      </Form.Item>
      <Form.Item name="participants" label="参会人员（每行一位）" rules={[{ required: true }]}>
        <Input.TextArea rows={3} placeholder="如：县委宣传部 副部长" />
      </Form.Item>
      <Form.Item name="decisions" label="会议决定（每行一条）" rules={[{ required: true }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.List name="followUps">
        {(fields, { add, remove }) => (
          <div className="follow-ups">
            <div className="follow-ups-head">
              会后派出的工单（随会议记录一并派出，时限按本县规定）
              <Button
                size="small"
                type="dashed"
                onClick={() => add({ role: 'LEAD' })}
                data-testid="conference-add-task"
              >
                + 增加工单
              </Button>
            </div>
            {fields.map(({ key, name }) => (
              <Row gutter={8} key={key} align="top" data-testid="conference-task">
                <Col xs={24} md={8}>
                  <Form.Item name={[name, 'unitId']} rules={[{ required: true, message: '请选择承办单位' }]}>
                    <UnitPicker treeData={tree} placeholder="承办单位" treeDefaultExpandAll />
                  </Form.Item>
                </Col>
                <Col xs={8} md={4}>
                  <Form.Item name={[name, 'role']}>
                    <Select
                      options={[
                        { value: 'LEAD', label: '主办' },
                        { value: 'SUPPORT', label: '协办' },
                      ]}
                    />
                  </Form.Item>
                </Col>
                <Col xs={14} md={11}>
                  <Form.Item
                    name={[name, 'requirements']}
                    rules={[{ required: true, message: '请填写工作要求' }]}
                  >
                    <Input placeholder="工作要求" />
                  </Form.Item>
                </Col>
                <Col xs={2} md={1}>
                  <Button type="text" danger onClick={() => remove(name)} aria-label="删除">
                    ×
                  </Button>
                </Col>
              </Row>
            ))}
          </div>
        )}
      </Form.List>
    </FormModal>
  );
}
