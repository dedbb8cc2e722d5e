import type { IncidentAction } from '../../gql/graphql';

/**
 * The dialogs of an incident's page. The header's buttons and the cards' own open them; each card renders and submits
 * the ones that belong to it (`release:<unitId>` names the linkage member to release).
 */
export type IncidentDialog =
  | 'assess'
  | 'warn'
  | 'adjust'
  | 'lift'
  | 'letter'
  | 'list'
  | 'dispatch'
  | 'police'
  | 'escalate'
  | 'activate'
  | 'addMembers'
  | `release:${string}`
  | 'conference'
  | 'draft'
  | 'calm'
  | 'close'
  | 'review'
  | 'reopen'
  | 'local'
  | 'takeOver'
  | 'supplement'
  | 'spread';

/** What every card of the page is given: the open dialog, how to open and close one, and what to do after a step. */
export interface CardDialogs {
  dialog: IncidentDialog | null;
  onDialog: (d: IncidentDialog) => void;
  onClose: () => void;
  /** A step went through: read the incident again. */
  onChanged: () => void;
}

/** Whether the API offers the caller this step on the incident now (`Incident.allowedActions`). */
export const offers = (inc: { allowedActions: readonly IncidentAction[] }, action: IncidentAction) =>
  inc.allowedActions.includes(action);

/** A submit's answer turned into "close the dialog?", reading the incident again when the step went through. */
export const settled =
  (onChanged: () => void) =>
  <T>(r: T | undefined): boolean => {
    if (r) onChanged();
    return !!r;
  };
