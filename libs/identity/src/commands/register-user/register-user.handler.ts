import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Action, authorize } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { decisionContextOf, deterministicUuid, problem, ValidationFailed } from '@app/kernel';
import { OrganizationDirectory } from '@app/organization';
import { CredentialsRepository } from '../../credentials/credentials.repository';
import { hashPassword } from '../../credentials/password-hasher';
import { passwordProblems } from '../../domain/password-policy';
import { passwordSubject } from '../password-subject';
import { runUserCommand } from '../user-stream';
import { RegisterUserCommand } from './register-user.command';

@CommandHandler(RegisterUserCommand)
export class RegisterUserHandler implements ICommandHandler<RegisterUserCommand, string> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly organization: OrganizationDirectory,
  ) {}

  async execute({ principal, input, context }: RegisterUserCommand): Promise<string> {
    const unit = (await this.organization.unitFacts([input.unitId])).get(input.unitId);
    authorize(
      principal,
      Action.UserRegister,
      { kind: 'unit', unitId: input.unitId, countyId: unit?.countyId ?? principal.countyId },
      input.unitId,
    );
    const username = input.username.trim().toLowerCase();
    // The rule for the roles being granted: an administrator's first password is already an administrator's.
    const problems = passwordProblems(
      'input.initialPassword',
      input.initialPassword,
      await passwordSubject(this.organization, {
        roles: input.roles,
        username,
        countyId: unit?.countyId ?? principal.countyId,
      }),
    );
    if (unit && !unit.active)
      problems.push(problem('input.unitId', '该单位已停用，不能新增人员', 'that unit is out of service'));
    if (problems.length) throw new ValidationFailed(problems);
    const userId =
      input.userId ??
      (context.idempotencyKey
        ? deterministicUuid('user', principal.unitId, context.idempotencyKey)
        : randomUUID());
    const passwordHash = await hashPassword(input.initialPassword);
    const passwordTemporary = input.passwordTemporary ?? true;
    try {
      await runUserCommand(
        this.executor,
        {
          type: 'RegisterUser',
          userId,
          username,
          displayName: input.displayName,
          unitId: input.unitId,
          countyId: unit?.countyId ?? null,
          unitExists: Boolean(unit),
          roles: input.roles,
          passwordTemporary,
          context: decisionContextOf(principal, context.now),
        },
        context,
        { ...input, initialPassword: undefined },
        (tx) =>
          CredentialsRepository.insert(tx, {
            userId,
            username,
            countyId: unit?.countyId ?? null,
            passwordHash,
            mustChangePassword: passwordTemporary,
            now: context.now,
          }),
      );
    } catch (err) {
      if (
        (err as { code?: string; constraint?: string }).code === '23505' &&
        String((err as { constraint?: string }).constraint).includes('username')
      ) {
        throw new ValidationFailed([
          {
            field: 'input.username',
            message: { zh: `用户名 ${username} 已被使用`, en: `username ${username} is taken` },
          },
        ]);
      }
      throw err;
    }
    return userId;
  }
}
