import { EyeOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { label, options } from '../../lib/labels';
import { useSubmit } from '../../lib/submit';

const WATCH_LIST = graphql(`
  query ConsoleIntakeWatchList {
    intakeWatchList {
      id
      kind
      name
      note
      endsOn
      inForce
    }
  }
`);
const ADD_WATCH_ENTRY = graphql(`
  mutation ConsoleAddIntakeWatchEntry($input: IntakeWatchEntryInput!) {
    addIntakeWatchEntry(input: $input) {
      id
    }
  }
`);
const RETIRE_WATCH_ENTRY = graphql(`
  mutation ConsoleRetireIntakeWatchEntry($entryId: ID!) {
    retireIntakeWatchEntry(entryId: $entryId) {
      id
    }
  }
`);

interface AddForm {
  kind: string;
  name: string;
  note?: string;
  endsOn?: Dayjs | null;
}

/**
 * 关注清单/风险库 (004 §二(二)): the county's keywords, places, projects, disputes and sensitive events. An item that
 * mentions one when it arrives is flagged 命中关注 and comes first in the queue; a retired entry matches no new item.
 */
export function WatchListCard() {
  const [{ data, error }, refetch] = useQuery({ query: WATCH_LIST, requestPolicy: 'cache-and-network' });
  const add = useSubmit(ADD_WATCH_ENTRY);
  const retire = useSubmit(RETIRE_WATCH_ENTRY);
  const [form] = Form.useForm<AddForm>();
  // The list is the county centre's and its auditors': others are refused and see no card.
  if (error) return null;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const submit = async (v: AddForm) => {
    const input = {
      kind: v.kind as never,
      name: v.name,
      note: v.note ?? '',
      endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : null,
    };
    if (await add.run({ input }, '已加入关注清单')) {
      form.resetFields(['name', 'note', 'endsOn']);
      reload();
    }
  };

  return (
    <Card
      size="small"
      data-testid="intake-watch-list"
      title={
        <Space>
          <EyeOutlined />
          关注清单/风险库
        </Space>
      }
    >
      <Form
        form={form}
        layout="inline"
        initialValues={{ kind: 'KEYWORD' }}
        onFinish={(v) => void submit(v)}
        style={{ marginBottom: 8, rowGap: 8 }}
      >
        <Form.Item name="kind" rules={[{ required: true }]}>
          <Select style={{ width: 110 }} options={options('IntakeWatchEntryKind')} aria-label="类型" />
        </Form.Item>
        <Form.Item name="name" rules={[{ required: true, message: '请填写名称' }]}>
          <Input placeholder="关键词或名称" maxLength={50} aria-label="名称" />
        </Form.Item>
        <Form.Item name="note">
          <Input placeholder="说明（可选）" maxLength={500} aria-label="说明" />
        </Form.Item>
        <Form.Item name="endsOn">
          <DatePicker placeholder="截止日期（可选）" aria-label="截止日期" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.loading}>
          加入清单
        </Button>
      </Form>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data?.intakeWatchList ?? []}
        locale={{ emptyText: '尚无关注条目' }}
        columns={[
          {
            title: '类型',
            dataIndex: 'kind',
            width: 100,
            render: (k: string) => <Tag>{label('IntakeWatchEntryKind', k)}</Tag>,
          },
          { title: '名称', dataIndex: 'name' },
          {
            title: '说明',
            dataIndex: 'note',
            render: (n: string) => <Typography.Text type="secondary">{n}</Typography.Text>,
          },
          {
            title: '截止',
            dataIndex: 'endsOn',
            width: 110,
            render: (d: string | null, r) => (r.inForce ? (d ?? '长期') : <Tag>已过期</Tag>),
          },
          {
            title: '',
            width: 70,
            render: (_: unknown, r) => (
              <Popconfirm
                title="停用后新线索不再命中，已命中的线索保留记录"
                onConfirm={async () => {
                  if (await retire.run({ entryId: r.id }, '已停用')) reload();
                }}
              >
                <Button size="small" type="link" danger>
                  停用
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
