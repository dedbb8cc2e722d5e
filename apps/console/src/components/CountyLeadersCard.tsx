import { Button, Card, Form, Input, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { FormModal } from './FormModal';
import { LoadError } from './LoadError';
import { graphql } from '../gql';
import type { Grade, IncidentField } from '../gql/graphql';
import { label, options } from '../lib/labels';
import { useSubmit } from '../lib/submit';
import { useUnits } from '../lib/units';

const ROSTER = graphql(`
  query ConsoleCountyLeaders {
    countyLeaders {
      userId
      unitId
      name
      post
      fields
      principal
    }
    handlingPlanPolicy {
      fromGrade
    }
    users {
      id
      displayName
      unitId
      roles
      active
    }
  }
`);
const APPOINT = graphql(`
  mutation ConsoleAppointCountyLeader($input: AppointCountyLeaderInput!) {
    appointCountyLeader(input: $input) {
      userId
    }
  }
`);
const RELIEVE = graphql(`
  mutation ConsoleRelieveCountyLeader($userId: ID!) {
    relieveCountyLeader(userId: $userId) {
      userId
    }
  }
`);
const SET_PLAN_POLICY = graphql(`
  mutation ConsoleSetHandlingPlanPolicy($input: SetHandlingPlanPolicyInput!) {
    setHandlingPlanPolicy(input: $input) {
      fromGrade
    }
  }
`);

interface AppointForm {
  userId: string;
  post: string;
  fields: IncidentField[];
  principal: boolean;
}

/**
 * 县领导名单 (issue 19; 004 §二(三)2): who the county's leaders are, their post (职务) and the fields they are in charge
 * of (分管领域) — an escalation to the county leaders reaches those in charge of the incident's field, and the
 * principal leaders for grades I–II — and from which grade dispatch waits for a plan the leader in charge consented to
 * (004 §二(四)). Kept by the county's administrator; every change is an event on the county's record.
 */
export function CountyLeadersCard() {
  const units = useUnits();
  const [{ data, error }, refetch] = useQuery({ query: ROSTER });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const appoint = useSubmit(APPOINT);
  const relieve = useSubmit(RELIEVE);
  const setPolicy = useSubmit(SET_PLAN_POLICY);
  const [editing, setEditing] = useState<Partial<AppointForm> | null>(null);
  const leaders = data?.countyLeaders ?? [];
  // Leaders are people with the LEADER role; the roster says which of them lead the county and in what.
  const candidates = (data?.users ?? []).filter((u) => u.active && u.roles.includes('LEADER'));

  return (
    <Card
      size="small"
      title="县领导名单与处置方案审批"
      data-testid="county-leaders"
      extra={
        <Button size="small" type="primary" onClick={() => setEditing({})} data-testid="leader-appoint">
          任命县领导
        </Button>
      }
    >
      <LoadError error={error} retry={reload} />
      <Table
        size="small"
        rowKey="userId"
        pagination={false}
        dataSource={leaders}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '职务', dataIndex: 'post', width: 120 },
          {
            title: '分管领域',
            render: (_, l) =>
              l.principal ? (
                <Tag color="red">主要领导（I、II 级事件均报）</Tag>
              ) : (
                l.fields.map((f) => <Tag key={f}>{label('IncidentField', f)}</Tag>)
              ),
          },
          { title: '单位', width: 160, render: (_, l) => units.name(l.unitId) },
          {
            title: '',
            width: 120,
            render: (_, l) => (
              <Space>
                <Button
                  size="small"
                  type="link"
                  onClick={() =>
                    setEditing({ userId: l.userId, post: l.post, fields: l.fields, principal: l.principal })
                  }
                >
                  修改
                </Button>
                <Popconfirm
                  title={`免去 ${l.name} 的县领导职务？`}
                  description="此后上报县领导的事件不再送达本人；已作出的批示保留。"
                  okText="免去"
                  onConfirm={() =>
                    void relieve.run({ userId: l.userId }, `已免去 ${l.name}`).then((r) => r && reload())
                  }
                >
                  <Button size="small" type="link" danger>
                    免去
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12 }} wrap>
        <Typography.Text>派单前须经分管领导同意处置方案：</Typography.Text>
        <Select<Grade | 'NONE'>
          style={{ width: 200 }}
          value={data?.handlingPlanPolicy.fromGrade ?? 'NONE'}
          loading={setPolicy.loading}
          data-testid="plan-policy"
          onChange={(g) =>
            void setPolicy
              .run({ input: { fromGrade: g === 'NONE' ? null : g } }, '处置方案审批门槛已保存')
              .then((r) => r && reload())
          }
          options={[
            { value: 'NONE', label: '不要求' },
            ...(['I', 'II', 'III', 'IV'] as Grade[]).map((g, i) => ({
              value: g,
              label: i === 0 ? 'I 级' : `${g} 级及以上`,
            })),
          ]}
        />
      </Space>

      <FormModal<AppointForm>
        open={!!editing}
        title={
          editing?.userId && leaders.some((l) => l.userId === editing.userId) ? '修改县领导' : '任命县领导'
        }
        onClose={() => setEditing(null)}
        loading={appoint.loading}
        initialValues={{ principal: false, fields: [], ...editing }}
        testId="leader-form"
        onSubmit={async (f) => {
          const r = await appoint.run({ input: f }, '县领导名单已更新');
          if (r) reload();
          return !!r;
        }}
      >
        <Form.Item name="userId" label="人员（须有领导角色）" rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={candidates.map((u) => ({
              value: u.id,
              label: `${u.displayName} · ${units.name(u.unitId)}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="post" label="职务" rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={40} placeholder="如：分管副县长、县委宣传部部长" />
        </Form.Item>
        <Form.Item name="principal" label="主要领导（县委书记、县长）" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="fields" label="分管领域">
          <Select mode="multiple" options={options('IncidentField')} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
