import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { IntakeSourceKind } from '../../gql/graphql';
import { FormModal } from '../FormModal';
import { LoadError } from '../LoadError';
import { label, options } from '../../lib/labels';
import { can, useSession } from '../../lib/session';
import { useSubmit } from '../../lib/submit';
import { fmt } from '../../lib/time';
import { useUnits } from '../../lib/units';
import { IntakeMappingForm } from './IntakeMappingForm';
import {
  CONFIGURE_INTAKE_SOURCE,
  INTAKE_SOURCES,
  ROTATE_INTAKE_KEY,
  SET_INTAKE_MAPPING,
} from './intake-source-queries';

/**
 * 线索来源: the county's monitors (the centre's service, 网警, the 留言板 watch, a unit's own watch), each with the unit
 * that owns it, its API key's state and the column mapping its exports are read with. The county administrator adds
 * sources, rotates keys (the new key is shown once) and saves mappings; the centre's people read the list.
 */
export function IntakeSourcesCard() {
  const session = useSession();
  const manage = can(session, 'MANAGE_INTAKE_SOURCES');
  const units = useUnits();
  const [{ data, error }, refetch] = useQuery({ query: INTAKE_SOURCES });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const configure = useSubmit(CONFIGURE_INTAKE_SOURCE);
  const rotate = useSubmit(ROTATE_INTAKE_KEY);
  const setMapping = useSubmit(SET_INTAKE_MAPPING);
  const [adding, setAdding] = useState(false);
  const [issued, setIssued] = useState<{ name: string; key: string } | null>(null);
  const [mappingOf, setMappingOf] = useState<string | null>(null);
  const sources = data?.intakeSources ?? [];
  const editing = sources.find((s) => s.id === mappingOf);

  async function issueKey(sourceId: string, name: string) {
    const r = await rotate.run({ sourceId }, '已生成新密钥，旧密钥已失效');
    if (r) {
      setIssued({ name, key: r.rotateIntakeSourceKey.key });
      reload();
    }
  }

  return (
    <Card
      size="small"
      title="线索来源"
      data-testid="intake-sources"
      extra={
        manage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="intake-source-add"
          >
            新增来源
          </Button>
        )
      }
    >
      {error && <LoadError error={error} retry={reload} />}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={sources}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '尚未配置线索来源' }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '类型', dataIndex: 'kind', render: (k: string) => label('IntakeSourceKind', k) },
          { title: '所属单位', dataIndex: 'ownerUnitId', render: (id: string) => units.name(id) },
          {
            title: '接入密钥',
            key: 'key',
            render: (_, s) =>
              s.keyPrefix ? (
                <Space size={4}>
                  <Tag color="green">已启用</Tag>
                  <Typography.Text code>{s.keyPrefix}…</Typography.Text>
                  <Typography.Text type="secondary">{fmt(s.keyIssuedAt)} 生成</Typography.Text>
                </Space>
              ) : (
                <Tag>未生成</Tag>
              ),
          },
          {
            title: '导入列对应',
            key: 'columns',
            render: (_, s) =>
              s.columns.length ? (
                `已配置 ${s.columns.length} 列`
              ) : (
                <Typography.Text type="secondary">未配置</Typography.Text>
              ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_, s) => (
              <Space size={4} wrap>
                {manage && (
                  <Popconfirm
                    title={
                      s.keyPrefix
                        ? '更换密钥后旧密钥立即失效，推送系统须改用新密钥。确定更换？'
                        : '生成接入密钥？'
                    }
                    okText={s.keyPrefix ? '更换' : '生成'}
                    cancelText="取消"
                    onConfirm={() => issueKey(s.id, s.name)}
                  >
                    <Button size="small" loading={rotate.loading} data-testid="intake-source-rotate">
                      {s.keyPrefix ? '轮换密钥' : '生成密钥'}
                    </Button>
                  </Popconfirm>
                )}
                <Button size="small" onClick={() => setMappingOf(s.id)} data-testid="intake-source-mapping">
                  {manage ? '列对应关系' : '查看列对应'}
                </Button>
              </Space>
            ),
          },
        ]}
      />

      <FormModal<{ name: string; kind: string; ownerUnitId: string }>
        open={adding}
        title="新增线索来源"
        onClose={() => setAdding(false)}
        loading={configure.loading}
        testId="intake-source-form"
        initialValues={{ kind: 'MONITORING_SERVICE', ownerUnitId: session?.me.unit.id }}
        onSubmit={async (v) => {
          const r = await configure.run({ input: { ...v, kind: v.kind as IntakeSourceKind } }, '已新增来源');
          if (!r) return false;
          reload();
          return true;
        }}
      >
        <Form.Item name="name" label="名称" rules={[{ required: true, message: '请填写来源名称' }]}>
          <Input placeholder="如：县舆情监测服务、县公安局网警大队" data-testid="intake-source-name" />
        </Form.Item>
        <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
          <Select options={options('IntakeSourceKind').filter((o) => o.value !== 'MANUAL')} />
        </Form.Item>
        <Form.Item
          name="ownerUnitId"
          label="所属单位"
          rules={[{ required: true, message: '请选择所属单位' }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={units.list.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      </FormModal>

      <Modal
        open={!!issued}
        title={`“${issued?.name ?? ''}”的接入密钥`}
        onCancel={() => setIssued(null)}
        footer={
          <Button type="primary" onClick={() => setIssued(null)} data-testid="intake-key-done">
            我已妥善保存
          </Button>
        }
        maskClosable={false}
        destroyOnHidden
      >
        <Alert
          type="warning"
          showIcon
          message="密钥只显示这一次"
          description="关闭后无法再次查看，请立即复制并交给推送系统配置（请求头 x-intake-key）。遗失时只能轮换生成新密钥，旧密钥随即失效。"
          style={{ marginBottom: 12 }}
        />
        <Typography.Paragraph
          copyable={{ text: issued?.key ?? '', tooltips: ['复制密钥', '已复制'] }}
          code
          style={{ wordBreak: 'break-all' }}
          data-testid="intake-issued-key"
        >
          {issued?.key}
        </Typography.Paragraph>
      </Modal>

      <Modal
        open={!!editing}
        title={`导入列对应关系：${editing?.name ?? ''}`}
        onCancel={() => setMappingOf(null)}
        footer={null}
        width={720}
        destroyOnHidden
      >
        {editing && (
          <>
            <Typography.Paragraph type="secondary">
              填写该来源导出表格中各字段所在列的表头名称；标 * 的为必填。保存后，导入该来源的文件时按此读取。
            </Typography.Paragraph>
            <IntakeMappingForm
              columns={editing.columns}
              editable={manage}
              saving={setMapping.loading}
              onSave={async (columns) => {
                const r = await setMapping.run(
                  { input: { sourceId: editing.id, columns } },
                  '已保存列对应关系',
                );
                if (r) {
                  reload();
                  setMappingOf(null);
                }
              }}
            />
          </>
        )}
      </Modal>
    </Card>
  );
}
