import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Capability, Role } from '@app/access';
import { UnitType } from '@app/organization';

@ObjectType('UserSignInState', {
  description: '登录状态（仅其管理员可见）/ Sign-in state (their administrator only)',
})
export class UserSignInStateType {
  @Field({
    description:
      '密码由管理员设置，下次登录须先修改 / The password was set by an administrator and is changed at the next sign-in',
  })
  mustChangePassword!: boolean;

  @Field(() => Date, {
    nullable: true,
    description:
      '因密码多次错误暂停登录至（可解锁）/ Sign-in paused after wrong passwords until (can be unlocked)',
  })
  pausedUntil!: Date | null;
}

@ObjectType('User', { description: '用户 / User' })
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field({ description: '登录名 / Username' })
  username!: string;

  @Field({ description: '姓名 / Display name' })
  displayName!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field({ description: '未停用 / Not deactivated' })
  active!: boolean;

  @Field({ description: '已绑定动态口令 / Second factor enrolled' })
  totpEnabled!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => UserSignInStateType, {
    nullable: true,
    description:
      '登录状态：仅管理此人的管理员可见，其他人为空 / Sign-in state: null unless you administer this user',
  })
  signIn!: UserSignInStateType | null;
}

@ObjectType('Me', { description: '当前登录用户 / The signed-in user' })
export class MeType {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => UnitType)
  unit!: UnitType;

  @Field(() => ID, { nullable: true })
  countyId!: string | null;

  @Field(() => [Role])
  roles!: Role[];

  @Field({ description: '本次会话须先绑定动态口令 / This session must enrol a second factor first' })
  mustEnrollTotp!: boolean;

  @Field({ description: '本次会话须先修改密码 / This session must change the password first' })
  mustChangePassword!: boolean;

  @Field(() => [Capability], {
    description:
      '本会话可用的功能（菜单、页面、按钮依此显示，由访问策略决定）/ What this session may do, as the access policy decides',
  })
  capabilities!: Capability[];
}

@ObjectType('AuthPayload', { description: '登录结果 / Signed-in session' })
export class AuthPayloadType {
  @Field({ description: '访问令牌（Authorization: Bearer …，15 分钟）/ Access token (Bearer, 15 minutes)' })
  accessToken!: string;

  @Field({ description: '刷新令牌（一次性，7 天）/ Refresh token (single use, 7 days)' })
  refreshToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field({ description: '须先绑定动态口令 / Must enrol a second factor before anything else' })
  requiresTotpEnrollment!: boolean;

  @Field({
    description:
      '须先修改密码（管理员设置的初始或重置密码）/ Must change the password (set by an administrator) before anything else',
  })
  requiresPasswordChange!: boolean;

  @Field(() => MeType)
  me!: MeType;
}

@ObjectType('TotpEnrollment', { description: '动态口令绑定信息 / Second-factor enrolment' })
export class TotpEnrollmentType {
  @Field({ description: '密钥（Base32）/ Secret (Base32)' })
  secret!: string;

  @Field({ description: '扫码用 otpauth:// 地址 / otpauth:// URI for the QR code' })
  otpauthUri!: string;
}

@InputType('EnrollTotpInput', {
  description:
    '重新绑定动态口令时须提供：登录密码和当前动态口令 / Needed to re-bind: your password and a current code',
})
export class EnrollTotpInput {
  @Field()
  currentPassword!: string;

  @Field()
  currentCode!: string;
}

@InputType('ResetUserTotpInput')
export class ResetUserTotpInput {
  @Field(() => ID)
  userId!: string;

  @Field({ description: '解绑原因（如手机丢失）/ Why (e.g. the phone was lost)' })
  reason!: string;
}

@InputType('LoginInput')
export class LoginInput {
  @Field()
  username!: string;

  @Field()
  password!: string;

  @Field({ nullable: true, description: '已绑定动态口令时必填 / Required once a second factor is enrolled' })
  totpCode?: string;
}

@InputType('RegisterUserInput')
export class RegisterUserInputType {
  @Field(() => ID)
  unitId!: string;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field({
    description:
      '初始密码（管理员、审计员和领导至少 12 位，其他至少 10 位；含字母和数字；不能是常见密码）/ Initial password (≥ 12 for ADMIN, AUDITOR, LEADER, ≥ 10 otherwise; letters and digits; not a common one)',
  })
  initialPassword!: string;

  @Field({
    nullable: true,
    defaultValue: true,
    description:
      '首次登录须修改初始密码（默认是）/ The person changes the initial password at the first sign-in (default yes)',
  })
  passwordTemporary?: boolean;
}

@InputType('UnlockUserSignInInput')
export class UnlockUserSignInInput {
  @Field(() => ID)
  userId!: string;

  @Field({ description: '解锁原因（如已电话核实为本人）/ Why (e.g. confirmed by phone it is them)' })
  reason!: string;
}

@InputType('ChangeUserRolesInput')
export class ChangeUserRolesInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => [Role])
  roles!: Role[];
}

@InputType('DeactivateUserInput')
export class DeactivateUserInput {
  @Field(() => ID)
  userId!: string;

  @Field({ description: '停用原因 / Reason' })
  reason!: string;
}

@InputType('ResetUserPasswordInput')
export class ResetUserPasswordInput {
  @Field(() => ID)
  userId!: string;

  @Field()
  newPassword!: string;
}

@InputType('ChangePasswordInput')
export class ChangePasswordInput {
  @Field()
  currentPassword!: string;

  @Field()
  newPassword!: string;
}
