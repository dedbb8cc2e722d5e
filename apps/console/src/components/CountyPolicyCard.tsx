import { SafetyOutlined, TeamOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Form, Row, Select, Space, Typography } from 'antd';
import { useCallback, useEffect } from 'react';
import { graphql } from '../gql';
import type { AssignLinkageRolesInput, Grade, Role } from '../gql/graphql';
import { GRADE_ORDER, label, USER_ROLES } from '../lib/labels';
import { useSubmit } from '../lib/submit';
import { GradeTag } from './tags';

const ASSIGN_LINKAGE = graphql(`
  mutation ConsoleAssignLinkageRoles($input: AssignLinkageRolesInput!) {
    assignLinkageRoles(input: $input) {
      id
    }
  }
`);
const SET_THRESHOLD = graphql(`
  mutation ConsoleSetLinkageThreshold($grade: Grade!) {
    setLinkageThreshold(grade: $grade)
  }
`);
const SET_SECURITY = graphql(`
  mutation ConsoleSetSecurityPolicy($input: SetSecurityPolicyInput!) {
    setSecurityPolicy(input: $input) {
      id
      requireTotpRoles
    }
  }
`);

/** The seats of the "1+3" and the kind of unit each takes (004 §五(二); the API's county decider checks it). */
const SEATS: { key: keyof AssignLinkageRolesInput; label: string; kind: string; hint: string }[] = [
  { key: 'propagandaUnitId', label: '牵头：宣传部', kind: 'PROPAGANDA_DEPT', hint: '牵头处置、审核口径' },
  { key: 'cyberspaceUnitId', label: '网信', kind: 'LINKAGE_DEPT', hint: '网上巡查、处置有害信息' },
  { key: 'policeUnitId', label: '公安', kind: 'LINKAGE_DEPT', hint: '移交公安、依法处置' },
  { key: 'stateSecurityUnitId', label: '国安', kind: 'LINKAGE_DEPT', hint: '涉境外、涉安全线索' },
];

interface County {
  requireTotpRoles: string[];
  linkageThresholdGrade: string;
  linkage: {
    propaganda?: { id: string } | null;
    cyberspace?: { id: string } | null;
    police?: { id: string } | null;
    stateSecurity?: { id: string } | null;
  };
}

/**
 * County-wide settings of the county ADMIN not on 系统设置: which units sit in the "1+3" of the linkage, from which
 * grade the linkage is proposed, and which roles must sign in with a second factor.
 */
