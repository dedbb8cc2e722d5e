import { CommandExecutor, commandMetadata, Decider, StoreTransaction } from '@app/event-store';
import { CommandContext } from '@app/kernel';
import { decideUser, evolveUser, initialUserState, UserCommand, UserState } from '../domain/user.decider';
import { USER_STREAM_TYPE, UserEvent, userStreamId } from '../domain/user.events';
import { PeopleDirectory } from '../queries/people-directory';
import { UserView } from '../projections/user-view.entity';
import { UserNotFound } from '../domain/identity.errors';

export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  decide: decideUser,
  evolve: evolveUser,
  initialState: initialUserState,
};

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
