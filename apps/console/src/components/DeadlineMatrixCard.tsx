import { Button, Card, Checkbox, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { DeadlineStep, Grade } from '../gql/graphql';
import { GRADE_ORDER, label } from '../lib/labels';
import { useSubmit } from '../lib/submit';
import { GradeTag } from './tags';

const MATRIX = graphql(`
  query ConsoleDeadlineMatrix {
    county {
      id
      deadlinePolicy {
        version
        remindAtPercent
        remindBeforeMinutes
        flashMinutes
        matrix {
          grade
          step
          minutes
          onWorkingTime
          custom
        }
      }
    }
  }
`);
const SET_RULES = graphql(`
  mutation ConsoleSetDeadlineRules($input: SetDeadlineRulesInput!) {
    setDeadlineRules(input: $input) {
      grade
      step
      minutes
      onWorkingTime
      custom
    }
  }
`);

const STEPS: DeadlineStep[] = [
  'SIGN_FOR',
  'FIRST_REPLY',
  'WRITTEN_FEEDBACK',
  'HARD_CAP',
  'SUPERVISION_REPLY',
  'LETTER_RECEIPT',
];

type Cell = { grade: string; step: DeadlineStep; minutes: number; onWorkingTime: boolean; custom: boolean };
const key = (grade: string, step: string) => `${grade}:${step}`;

/**
 * The county's grade × step deadline matrix (county ADMIN): hours per cell, on the clock or in working time. Cells
 * the county set are marked; saving sends the county's own cells (those set before and those changed here).
 */
export function DeadlineMatrixCard() {
  const [{ data }, refetch] = useQuery({ query: MATRIX });
  const setRules = useSubmit(SET_RULES);
  const [edits, setEdits] = useState<Record<string, { minutes: number; onWorkingTime: boolean }>>({});
  const policy = data?.county.deadlinePolicy;
  const cells = useMemo(() => {
    const m = new Map<string, Cell>();
    for (const c of policy?.matrix ?? [])
      m.set(key(c.grade, c.step), { ...c, ...edits[key(c.grade, c.step)] });
    return m;
  }, [policy, edits]);
  const edit = (c: Cell, patch: Partial<{ minutes: number; onWorkingTime: boolean }>) =>
    setEdits((e) => ({
      ...e,
      [key(c.grade, c.step)]: { minutes: c.minutes, onWorkingTime: c.onWorkingTime, ...patch },
    }));
  const save = () => {
    const rules = [...cells.values()]
      .filter((c) => c.custom || edits[key(c.grade, c.step)])
      .map((c) => ({
        grade: c.grade as Grade,
        step: c.step,
        minutes: c.minutes,
        onWorkingTime: c.onWorkingTime,
      }));
    void setRules.run({ input: { rules } }, '时限矩阵已保存').then((r) => {
      if (r) {
        setEdits({});
        refetch({ requestPolicy: 'network-only' });
      }
    });
  };

  return (
    <Card
      size="small"
      title="时限矩阵（等级 × 环节）"
      data-testid="deadline-matrix"
      extra={
        policy && (
          <Space size={4}>
            <Tag>第 {policy.version} 版</Tag>
            <Tag>
              临期提醒 {policy.remindAtPercent}% · 到期前 {policy.remindBeforeMinutes} 分钟 · 未研判快报{' '}
              {policy.flashMinutes} 分钟
            </Tag>
          </Space>
        )
      }
    >
      <Table
        size="small"
        rowKey="grade"
        pagination={false}
        scroll={{ x: 900 }}
        dataSource={GRADE_ORDER.map((grade) => ({ grade }))}
        columns={[
          { title: '等级', width: 80, render: (_, r) => <GradeTag grade={r.grade} /> },
          ...STEPS.map((step) => ({
            title: label('DeadlineStep', step),
            key: step,
            render: (_: unknown, r: { grade: string }) => {
              const c = cells.get(key(r.grade, step));
              if (!c) return null;
              const changed = !!edits[key(r.grade, step)];
              return (
                <Space direction="vertical" size={2} className={c.custom || changed ? 'cell-custom' : ''}>
                  <InputNumber
                    size="small"
                    min={1 / 60}
                    max={168}
                    step={0.5}
                    value={Math.round((c.minutes / 60) * 100) / 100}
                    addonAfter="小时"
                    data-testid={`cell-${r.grade}-${step}`}
                    onChange={(v) => v && edit(c, { minutes: Math.round(Number(v) * 60) })}
                  />
                  <Checkbox
                    checked={c.onWorkingTime}
                    onChange={(e) => edit(c, { onWorkingTime: e.target.checked })}
                  >
                    工作时间
                  </Checkbox>
                  {c.custom && !changed && <Tag color="blue">本县自定</Tag>}
                  {changed && <Tag color="orange">已修改</Tag>}
                </Space>
              );
            },
          })),
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button
          type="primary"
          onClick={save}
          loading={setRules.loading}
          disabled={!Object.keys(edits).length}
        >
          保存矩阵
        </Button>
        <Typography.Text type="secondary">
          未自定的格子按上方规定与平台默认；每次修改为新版本，已派工单保留派单时的版本。
        </Typography.Text>
      </Space>
    </Card>
  );
}
