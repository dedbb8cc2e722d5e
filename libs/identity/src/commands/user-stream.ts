import { CommandExecutor, commandMetadata, StoreTransaction } from '@app/event-store';
import { CommandContext } from '@app/kernel';
import { UserCommand, userDecider } from '../domain/user.decider';
import { USER_STREAM_TYPE, userStreamId } from '../domain/user.events';
import { PeopleDirectory } from '../queries/people-directory';
import { UserView } from '../projections/user-view.entity';
import { UserNotFound } from '../domain/identity.errors';

/** The decider lives beside decide/evolve in domain/; re-exported here for the handlers. */
export { userDecider } from '../domain/user.decider';

/** Runs a command on a user's stream; `alsoWithin` changes sign-in state in the same transaction. */
export async function runUserCommand(
  executor: CommandExecutor,
  command: UserCommand,
  context: CommandContext,
  fingerprintOf: unknown,
  alsoWithin?: (tx: StoreTransaction) => Promise<void>,
): Promise<void> {
  await executor.execute({
    streamId: userStreamId(command.userId),
    streamType: USER_STREAM_TYPE,
    decider: userDecider,
    command,
    owningUnit: command.userId,
    metadata: commandMetadata(command.type, context),
    fingerprintOf,
    alsoWithin: alsoWithin ? (tx) => alsoWithin(tx) : undefined,
  });
}

/** The user a command is about, or NOT_FOUND. */
export async function existingUser(people: PeopleDirectory, userId: string): Promise<UserView> {
  const user = await people.facts(userId);
  if (!user) throw new UserNotFound(userId);
  return user;
}
