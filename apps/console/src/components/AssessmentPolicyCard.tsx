import { Button, Card, Col, DatePicker, Form, InputNumber, Row, Switch, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ConsoleAssessmentPoliciesQuery } from '../gql/graphql';
import { useSubmit } from '../lib/submit';
import { bj, dayjs, type Dayjs } from '../lib/time';
import { LoadError } from './LoadError';

const POLICIES = graphql(`
  query ConsoleAssessmentPolicies {
    assessmentPolicies {
      version
      effectiveFrom
      baseScore
      lateHandIn
      overdue
      sentBack
      supervision
      missedLetter
      lateReport
      missedReport
      earlyClosureBonus
      lateReportAfterMinutes
      missedReportAfterMinutes
      shareRanking
    }
  }
`);
const SET = graphql(`
  mutation ConsoleSetAssessmentPolicy($input: SetAssessmentPolicyInput!) {
    setAssessmentPolicy(input: $input) {
      version
    }
  }
`);

type Version = ConsoleAssessmentPoliciesQuery['assessmentPolicies'][number];
type PointKey =
  | 'lateHandIn'
  | 'overdue'
  | 'sentBack'
  | 'supervision'
  | 'missedLetter'
  | 'lateReport'
  | 'missedReport'
  | 'earlyClosureBonus';

/** The points of the rules, as the county's 考核 notice words them (002 责任追究, 004 考核). */
const POINTS: { key: PointKey; label: string; bonus?: boolean }[] = [
  { key: 'lateHandIn', label: '逾期交单（每件扣）' },
  { key: 'overdue', label: '超时未办（每件扣）' },
  { key: 'sentBack', label: '退回重办（每次扣）' },
  { key: 'supervision', label: '被督办（每次扣）' },
  { key: 'missedLetter', label: '提示函未按时签收（每件扣）' },
  { key: 'lateReport', label: '迟报（每件扣）' },
  { key: 'missedReport', label: '漏报（每件扣）' },
  { key: 'earlyClosureBonus', label: '时限前销号（每件加）', bonus: true },
];

type PolicyForm = Omit<Version, 'version' | 'effectiveFrom'> & { effectiveFrom: Dayjs };

/**
 * 考核规则 (issue 24): the county's points, base score and 迟报/漏报 limits, set as a new version from a day on —
 * never back-dated, so a closed month keeps the score it had; every version listed with the day it took effect.
 */
export function AssessmentPolicyCard() {
  const [{ data, error }, refetch] = useQuery({ query: POLICIES });
  const set = useSubmit(SET);
  const [form] = Form.useForm<PolicyForm>();
  const versions = data?.assessmentPolicies ?? [];
  const current = versions.at(-1);
  const today = bj(Date.now()).format('YYYY-MM-DD');
  useEffect(() => {
    if (current) form.setFieldsValue({ ...current, effectiveFrom: dayjs(today) });
  }, [current, form, today]);

  return (
    <Card size="small" title="考核规则" data-testid="assessment-policy">
      <LoadError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      <Typography.Paragraph type="secondary">
        每个单位每期从基础分起算，按下列规则扣分、加分。新规则自生效日起适用，之前各期仍按当时的规则计分；不能早于今日生效。
      </Typography.Paragraph>
      <Form<PolicyForm>
        form={form}
        layout="vertical"
        data-testid="assessment-policy-form"
        onFinish={(v) =>
          void set
            .run(
              {
                input: {
                  effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
                  baseScore: v.baseScore,
                  shareRanking: v.shareRanking,
                  lateReportAfterMinutes: v.lateReportAfterMinutes,
                  missedReportAfterMinutes: v.missedReportAfterMinutes,
                  points: {
                    lateHandIn: v.lateHandIn,
                    overdue: v.overdue,
                    sentBack: v.sentBack,
                    supervision: v.supervision,
                    missedLetter: v.missedLetter,
                    lateReport: v.lateReport,
                    missedReport: v.missedReport,
                    earlyClosureBonus: v.earlyClosureBonus,
                  },
                },
              },
              '考核规则已保存',
            )
            .then((r) => r && refetch({ requestPolicy: 'network-only' }))
        }
      >
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true }]}>
              <DatePicker
                allowClear={false}
                disabledDate={(d) => d.format('YYYY-MM-DD') < today}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="baseScore" label="基础分" rules={[{ required: true }]}>
              <InputNumber min={0} max={1000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="lateReportAfterMinutes" label="迟报时限（分钟）" rules={[{ required: true }]}>
              <InputNumber min={1} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="missedReportAfterMinutes" label="漏报时限（分钟）" rules={[{ required: true }]}>
              <InputNumber min={1} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {POINTS.map((p) => (
            <Col xs={12} md={6} key={p.key}>
              <Form.Item name={p.key} label={p.label} rules={[{ required: true }]}>
                <InputNumber min={0} max={100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} md={12}>
            <Form.Item name="shareRanking" label="向各单位公开匿名排名" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={set.loading} data-testid="assessment-policy-save">
          保存为新版本
        </Button>
      </Form>
      <Table
        size="small"
        style={{ marginTop: 16 }}
        rowKey="version"
        pagination={false}
        dataSource={[...versions].reverse()}
        data-testid="assessment-policy-versions"
        columns={[
          {
            title: '版本',
            width: 90,
            render: (_, v) => (v.version === 0 ? <Tag>系统默认</Tag> : `第 ${v.version} 版`),
          },
          { title: '生效日期', width: 110, dataIndex: 'effectiveFrom' },
          { title: '基础分', width: 70, dataIndex: 'baseScore' },
          {
            title: '扣分 / 加分',
            render: (_, v) =>
              POINTS.map(
                (p) => `${p.label.replace(/（.*）/, '')} ${p.bonus ? '+' : '−'}${String(v[p.key])}`,
              ).join('，'),
          },
          {
            title: '迟报/漏报时限',
            width: 130,
            render: (_, v) => `${v.lateReportAfterMinutes} / ${v.missedReportAfterMinutes} 分钟`,
          },
          { title: '公开排名', width: 80, render: (_, v) => (v.shareRanking ? '是' : '否') },
        ]}
      />
    </Card>
  );
}
