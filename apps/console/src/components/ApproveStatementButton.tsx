import { CheckOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { FormModal } from './FormModal';
import { graphql } from '../gql';
import { useSubmit } from '../lib/submit';

const APPROVE = graphql(`
  mutation ConsoleApproveStatementWithOpinion($input: ApproveStatementInput!) {
    approveStatement(input: $input) {
      id
      status
      version
      allowedActions
    }
  }
`);

/**
 * 审核通过 with the words in view: the dialog shows the wording as it will go out and takes the reviewer's 审核意见
 * (optional; kept with the approval), so nothing is approved blind (issue 20 §1). One button for every place a
 * statement waits for the propaganda department.
 */
export function ApproveStatementButton({
  statement: s,
  onApproved,
  ...button
}: {
  statement: { id: string; title: string; content: string; version: number };
  onApproved?: () => void;
} & Omit<ButtonProps, 'onClick'>) {
  const [open, setOpen] = useState(false);
  const approve = useSubmit(APPROVE);
  return (
    <>
      <Button type="primary" icon={<CheckOutlined />} onClick={() => setOpen(true)} {...button}>
        审核通过
      </Button>
      <FormModal<{ opinion?: string }>
        open={open}
        title={`审核：${s.title}`}
        okText="通过"
        width={640}
        loading={approve.loading}
        testId="statement-approve-form"
        onClose={() => setOpen(false)}
        onSubmit={async (v) => {
          const r = await approve.run(
            {
              input: {
                statementId: s.id,
                approve: true,
                reason: (v.opinion ?? '').trim(),
                expectedVersion: s.version,
              },
            },
            '已审核通过',
          );
          if (r) onApproved?.();
          return !!r;
        }}
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="通过后交新闻发言人发布，稿件不再修改。"
        />
        <Typography.Paragraph
          className="statement-approve-text"
          style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 12, borderRadius: 6 }}
        >
          {s.content}
        </Typography.Paragraph>
        <Form.Item name="opinion" label="审核意见（可选）">
          <Input.TextArea rows={2} maxLength={500} placeholder="如：同意，发布时注明信息来源" />
        </Form.Item>
      </FormModal>
    </>
  );
}
