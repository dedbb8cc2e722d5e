import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A password an administrator set — a new account's first, or a reset one — is changed at the next sign-in: the
 * credentials say so, and a session opened with it may only change it (ended, if it tries to renew itself, with
 * PASSWORD_CHANGE_REQUIRED). Accounts from before stay as they were.
 */
export class PasswordChangeAtSignIn1764009000000 implements MigrationInterface {
  name = 'PasswordChangeAtSignIn1764009000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE user_credentials ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`,
    );
    await q.query(`ALTER TABLE auth_sessions DROP CONSTRAINT auth_sessions_end_reason_check`);
    await q.query(
      `ALTER TABLE auth_sessions ADD CONSTRAINT auth_sessions_end_reason_check
         CHECK (end_reason IN ('LOGOUT', 'REFRESH_REPLAYED', 'PASSWORD_CHANGED', 'PASSWORD_CHANGE_REQUIRED',
                               'DEACTIVATED', 'SECOND_FACTOR_CHANGED', 'REPLACED'))`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Migrations are forward-only.');
  }
}
