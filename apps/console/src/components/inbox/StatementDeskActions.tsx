import { Button, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { useSubmit } from '../../lib/submit';
import { PublishStatementModal } from '../PublishStatementModal';
import { ApproveStatementButton } from '../ApproveStatementButton';
import { ReasonDialog } from '../ReasonDialog';

const DECIDE = graphql(`
  mutation ConsoleDeskDecideStatement($input: ApproveStatementInput!) {
    approveStatement(input: $input) {
      id
      status
      version
    }
  }
`);

/**
 * The step a statement waits for, taken from the 待办 itself (a leader on a phone approves where the item is): 审核通过
 * or 退回修改 with the reason for the propaganda leader, 发布 for the spokesperson; a rejected draft is revised on
 * 口径/通稿 with its editor. Offered only as the API's allowedActions say.
 */
export function StatementDeskActions({
  statement: s,
  onDone,
}: {
  statement: {
    id: string;
    version: number;
    title: string;
    content: string;
    allowedActions: string[];
    status: string;
  };
  onDone: () => void;
}) {
  const decide = useSubmit(DECIDE);
  const [rejecting, setRejecting] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const run = (approve: boolean, reason: string, done: string) =>
    decide
      .run({ input: { statementId: s.id, approve, reason, expectedVersion: s.version } }, done)
      .then((r) => {
        if (r) onDone();
        return !!r;
      });
  return (
    <>
      <Space style={{ width: '100%' }} direction="vertical" size={6}>
        {s.allowedActions.includes('approveStatement') && (
          <ApproveStatementButton
            block
            statement={s}
            onApproved={onDone}
            data-testid="desk-approve-statement"
          />
        )}
        {s.allowedActions.includes('rejectStatement') && (
          <Button block onClick={() => setRejecting(true)} data-testid="desk-reject-statement">
            退回修改
          </Button>
        )}
        {s.allowedActions.includes('publishStatement') && (
          <Button
            type="primary"
            block
            onClick={() => setPublishing(true)}
            data-testid="desk-publish-statement"
          >
            发布
          </Button>
        )}
        {s.allowedActions.includes('reviseStatement') && s.status === 'REJECTED' && (
          <Link to="/statements">
            <Button type="primary" block data-testid="inbox-open">
              去修改
            </Button>
          </Link>
        )}
      </Space>
      <ReasonDialog
        open={rejecting}
        title={`退回修改：${s.title}`}
        label="修改意见"
        okText="退回"
        loading={decide.loading}
        testId="desk-reject-reason"
        onClose={() => setRejecting(false)}
        onSubmit={(reason) => run(false, reason, '已退回修改')}
      />
      <PublishStatementModal
        statement={publishing ? s : null}
        onClose={() => setPublishing(false)}
        onPublished={onDone}
      />
    </>
  );
}
