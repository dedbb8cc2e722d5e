import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/access';
import { ConnectionType } from '@app/graphql';

@ObjectType('PrivilegedRoleGrant', {
  description:
    '特权角色（系统管理员、审计员、领导）的授予与收回，供审计员查看 / A grant or removal of a privileged role (ADMIN, AUDITOR, LEADER), for auditors',
})
export class PrivilegedRoleGrantType {
  @Field(() => ID, { description: '记录编号（事件编号）/ Record id (the event’s)' })
  id!: string;

  @Field(() => ID, { description: '被授予人 / Whose roles changed' })
  userId!: string;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => ID, { description: '被授予人所在单位 / Their unit' })
  unitId!: string;

  @Field()
  unitName!: string;

  @Field(() => [Role], { description: '本次授予的特权角色 / Privileged roles granted' })
  granted!: Role[];

  @Field(() => [Role], { description: '本次收回的特权角色 / Privileged roles removed' })
  revoked!: Role[];

  @Field(() => [Role], { description: '变更后的全部角色 / All roles after the change' })
  roles!: Role[];

  @Field(() => ID, { description: '授予人 / Who granted' })
  grantedById!: string;

  @Field({ description: '授予人姓名（平台初始化时为“系统”）/ Their name (系统 when the platform seeded it)' })
  grantedByName!: string;

  @Field(() => ID, { description: '授予人所在单位 / The unit they acted from' })
  grantedByUnitId!: string;

  @Field()
  grantedByUnitName!: string;

  @Field({ description: '时间 / When' })
  at!: Date;
}

export const PrivilegedRoleGrantConnection = ConnectionType(PrivilegedRoleGrantType, 'PrivilegedRoleGrant');
