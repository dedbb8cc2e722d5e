import { AppError, ErrorCode, LocalizedMessage, NotFound } from '@app/kernel';

/** Sub-codes of the identity module (`extensions.reason`): users (USER.*) and signing in (AUTH.*). */
export const IdentityErrorReason = {
  USER_NOT_FOUND: 'USER.NOT_FOUND',
  USER_ALREADY_EXISTS: 'USER.ALREADY_EXISTS',
  USER_ALREADY_DEACTIVATED: 'USER.ALREADY_DEACTIVATED',
  USER_SELF_DEACTIVATION: 'USER.SELF_DEACTIVATION',
  USER_ALREADY_ACTIVE: 'USER.ALREADY_ACTIVE',
  USER_DEACTIVATED: 'USER.DEACTIVATED',
  USER_SELF_SECOND_FACTOR_RESET: 'USER.SELF_SECOND_FACTOR_RESET',
  USER_NO_SECOND_FACTOR: 'USER.NO_SECOND_FACTOR',
  USER_UNIT_INACTIVE: 'USER.UNIT_INACTIVE',
  USER_SIGN_IN_NOT_PAUSED: 'USER.SIGN_IN_NOT_PAUSED',
  /** 三员分立: a VALIDATION_FAILED sub-reason on `input.roles`. */
  USER_SEPARATION_OF_DUTIES: 'USER.SEPARATION_OF_DUTIES',
  /** Nobody grants himself a privileged role: a VALIDATION_FAILED sub-reason on `input.roles`. */
  USER_SELF_GRANT: 'USER.SELF_GRANT',
  AUTH_INVALID_CREDENTIALS: 'AUTH.INVALID_CREDENTIALS',
  AUTH_TOTP_REQUIRED: 'AUTH.TOTP_REQUIRED',
  AUTH_REFRESH_INVALID: 'AUTH.REFRESH_INVALID',
  AUTH_WRONG_CURRENT_PASSWORD: 'AUTH.WRONG_CURRENT_PASSWORD',
  AUTH_TOO_MANY_FAILURES: 'AUTH.TOO_MANY_FAILURES',
} as const;
export type IdentityErrorReason = (typeof IdentityErrorReason)[keyof typeof IdentityErrorReason];

export class UserNotFound extends NotFound {
  constructor(userId: string) {
    super(IdentityErrorReason.USER_NOT_FOUND, { zh: '用户', en: 'User' }, userId);
  }
}

/** A step the user's account is not in a state for (INVALID_TRANSITION). */
export class UserStateRefusal extends AppError {
  constructor(reason: IdentityErrorReason, zh: string, en: string) {
    super(ErrorCode.INVALID_TRANSITION, reason, { zh, en });
  }
}

export const userAlreadyExists = () =>
  new UserStateRefusal(IdentityErrorReason.USER_ALREADY_EXISTS, '用户已存在', 'The user already exists');
export const userAlreadyDeactivated = () =>
  new UserStateRefusal(
    IdentityErrorReason.USER_ALREADY_DEACTIVATED,
    '该用户已停用',
    'The user is already deactivated',
  );
export const userSelfDeactivation = () =>
  new UserStateRefusal(
    IdentityErrorReason.USER_SELF_DEACTIVATION,
    '不能停用自己的账号',
    'You cannot deactivate yourself',
  );
export const userAlreadyActive = () =>
  new UserStateRefusal(IdentityErrorReason.USER_ALREADY_ACTIVE, '该用户未停用', 'The user is active');
export const userDeactivated = () =>
  new UserStateRefusal(IdentityErrorReason.USER_DEACTIVATED, '该用户已停用', 'The user is deactivated');
export const userSelfSecondFactorReset = () =>
  new UserStateRefusal(
    IdentityErrorReason.USER_SELF_SECOND_FACTOR_RESET,
    '不能解绑自己的动态口令；更换设备请用密码和当前口令重新绑定',
    'You cannot reset your own second factor; re-bind it with your password and a current code',
  );
export const userNoSecondFactor = () =>
  new UserStateRefusal(
    IdentityErrorReason.USER_NO_SECOND_FACTOR,
    '该用户未绑定动态口令',
    'The user has no second factor bound',
  );
export const userUnitInactive = () =>
  new AppError(ErrorCode.INVALID_TRANSITION, IdentityErrorReason.USER_UNIT_INACTIVE, {
    zh: '其所在单位已停用，请先恢复单位',
    en: 'their unit is out of service; put it back into service first',
  });

export const userSignInNotPaused = () =>
  new UserStateRefusal(
    IdentityErrorReason.USER_SIGN_IN_NOT_PAUSED,
    '该用户的登录当前未被暂停，无需解锁',
    'Their sign-in is not paused; there is nothing to unlock',
  );

/**
 * Signing in failed; the answer never says whether the user exists (UNAUTHENTICATED). It says how many more wrong
 * attempts pass before sign-in pauses — counted per name typed, so it is the same for a name that does not exist.
 */
export const invalidCredentials = (remainingAttempts?: number) => {
  const tail: LocalizedMessage =
    remainingAttempts === undefined
      ? { zh: '', en: '' }
      : remainingAttempts > 0
        ? {
            zh: `；再错 ${remainingAttempts} 次将暂停登录`,
            en: `; ${remainingAttempts} more wrong attempt(s) and sign-in pauses`,
          }
        : {
            zh: '；登录已暂停，请稍后再试或联系本单位管理员解锁',
            en: '; sign-in is paused: wait, or ask your administrator',
          };
  return new AppError(
    ErrorCode.UNAUTHENTICATED,
    IdentityErrorReason.AUTH_INVALID_CREDENTIALS,
    { zh: `用户名或密码错误${tail.zh}`, en: `Wrong username or password${tail.en}` },
    remainingAttempts === undefined ? {} : { remainingAttempts },
  );
};

export class TotpRequired extends AppError {
  constructor() {
    super(ErrorCode.UNAUTHENTICATED, IdentityErrorReason.AUTH_TOTP_REQUIRED, {
      zh: '请输入动态口令（6 位数字）',
      en: 'Enter the 6-digit code from your authenticator app',
    });
  }
}

export const refreshInvalid = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, IdentityErrorReason.AUTH_REFRESH_INVALID, {
    zh: '登录已失效，请重新登录',
    en: 'Your session has ended; sign in again',
  });

export const wrongCurrentPassword = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, IdentityErrorReason.AUTH_WRONG_CURRENT_PASSWORD, {
    zh: '当前密码不正确',
    en: 'The current password is wrong',
  });

/** Too many wrong passwords for a name or an address: wait (RATE_LIMITED, with the seconds to wait). */
export class RateLimited extends AppError {
  constructor(retryAfterSeconds: number) {
    const wait: LocalizedMessage =
      retryAfterSeconds < 60
        ? { zh: `${retryAfterSeconds} 秒`, en: `${retryAfterSeconds} second(s)` }
        : {
            zh: `${Math.ceil(retryAfterSeconds / 60)} 分钟`,
            en: `${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
          };
    super(
      ErrorCode.RATE_LIMITED,
      IdentityErrorReason.AUTH_TOO_MANY_FAILURES,
      {
        zh: `密码错误次数较多，请 ${wait.zh}后再试；如忘记密码请联系本单位管理员`,
        en: `Too many wrong passwords: try again in ${wait.en}, or ask your administrator to reset it`,
      },
      { retryAfterSeconds },
    );
  }
}
