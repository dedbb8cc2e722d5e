import { Checkbox, Form, Input } from 'antd';
import { FormModal } from '../FormModal';
import type { IntakeItem } from './IntakeItemRow';

/** 登记为新事件: pre-filled from the first selected item; the others join the new incident. */
export function RegisterIntakeDialog({
  items,
  open,
  loading,
  onClose,
  onSubmit,
}: {
  items: IntakeItem[];
  open: boolean;
  loading: boolean;
  onClose: () => void;
  onSubmit: (v: { title: string; confidential: boolean }) => Promise<boolean>;
}) {
  const first = items[0];
  return (
    <FormModal<{ title: string; confidential: boolean }>
      open={open}
      title="登记为新事件"
      okText="登记"
      loading={loading}
      testId="intake-register"
      onClose={onClose}
      onSubmit={onSubmit}
      initialValues={{ title: first?.title ?? '', confidential: false }}
    >
      <p>
        以第一条线索预填事件（平台、链接、摘要、传播数据）
        {items.length > 1 ? `，其余 ${items.length - 1} 条并入该事件` : ''}。
      </p>
      <Form.Item
        name="title"
        label="事件标题"
        rules={[{ required: true, whitespace: true, message: '请填写标题' }, { max: 200 }]}
      >
        <Input data-testid="intake-register-title" />
      </Form.Item>
      <Form.Item name="confidential" valuePropName="checked">
        <Checkbox>涉密（通知只含编号，不含标题）</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
