import { ApartmentOutlined } from '@ant-design/icons';
import { Button, Card, Form, Space, Table, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { options } from '../lib/labels';
import { useSubmit } from '../lib/submit';
import { unitTree, useUnits } from '../lib/units';
import { UnitPicker } from './UnitPicker';

const RULES = graphql(`
  query ConsoleLinkageFieldRules {
    county {
      id
      linkageFieldRules {
        field
        unitIds
      }
    }
  }
`);
const SET_RULES = graphql(`
  mutation ConsoleSetLinkageFieldRules($input: SetLinkageFieldRulesInput!) {
    setLinkageFieldRules(input: $input) {
      id
      linkageFieldRules {
        field
        unitIds
      }
    }
  }
`);

/**
 * The "N" of "1+3+N" as the county sets it: for each field (征地拆迁, 教育, …) the departments and localities the
 * linkage proposal names when an incident of that field is graded high enough (004 §五(二)). The centre can still
 * edit the proposal at activation.
 */
export function LinkageFieldRulesCard() {
  const [{ data }, refetch] = useQuery({ query: RULES });
  const setRules = useSubmit(SET_RULES);
  const units = useUnits();
  const [form] = Form.useForm<Record<string, string[]>>();
  const tree = useMemo(() => unitTree(units.list, ['BUREAU', 'TOWNSHIP', 'LINKAGE_DEPT']), [units.list]);
  const fields = options('IncidentField');
  const saved = useMemo(
    () => Object.fromEntries((data?.county.linkageFieldRules ?? []).map((r) => [r.field, r.unitIds])),
    [data],
  );
  useEffect(() => form.setFieldsValue(saved), [form, saved]);

  const save = async (values: Record<string, string[] | undefined>) => {
    const rules = Object.entries(values)
      .filter(([, unitIds]) => unitIds && unitIds.length > 0)
      .map(([field, unitIds]) => ({ field, unitIds: unitIds! }));
    if (await setRules.run({ input: { rules } }, '联动建议规则已保存'))
      refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Card
      size="small"
      title={
        <Space>
          <ApartmentOutlined />
          联动建议（N）：各领域的涉事部门和属地
        </Space>
      }
      data-testid="linkage-field-rules"
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        事件研判为该领域且达到联动等级时，启动联动的建议成员中列入这些单位；启动时仍可增删。
      </Typography.Paragraph>
      <Form form={form} onFinish={(v) => void save(v)}>
        <Table
          size="small"
          rowKey="value"
          pagination={false}
          dataSource={fields}
          columns={[
            { title: '领域', dataIndex: 'label', width: 140 },
            {
              title: '涉事部门和属地',
              render: (_, f) => (
                <Form.Item name={f.value} style={{ margin: 0 }}>
                  <UnitPicker
                    many
                    treeData={tree}
                    placeholder="未设置"
                    maxTagCount="responsive"
                    data-testid={`field-rule-${f.value}`}
                  />
                </Form.Item>
              ),
            },
          ]}
        />
        <Space style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={setRules.loading}>
            保存规则
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              form.setFieldsValue(saved);
            }}
          >
            还原
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
