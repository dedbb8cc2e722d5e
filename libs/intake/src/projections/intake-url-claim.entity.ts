import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Which item holds a normalised URL in a county. Written in the transaction that receives the item (not by a
 * projection): the primary key makes the second of two simultaneous copies of a post join the first.
 */
@Entity({ name: 'intake_url_claim' })
export class IntakeUrlClaim {
  @PrimaryColumn('text', { name: 'county_id' })
  countyId!: string;

  @PrimaryColumn('text', { name: 'normalized_url' })
  normalizedUrl!: string;

  @Column('uuid', { name: 'item_id' })
  itemId!: string;

  /** The item stream's owning unit. */
  @Column('text', { name: 'unit_id' })
  unitId!: string;
}
