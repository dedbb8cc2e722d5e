import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per leader on a county's roster: their post and the fields in their charge. */
@Entity({ name: 'county_leader_view' })
export class CountyLeaderView {
  @PrimaryColumn('text', { name: 'county_id' })
  countyId!: string;

  @PrimaryColumn('text', { name: 'user_id' })
  userId!: string;

  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  post!: string;

  @Column('text', { array: true })
  fields!: string[];

  @Column('boolean')
  principal!: boolean;

  @Column('timestamptz', { name: 'appointed_at' })
  appointedAt!: Date;

  @Column('integer')
  version!: number;
}
