import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { FormModal } from './FormModal';

/**
 * The one dialog that asks for a reason (退回, 驳回, 撤回, 撤销, 解除, 取消 …): the API refuses a blank one
 * (`reason: String!`, INPUT.REASON_REQUIRED), so the field is required here too and spaces alone do not count.
 * It closes only when the submit went through.
 */
export function ReasonDialog({
  open,
  title,
  label = '理由',
  placeholder,
  rows = 2,
  minLength,
  maxLength,
  note,
  okText,
  loading,
  testId,
  onClose,
  onSubmit,
}: {
  open: boolean;
  title: ReactNode;
  /** What the reason is called on this step: 退回理由, 修改意见, 撤回理由 … */
  label?: string;
  placeholder?: string;
  /** Lines of the text box; 1 gives a single-line input. */
  rows?: number;
  /** The API's own bounds on this reason, where it has them. */
  minLength?: number;
  maxLength?: number;
  /** Said above the field: what the step does, what follows it. */
  note?: ReactNode;
  okText?: string;
  loading?: boolean;
  testId?: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<boolean>;
}) {
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={title}
      onClose={onClose}
      loading={loading}
      okText={okText}
      testId={testId}
      onSubmit={(v) => onSubmit(v.reason.trim())}
    >
      {note}
      <Form.Item
        name="reason"
        label={label}
        rules={[
          { required: true, whitespace: true, message: `请填写${label}` },
          ...(minLength ? [{ min: minLength, message: `请填写${label}（至少 ${minLength} 个字）` }] : []),
        ]}
      >
        {rows > 1 ? (
          <Input.TextArea
            rows={rows}
            placeholder={placeholder}
            maxLength={maxLength}
            showCount={!!maxLength}
          />
        ) : (
          <Input placeholder={placeholder} maxLength={maxLength} />
        )}
      </Form.Item>
    </FormModal>
  );
}
