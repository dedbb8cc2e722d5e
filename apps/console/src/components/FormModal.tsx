import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';

/** A modal holding one form; it closes only when the submit succeeded (onSubmit resolves true). */
export function FormModal<V extends object>({
  open,
  title,
  onClose,
  onSubmit,
  loading,
  children,
  initialValues,
  okText = '提交',
  width = 560,
  testId,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  onSubmit: (values: V) => Promise<boolean>;
  loading?: boolean;
  children: ReactNode;
  initialValues?: Partial<V>;
  okText?: string;
  width?: number;
  testId?: string;
}) {
  const [form] = Form.useForm<V>();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText}
      cancelText="取消"
      confirmLoading={loading}
      destroyOnHidden
      width={width}
      okButtonProps={testId ? { 'data-testid': `${testId}-ok` } : undefined}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        // Each opening starts from its own initialValues: without this the form store outlives the closed modal and
        // values of fields not shown at closing (a hidden branch of the form) win over the new initialValues.
        clearOnDestroy
        initialValues={initialValues}
        onFinish={async (v) => {
          if (await onSubmit(v)) onClose();
        }}
        data-testid={testId}
      >
        {children}
      </Form>
    </Modal>
  );
}
