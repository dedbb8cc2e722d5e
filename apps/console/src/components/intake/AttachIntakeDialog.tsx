import { Form, Select } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { label } from '../../lib/labels';
import { FormModal } from '../FormModal';
import { OPEN_INCIDENTS } from './intake-queries';

/** 并入已有事件: the centre picks one of the county's open incidents by its title. */
export function AttachIntakeDialog({
  count,
  open,
  loading,
  onClose,
  onSubmit,
}: {
  count: number;
  open: boolean;
  loading: boolean;
  onClose: () => void;
  onSubmit: (v: { incidentId: string }) => Promise<boolean>;
}) {
  const [text, setText] = useState('');
  const [{ data, fetching }] = useQuery({
    query: OPEN_INCIDENTS,
    variables: { text: text || null },
    pause: !open,
  });
  return (
    <FormModal<{ incidentId: string }>
      open={open}
      title={`并入已有事件（${count} 条线索）`}
      okText="并入"
      loading={loading}
      testId="intake-attach"
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Form.Item name="incidentId" label="事件" rules={[{ required: true, message: '请选择事件' }]}>
        <Select
          showSearch
          filterOption={false}
          onSearch={setText}
          loading={fetching}
          placeholder="输入标题关键词搜索"
          data-testid="intake-attach-incident"
          options={(data?.incidents.edges ?? []).map((e) => ({
            value: e.node.id,
            label: `${e.node.title}（${label('IncidentStatus', e.node.status)}）`,
          }))}
        />
      </Form.Item>
    </FormModal>
  );
}
