import { DeleteOutlined, PlusOutlined, SlidersOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Form, Input, Space, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useSubmit } from '../lib/submit';
import { unitTree, useUnits } from '../lib/units';
import { UnitPicker } from './UnitPicker';

const SCALES = graphql(`
  query ConsoleGradeScales {
    county {
      id
      gradeScales {
        name
        levels {
          label
          grades
        }
        unitIds
      }
    }
  }
`);
const SET_SCALES = graphql(`
  mutation ConsoleSetGradeScales($input: SetGradeScalesInput!) {
    setGradeScales(input: $input) {
      id
      gradeScales {
        name
        levels {
          label
          grades
        }
        unitIds
      }
    }
  }
`);

const GRADES = ['I', 'II', 'III', 'IV'];

interface ScaleForm {
  scales: { name: string; levels: { label: string; grades: string[] }[]; unitIds: string[] }[];
}

/** A scale the seeds name, to start from: 002's (司法局) and 003's (扶贫办), mapped as most counties would. */
const TEMPLATES = [
  {
    name: '三级分类（小微/中级/重大）',
    levels: [
      { label: '小微舆情', grades: ['IV'] },
      { label: '中级舆情', grades: ['III'] },
      { label: '重大舆情', grades: ['I', 'II'] },
    ],
    unitIds: [],
  },
  {
    name: '三级分类（一般/重大/特大）',
    levels: [
      { label: '一般舆情', grades: ['III', 'IV'] },
      { label: '重大舆情', grades: ['II'] },
      { label: '特大舆情', grades: ['I'] },
    ],
    unitIds: [],
  },
];

/**
 * 本地分级: a bureau that grades by its own plan (002 小微/中级/重大, 003 一般/重大/特大) keeps its words; the county
 * maps each level onto I–IV, and the bureau sees its level beside the grade. The API checks the mapping (every grade
 * in exactly one level, a unit in one scale) and names each problem.
 */
export function GradeScalesCard() {
  const [{ data }, refetch] = useQuery({ query: SCALES });
  const setScales = useSubmit(SET_SCALES);
  const units = useUnits();
  const [form] = Form.useForm<ScaleForm>();
  const tree = useMemo(() => unitTree(units.list, ['BUREAU', 'TOWNSHIP', 'LINKAGE_DEPT']), [units.list]);
  const saved = useMemo(() => ({ scales: data?.county.gradeScales ?? [] }), [data]);
  useEffect(() => form.setFieldsValue(saved), [form, saved]);

  const save = async (v: ScaleForm) => {
    const scales = (v.scales ?? []).map((s) => ({
      name: s.name ?? '',
      levels: (s.levels ?? []).map((l) => ({ label: l.label ?? '', grades: l.grades ?? [] })),
      unitIds: s.unitIds ?? [],
    }));
    if (await setScales.run({ input: { scales } }, '本地分级已保存'))
      refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Card
      size="small"
      title={
        <Space>
          <SlidersOutlined />
          本地分级：单位自有的舆情分级与 I–IV 级的对应
        </Space>
      }
      data-testid="grade-scales"
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        按本单位预案分级的部门（如“小微/中级/重大”“一般/重大/特大”），在事件和工单上同时看到本单位级别。每个
        I–IV 级须恰好对应一个本地级别。
      </Typography.Paragraph>
      <Form form={form} onFinish={(v) => void save(v)}>
        <Form.List name="scales">
          {(scales, { add, remove }) => (
            <>
              {scales.map((scale) => (
                <Card
                  key={scale.key}
                  size="small"
                  type="inner"
                  style={{ marginBottom: 8 }}
                  title={
                    <Form.Item name={[scale.name, 'name']} style={{ margin: 0 }}>
                      <Input placeholder="分级名称，如：司法局三级分类" maxLength={40} />
                    </Form.Item>
                  }
                  extra={
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label="删除该分级"
                      onClick={() => remove(scale.name)}
                    />
                  }
                >
                  <Form.List name={[scale.name, 'levels']}>
                    {(levels, lv) => (
                      <>
                        {levels.map((level) => (
                          <Space key={level.key} align="baseline" wrap>
                            <Form.Item name={[level.name, 'label']} style={{ marginBottom: 4 }}>
                              <Input placeholder="级别名称" maxLength={12} style={{ width: 140 }} />
                            </Form.Item>
                            <Form.Item name={[level.name, 'grades']} style={{ marginBottom: 4 }}>
                              <Checkbox.Group options={GRADES.map((g) => ({ value: g, label: `${g}级` }))} />
                            </Form.Item>
                            <Button type="link" size="small" onClick={() => lv.remove(level.name)}>
                              删除
                            </Button>
                          </Space>
                        ))}
                        {levels.length < 4 && (
                          <Button
                            size="small"
                            type="dashed"
                            onClick={() => lv.add({ label: '', grades: [] })}
                          >
                            增加级别
                          </Button>
                        )}
                      </>
                    )}
                  </Form.List>
                  <Form.Item name={[scale.name, 'unitIds']} label="使用单位" style={{ margin: '8px 0 0' }}>
                    <UnitPicker many treeData={tree} placeholder="选择部门、乡镇" maxTagCount="responsive" />
                  </Form.Item>
                </Card>
              ))}
              <Space wrap>
                {TEMPLATES.map((t) => (
                  <Button key={t.name} icon={<PlusOutlined />} onClick={() => add(t)}>
                    {t.name}
                  </Button>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ name: '', levels: [{ label: '', grades: [] }], unitIds: [] })}
                >
                  自定义
                </Button>
              </Space>
            </>
          )}
        </Form.List>
        <Space style={{ marginTop: 12, display: 'flex' }}>
          <Button
            type="primary"
            htmlType="submit"
            loading={setScales.loading}
            data-testid="grade-scales-save"
          >
            保存分级
          </Button>
          <Button onClick={() => form.setFieldsValue(saved)}>还原</Button>
        </Space>
      </Form>
    </Card>
  );
}
