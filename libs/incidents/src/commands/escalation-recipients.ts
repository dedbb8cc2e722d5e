/** A unit and the named people in it whom an escalation to the county leaders reaches. */
export interface EscalationRecipient {
  unitId: string;
  userIds: string[];
}

/**
 * Who the county's leaders in charge of an incident are. Declared here and filled by the leadership library (which
 * keeps the roster), so that incidents neither reads its tables nor depends on it; absent, an escalation to the
 * county leaders reaches the county centre alone, as before.
 */
export interface EscalationRecipients {
  leadersOf(
    countyId: string,
    incident: { field: string | null; grade: string | null },
  ): Promise<EscalationRecipient[]>;
  /** A person's place on the county's roster (for naming an incident's 包保领导), or null if not on it. */
  leader(
    countyId: string,
    userId: string,
  ): Promise<{ userId: string; unitId: string; name: string; post: string } | null>;
}

export const ESCALATION_RECIPIENTS = Symbol('EscalationRecipients');
