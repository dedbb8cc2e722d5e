import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A change of someone's privileged roles (ADMIN, AUDITOR, LEADER): one user event, what it granted and removed. */
@Entity({ name: 'privileged_role_grant' })
export class PrivilegedRoleGrantView {
  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  /** The event's place in the global log: the list's order and its cursor. */
  @Column('bigint')
  position!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('text', { name: 'user_id' })
  userId!: string;

  @Column('text')
  username!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  /** The unit of the person whose roles changed. */
  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text', { array: true })
  granted!: string[];

  @Column('text', { array: true })
  revoked!: string[];

  /** All the person's roles after the change. */
  @Column('text', { array: true })
  roles!: string[];

  @Column('text', { name: 'granted_by_user_id' })
  grantedByUserId!: string;

  /** Null when the platform itself granted (seeding). */
  @Column('text', { name: 'granted_by_name', nullable: true })
  grantedByName!: string | null;

  /** The unit the granting person acted from. */
  @Column('text', { name: 'granted_by_unit_id' })
  grantedByUnitId!: string;

  @Column('timestamptz')
  at!: Date;
}

/** People as the grants projection knows them (from UserRegistered): its own, so a rebuild needs only the log. */
@Entity({ name: 'role_grant_user' })
export class RoleGrantUserView {
  @PrimaryColumn('text', { name: 'user_id' })
  userId!: string;

  @Column('text')
  username!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;
}
