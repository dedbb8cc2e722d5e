import { CalendarFile } from '@app/calendar';
import { CountyDeadlines, GradeScale, SpreadCriterion } from '../domain/organization.events';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'county_view' })
export class CountyView {
  @PrimaryColumn('text', { name: 'county_id' })
  countyId!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'city_office_unit_id', nullable: true })
  cityOfficeUnitId!: string | null;

  @Column('text', { name: 'propaganda_unit_id', nullable: true })
  propagandaUnitId!: string | null;

  @Column('text', { name: 'cyberspace_unit_id', nullable: true })
  cyberspaceUnitId!: string | null;

  @Column('text', { name: 'police_unit_id', nullable: true })
  policeUnitId!: string | null;

  @Column('text', { name: 'state_security_unit_id', nullable: true })
  stateSecurityUnitId!: string | null;

  @Column('text', { name: 'require_totp_roles', array: true })
  requireTotpRoles!: string[];

  @Column('jsonb', { name: 'linkage_field_rules' })
  linkageFieldRules!: { field: string; unitIds: string[] }[];

  /** Null until the county sets its own (the seeds' defaults apply). */
  @Column('jsonb', { name: 'deadline_policy', nullable: true })
  deadlinePolicy!: CountyDeadlines | null;

  /** Null until the county sets its own (grade II and above). */
  @Column('text', { name: 'linkage_threshold_grade', nullable: true })
  linkageThresholdGrade!: string | null;

  /** The years the county loaded (each replacing the shipped one), with its office hours; null: the shipped calendar. */
  @Column('jsonb', { name: 'holiday_calendar', nullable: true })
  holidayCalendar!: CalendarFile | null;

  /** Units' own scales mapped onto I–IV (002, 003); empty until the county sets any. */
  @Column('jsonb', { name: 'grade_scales' })
  gradeScales!: GradeScale[];

  /** 传播分级标准 the county set; null: the platform's defaults (DEFAULT_SPREAD_CRITERIA). */
  @Column('jsonb', { name: 'spread_criteria', nullable: true })
  spreadCriteria!: SpreadCriterion[] | null;

  @Column('integer')
  version!: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
