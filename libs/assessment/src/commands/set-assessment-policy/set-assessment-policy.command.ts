import { Command } from '@nestjs/cqrs';
import { Principal } from '@app/access';
import { CommandContext } from '@app/kernel';
import { AssessmentPolicyTerms } from '../../domain/assessment.events';

/** The county's 考核 rules from a day on (county ADMIN); earlier days keep the version they were scored under. */
export class SetAssessmentPolicyCommand extends Command<number> {
  constructor(
    readonly principal: Principal,
    readonly terms: AssessmentPolicyTerms,
    readonly effectiveFrom: string | null,
    readonly context: CommandContext,
  ) {
    super();
  }
}
