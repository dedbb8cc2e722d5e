import { Injectable } from '@nestjs/common';
import { dataScopeOf, decide, Principal } from '@app/access';
import { ACTION_OF_STATEMENT_STEP, statementTarget } from '../commands/statement.service';
import { StatementCommand, StatementStatus } from '../domain/statement.decider';
import { StatementView } from '../projections/statement-view.entity';
import { StatementReader } from './statement-reader';

type Step = Exclude<StatementCommand['type'], 'DraftStatement'>;

/**
 * The step a statement in each status waits for (DOMAIN §5: drafted → approved by the propaganda department →
 * published by the spokesperson; a rejected one goes back to its drafting unit). A draft its own unit may still
 * revise does not wait for that unit: it waits for the approver.
 */
const AWAITED: Partial<Record<StatementStatus, { step: Step; action: string }>> = {
  [StatementStatus.DRAFT]: { step: 'ApproveStatement', action: '审核口径/通稿' },
  [StatementStatus.APPROVED]: { step: 'PublishStatement', action: '发布口径/通稿' },
  [StatementStatus.REJECTED]: { step: 'ReviseStatement', action: '按审核意见修改口径/通稿' },
};

export interface StatementAwaiting {
  statement: StatementView;
  action: string;
  since: Date;
}

/** The statements waiting for this person's step: their 待办 (issue 20 §3), decided by the one access policy. */
@Injectable()
export class StatementsAwaiting {
  constructor(private readonly reader: StatementReader) {}

  async of(p: Principal): Promise<StatementAwaiting[]> {
    const rows = await this.reader.list(dataScopeOf(p), [
      StatementStatus.DRAFT,
      StatementStatus.APPROVED,
      StatementStatus.REJECTED,
    ]);
    return rows.flatMap((s) => {
      const awaited = AWAITED[s.status as StatementStatus];
      if (!awaited || !decide(p, ACTION_OF_STATEMENT_STEP[awaited.step], statementTarget(s)).allowed)
        return [];
      return [{ statement: s, action: awaited.action, since: s.updatedAt }];
    });
  }
}
