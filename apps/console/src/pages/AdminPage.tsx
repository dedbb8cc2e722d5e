import { Button, Card, Col, Form, Input, InputNumber, Row, Switch, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { SetDeadlinePolicyInput } from '../gql/graphql';
import { useSubmit } from '../lib/submit';
import { AssessmentPolicyCard } from '../components/AssessmentPolicyCard';
import { CountyLeadersCard } from '../components/CountyLeadersCard';
import { DeadlineMatrixCard } from '../components/DeadlineMatrixCard';
import { NotificationChannelsCard } from '../components/NotificationChannelsCard';
import { SpreadCriteriaCard } from '../components/SpreadCriteriaCard';

const SETTINGS = graphql(`
  query ConsoleAdminSettings {
    county {
      id
      name
      linkageThresholdGrade
      requireTotpRoles
      deadlinePolicy {
        custom
        feedbackHours
        hardCapHours
        defaultHours
        sameDayForInquiries
        sameDayLeastMinutes
        onWorkingTime
      }
    }
    holidayCalendar {
      workingHours
      years {
        year
        source
        verified
        loadedByCounty
        holidays {
          name
          from
          to
        }
        makeUpWorkdays
      }
    }
  }
`);
const SET_POLICY = graphql(`
  mutation ConsoleSetDeadlinePolicy($input: SetDeadlinePolicyInput!) {
    setDeadlinePolicy(input: $input) {
      id
      deadlinePolicy {
        custom
        feedbackHours
        hardCapHours
        defaultHours
        sameDayForInquiries
        sameDayLeastMinutes
        onWorkingTime
      }
    }
  }
`);
const LOAD_CALENDAR = graphql(`
  mutation ConsoleLoadCalendar($input: LoadHolidayCalendarInput!) {
    loadHolidayCalendar(input: $input) {
      workingHours
    }
  }
`);

/** County ADMIN: the deadline policy and the holiday calendar (with 调休). */
export default function AdminPage() {
  const [{ data }, refetch] = useQuery({ query: SETTINGS });
  const setPolicy = useSubmit(SET_POLICY);
  const loadCalendar = useSubmit(LOAD_CALENDAR);
  const [form] = Form.useForm();
  const [calForm] = Form.useForm();
  useEffect(() => {
    if (data) form.setFieldsValue(data.county.deadlinePolicy);
  }, [data, form]);

  return (
    <div className="page">
      <div className="page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          系统设置 · {data?.county.name}
        </Typography.Title>
      </div>
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title="工单时限规定"
            extra={data && <Tag>{data.county.deadlinePolicy.custom ? '本县自定' : '默认（12/24 小时）'}</Tag>}
          >
            <Form
              form={form}
              layout="vertical"
              onFinish={(v: SetDeadlinePolicyInput) =>
                void setPolicy
                  .run({ input: v }, '时限规定已保存')
                  .then((r) => r && refetch({ requestPolicy: 'network-only' }))
              }
            >
              <Form.Item
                name="feedbackHours"
                label="III级及以上：书面反馈时限（小时）"
                rules={[{ required: true }]}
              >
                <InputNumber min={1} max={72} />
              </Form.Item>
              <Form.Item name="hardCapHours" label="最迟时限，含延期（小时）" rules={[{ required: true }]}>
                <InputNumber min={1} max={72} />
              </Form.Item>
              <Form.Item name="defaultHours" label="其他四级工单时限（小时）" rules={[{ required: true }]}>
                <InputNumber min={1} max={168} />
              </Form.Item>
              <Form.Item name="sameDayForInquiries" label="四级询问类当天答复" valuePropName="checked">
                <Switch />
              </Form.Item>
              <Form.Item
                name="sameDayLeastMinutes"
                label="当天答复最少办理时间（办公时间，分钟）"
                extra="当天所余办公时间不足的，顺延至承办单位有足额办公时间（默认 60 分钟：如 23:27 派单，次一工作日 09:30 到期）；0 为严格当天"
                rules={[{ required: true }]}
              >
                <InputNumber min={0} max={960} step={30} />
              </Form.Item>
              <Form.Item
                name="onWorkingTime"
                label="按工作时间计算（节假日、调休见右侧）"
                valuePropName="checked"
              >
                <Switch />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={setPolicy.loading}>
                保存
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={`节假日安排 · 办公时间 ${data?.holidayCalendar.workingHours.join('、') ?? ''}`}
          >
            <Table
              size="small"
              rowKey="year"
              pagination={false}
              dataSource={data?.holidayCalendar.years ?? []}
              columns={[
                { title: '年份', dataIndex: 'year', width: 70 },
                { title: '依据', dataIndex: 'source', ellipsis: true },
                {
                  title: '核对',
                  width: 90,
                  render: (_, y) =>
                    y.verified ? <Tag color="green">已核对</Tag> : <Tag color="gold">待核对</Tag>,
                },
                {
                  title: '节假日',
                  render: (_, y) =>
                    y.holidays.map((h) => `${h.name} ${h.from.slice(5)}~${h.to.slice(5)}`).join('；'),
                },
                {
                  title: '调休上班',
                  width: 160,
                  render: (_, y) => y.makeUpWorkdays.map((d) => d.slice(5)).join('、'),
                },
              ]}
            />
            <Form
              form={calForm}
              layout="vertical"
              style={{ marginTop: 12 }}
              onFinish={(v: { calendar: string }) =>
                void loadCalendar.run({ input: { calendar: v.calendar } }, '节假日安排已载入').then((r) => {
                  if (r) {
                    calForm.resetFields();
                    refetch({ requestPolicy: 'network-only' });
                  }
                })
              }
            >
              <Form.Item
                name="calendar"
                label="载入节假日安排（yuqing-holiday-calendar/1 格式的 JSON，所列年份整体替换）"
                rules={[{ required: true }]}
              >
                <Input.TextArea rows={4} placeholder='{"format":"yuqing-holiday-calendar/1", …}' />
              </Form.Item>
              <Button htmlType="submit" loading={loadCalendar.loading}>
                校验并载入
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
      <div style={{ marginTop: 16 }}>
        <DeadlineMatrixCard />
      </div>
      <div style={{ marginTop: 16 }}>
        <CountyLeadersCard />
      </div>
      <div style={{ marginTop: 16 }}>
        <SpreadCriteriaCard />
      </div>
      <div style={{ marginTop: 16 }}>
        <AssessmentPolicyCard />
      </div>
      <div style={{ marginTop: 16 }}>
        <NotificationChannelsCard />
      </div>
    </div>
  );
}
