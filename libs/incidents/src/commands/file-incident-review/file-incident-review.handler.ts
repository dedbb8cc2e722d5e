import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { IncidentCommandService } from '../incident-command.service';
import { FileIncidentReviewCommand } from './file-incident-review.command';

@CommandHandler(FileIncidentReviewCommand)
export class FileIncidentReviewHandler implements ICommandHandler<FileIncidentReviewCommand, void> {
  constructor(private readonly incidents: IncidentCommandService) {}

  async execute({
    principal,
    incidentId,
    input,
    expectedVersion,
    context,
  }: FileIncidentReviewCommand): Promise<void> {
    await this.incidents.run(
      principal,
      context,
      incidentId,
      { type: 'FileIncidentReview', ...input },
      { expectedVersion },
    );
  }
}