export function CountyPolicyCard({
  county,
  units,
  people,
  onChanged,
}: {
  county: County;
  units: { id: string; name: string; kind: string; active: boolean }[];
  people: { roles: string[]; active: boolean; totpEnabled: boolean }[];
  onChanged: () => void;
}) {
  const assign = useSubmit(ASSIGN_LINKAGE);
  const threshold = useSubmit(SET_THRESHOLD);
  const security = useSubmit(SET_SECURITY);
  const [linkageForm] = Form.useForm<AssignLinkageRolesInput>();
  const [thresholdForm] = Form.useForm<{ grade: Grade }>();
  const [securityForm] = Form.useForm<{ requireTotpRoles: Role[] }>();

  // Each form is reset to what the API holds only when that value changed: saving one of them (which reloads
  // the county) leaves an unsaved edit in another alone.
  const seats = [
    county.linkage.propaganda?.id,
    county.linkage.cyberspace?.id,
    county.linkage.police?.id,
    county.linkage.stateSecurity?.id,
  ];
  const seatsKey = seats.join();
  const totpKey = county.requireTotpRoles.join();
  const resetSeats = useCallback(() => {
    const [propagandaUnitId, cyberspaceUnitId, policeUnitId, stateSecurityUnitId] = seatsKey.split(',');
    linkageForm.setFieldsValue({
      propagandaUnitId: propagandaUnitId || undefined,
      cyberspaceUnitId: cyberspaceUnitId || undefined,
      policeUnitId: policeUnitId || undefined,
      stateSecurityUnitId: stateSecurityUnitId || undefined,
    });
  }, [seatsKey, linkageForm]);
  useEffect(resetSeats, [resetSeats]);
  useEffect(() => {
    thresholdForm.setFieldsValue({ grade: county.linkageThresholdGrade as Grade });
  }, [county.linkageThresholdGrade, thresholdForm]);
  useEffect(() => {
    securityForm.setFieldsValue({ requireTotpRoles: (totpKey ? totpKey.split(',') : []) as Role[] });
  }, [totpKey, securityForm]);

  // Who a policy would reach: people in each role, and how many have not enrolled a second factor yet.
  const reach = (role: string) => {
    const holders = people.filter((p) => p.active && p.roles.includes(role));
    return { all: holders.length, pending: holders.filter((p) => !p.totpEnabled).length };
  };

  return (
    <Card size="small" title="全县联动与安全策略" data-testid="county-policy">
      <Row gutter={[24, 16]}>
        <Col span={24}>
          <Typography.Title level={5} className="policy-title">
            <TeamOutlined /> “1+3+N” 联动单位
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="policy-note">
            “1” 宣传部牵头，“3” 网信、公安、国安；“N” 为涉事部门和属地，在事件中按领域提出。
          </Typography.Paragraph>
          <Form
            form={linkageForm}
            layout="vertical"
            data-testid="linkage-form"
            onFinish={(v: AssignLinkageRolesInput) =>
              void assign.run({ input: v }, '联动单位已保存').then((r) => r && onChanged())
            }
          >
            <Row gutter={12}>
              {SEATS.map((s) => (
                <Col key={s.key} xs={24} sm={12}>
                  <Form.Item
                    name={s.key}
                    label={s.label}
                    tooltip={s.hint}
                    rules={[{ required: true, message: `请选择${s.label.replace('牵头：', '')}单位` }]}
                    style={{ marginBottom: 10 }}
                  >
                    <Select
                      data-testid={`seat-${s.key}`}
                      placeholder={label('UnitKind', s.kind)}
                      options={units
                        .filter((u) => u.kind === s.kind && u.active)
                        .map((u) => ({ value: u.id, label: u.name }))}
                    />
                  </Form.Item>
                </Col>
              ))}
            </Row>
            <Space>
              <Button htmlType="submit" type="primary" loading={assign.loading}>
                保存联动单位
              </Button>
              <Button onClick={resetSeats}>还原</Button>
            </Space>
          </Form>
        </Col>
        <Col xs={24} md={10}>
          <Typography.Title level={5} className="policy-title">
            <ThunderboltOutlined /> 启动联动的等级
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="policy-note">
            研判达到此等级及以上时，系统提出联动建议；低于此等级须经决定后启动。
          </Typography.Paragraph>
          <Form
            form={thresholdForm}
            layout="vertical"
            data-testid="threshold-form"
            onFinish={(v: { grade: Grade }) =>
              void threshold.run({ grade: v.grade }, '联动启动等级已保存').then((r) => r && onChanged())
            }
          >
            <Form.Item name="grade" label="自此等级起" rules={[{ required: true }]}>
              <Select
                data-testid="threshold-grade"
                options={GRADE_ORDER.map((g) => ({
                  value: g,
                  label: (
                    <Space size={4}>
                      <GradeTag grade={g} />
                      {label('Grade', g).replace(/^\S+\s/, '')}
                      {g !== 'I' && '及以上'}
                    </Space>
                  ),
                }))}
              />
            </Form.Item>
            <Button htmlType="submit" loading={threshold.loading}>
              保存等级
            </Button>
          </Form>
        </Col>
        <Col xs={24} md={14}>
          <Typography.Title level={5} className="policy-title">
            <SafetyOutlined /> 须用动态口令登录的角色
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="policy-note">
            等级保护要求：勾选的角色登录时须输入动态口令；尚未绑定者在下次登录时先绑定。
          </Typography.Paragraph>
          <Form
            form={securityForm}
            layout="vertical"
            data-testid="security-form"
            onFinish={(v: { requireTotpRoles?: Role[] }) =>
              void security
                .run({ input: { requireTotpRoles: v.requireTotpRoles ?? [] } }, '安全策略已保存')
                .then((r) => r && onChanged())
            }
          >
            <Form.Item name="requireTotpRoles">
              <Checkbox.Group className="totp-roles">
                {USER_ROLES.map((r) => {
                  const n = reach(r);
                  return (
                    <Checkbox key={r} value={r} data-testid={`totp-${r}`}>
                      {label('Role', r)}
                      <span className="muted totp-reach">
                        {n.all} 人{n.pending ? `，${n.pending} 人未绑定` : ''}
                      </span>
                    </Checkbox>
                  );
                })}
              </Checkbox.Group>
            </Form.Item>
            <Button htmlType="submit" loading={security.loading}>
              保存安全策略
            </Button>
          </Form>
        </Col>
      </Row>
    </Card>
  );
}
