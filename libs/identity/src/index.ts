export * from './identity.module';
export * from './domain/user.events';
export { AuthOptions, DEFAULT_AUTH_OPTIONS } from './auth/auth-options';
export { SignInService } from './auth/sign-in.service';
export { totpCode } from './auth/totp';
export { PeopleDirectory } from './queries/people-directory';
export { RegisterUserCommand } from './commands/register-user/register-user.command';
