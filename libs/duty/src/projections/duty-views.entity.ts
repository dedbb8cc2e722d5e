import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One shift of a unit's duty roster (值班表). */
@Entity({ name: 'duty_shift_view' })
export class DutyShiftView {
  @PrimaryColumn('uuid', { name: 'shift_id' })
  shiftId!: string;

  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('text', { name: 'user_id' })
  userId!: string;

  @Column('text', { name: 'user_name' })
  userName!: string;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Column('timestamptz', { name: 'ends_at' })
  endsAt!: Date;

  /** LEADING (带班领导) or OFFICER (值班员). */
  @Column('text')
  post!: string;

  @Column('text')
  note!: string;

  @Column('boolean')
  cancelled!: boolean;
}

/** One line of a unit's duty log (值班日志). */
@Entity({ name: 'duty_log_view' })
export class DutyLogView {
  @PrimaryColumn('uuid', { name: 'entry_id' })
  entryId!: string;

  @Column('text', { name: 'unit_id' })
  unitId!: string;

  @Column('text', { name: 'county_id', nullable: true })
  countyId!: string | null;

  @Column('text', { name: 'user_id' })
  userId!: string;

  @Column('text', { name: 'user_name' })
  userName!: string;

  @Column('text')
  kind!: string;

  @Column('text')
  text!: string;

  @Column('text', { name: 'incident_id', nullable: true })
  incidentId!: string | null;

  @Column('boolean', { name: 'on_duty' })
  onDuty!: boolean;

  @Column('timestamptz')
  at!: Date;
}
