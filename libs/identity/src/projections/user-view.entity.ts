import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'user_view' })
export class UserView {
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

  @Column('text', { array: true })
  roles!: string[];

  @Column('boolean')
  active!: boolean;

  @Column('boolean', { name: 'totp_enabled' })
  totpEnabled!: boolean;

  /** Mirrors the sign-in state's version, for display; sign-in itself reads user_credentials. */
  @Column('integer', { name: 'security_version' })
  securityVersion!: number;

  @Column('integer')
  version!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
