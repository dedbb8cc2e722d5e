import { Button, Card, Form, InputNumber, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useSubmit } from '../lib/submit';
import { LoadError } from './LoadError';

const CRITERIA = graphql(`
  query ConsoleSpreadCriteria {
    county {
      id
      spreadCriteriaCustom
      spreadCriteria {
        grade
        posts
        comments
        views
        mainstreamMediaPickups
      }
    }
  }
`);
const SET = graphql(`
  mutation ConsoleSetSpreadCriteria($input: SetSpreadCriteriaInput!) {
    setSpreadCriteria(input: $input) {
      id
      spreadCriteriaCustom
    }
  }
`);

type Figure = 'posts' | 'comments' | 'views' | 'mainstreamMediaPickups';
const FIGURES: { key: Figure; label: string }[] = [
  { key: 'posts', label: '发帖量' },
  { key: 'comments', label: '跟帖量' },
  { key: 'views', label: '点击量' },
  { key: 'mainstreamMediaPickups', label: '主流媒体报道（家）' },
];
const GRADE_WORDS: Record<string, string> = { I: 'I 级 特别重大', II: 'II 级 重大', III: 'III 级 较大' };
type Row = { grade: string } & Record<Figure, number | null>;

/**
 * 传播分级标准 (001 §四(三), 003 §三): from which figures a spread reads as III, II or I. A later reading that reaches
 * a graver grade than the incident's asks the centre to assess again. Any one figure reaches the grade; empty: unused.
 */
export function SpreadCriteriaCard() {
  const [{ data, error }, refetch] = useQuery({ query: CRITERIA });
  const set = useSubmit(SET);
  const [form] = Form.useForm<{ rows: Row[] }>();
  useEffect(() => {
    if (data) form.setFieldsValue({ rows: data.county.spreadCriteria.map((r) => ({ ...r })) });
  }, [data, form]);
  if (error && !data)
    return <LoadError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  return (
    <Card
      size="small"
      title="传播分级标准"
      data-testid="spread-criteria"
      extra={
        data && (data.county.spreadCriteriaCustom ? <Tag color="blue">本县标准</Tag> : <Tag>平台默认值</Tag>)
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        传播数据达到某一等级任一项标准即视为达到该等级（空表示该等级不用此项；IV
        级为其下的一切）。事件此后的传播数据读数达到高于其现有等级的标准时，平台提请县中心重新研判。
      </Typography.Paragraph>
      <Form
        form={form}
        onFinish={async ({ rows }) => {
          const r = await set.run(
            {
              input: {
                criteria: rows.map((row) => ({
                  grade: row.grade,
                  posts: row.posts ?? null,
                  comments: row.comments ?? null,
                  views: row.views ?? null,
                  mainstreamMediaPickups: row.mainstreamMediaPickups ?? null,
                })),
              },
            },
            '已保存传播分级标准',
          );
          if (r) refetch({ requestPolicy: 'network-only' });
        }}
      >
        <Form.List name="rows">
          {(fields) => (
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields}
              columns={[
                {
                  title: '等级',
                  render: (_, f) => GRADE_WORDS[form.getFieldValue(['rows', f.name, 'grade']) as string],
                },
                ...FIGURES.map(({ key, label }) => ({
                  title: label,
                  render: (_: unknown, f: { name: number }) => (
                    <Form.Item name={[f.name, key]} noStyle>
                      <InputNumber
                        min={1}
                        precision={0}
                        placeholder="不用"
                        style={{ width: '100%' }}
                        data-testid={`criteria-${form.getFieldValue(['rows', f.name, 'grade']) as string}-${key}`}
                      />
                    </Form.Item>
                  ),
                })),
              ]}
            />
          )}
        </Form.List>
        <Button
          type="primary"
          htmlType="submit"
          loading={set.loading}
          style={{ marginTop: 12 }}
          data-testid="criteria-save"
        >
          保存分级标准
        </Button>
      </Form>
    </Card>
  );
}
