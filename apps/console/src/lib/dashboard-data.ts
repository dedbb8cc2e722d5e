import { type Client } from 'urql';
import { graphql } from '../gql';
import { OPEN_STATUSES } from './labels';

export const DASHBOARD = graphql(`
  query ConsoleDashboard($open: [IncidentStatus!]) {
    gI: incidents(first: 1, filter: { status: $open, grade: [I] }) {
      totalCount
    }
    gII: incidents(first: 1, filter: { status: $open, grade: [II] }) {
      totalCount
    }
    gIII: incidents(first: 1, filter: { status: $open, grade: [III] }) {
      totalCount
    }
    gIV: incidents(first: 1, filter: { status: $open, grade: [IV] }) {
      totalCount
    }
    sREGISTERED: incidents(first: 1, filter: { status: [REGISTERED] }) {
      totalCount
    }
    sASSESSED: incidents(first: 1, filter: { status: [ASSESSED] }) {
      totalCount
    }
    sWARNED: incidents(first: 1, filter: { status: [WARNED] }) {
      totalCount
    }
    sHANDLING: incidents(first: 1, filter: { status: [HANDLING] }) {
      totalCount
    }
    sCALMED: incidents(first: 1, filter: { status: [CALMED] }) {
      totalCount
    }
    open: incidents(first: 60, filter: { status: $open }) {
      totalCount
      edges {
        node {
          id
          title
          grade
          status
          reportedAt
          tasks {
            id
            status
            role
            dueAt
            overdue
            assigneeUnitId
            handedInAt
          }
          letters {
            id
            title
            sentAt
            receiptDueAt
            receipts {
              unitId
              signed
            }
          }
        }
      }
    }
  }
`);

/**
 * The month's figures, aggregated by the API in one request (`dashboard`): the trend by grade and each unit's
 * on-time rate over every task of the last 30 days, and the county's overdue, nearly-due and unsigned counts.
 */
export const FIGURES = graphql(`
  query ConsoleFigures {
    dashboard(days: 30) {
      overdueTasks
      nearlyDueTasks
      unsignedLetters
      trend {
        day
        grade
        count
      }
      unitOnTime {
        unitId
        unitName
        tasks
        handedIn
        onTime
        openOverdue
        onTimeRate
      }
    }
  }
`);

export const OPEN_VARS = { open: [...OPEN_STATUSES] };

/** Set when the app prefetched the dashboard as it started: the first visit takes it from the cache. */
const prefetched = { dashboard: false, figures: false };

/**
 * Called as the app starts, before the dashboard's code has even been evaluated: its data is on the way while the
 * app renders its frame (the first load is mostly rendering; the queries themselves take tens of milliseconds).
 */
export function prefetchDashboard(client: Client): void {
  prefetched.dashboard = true;
  prefetched.figures = true;
  void client.query(DASHBOARD, OPEN_VARS, { requestPolicy: 'network-only' }).toPromise();
  void client.query(FIGURES, {}, { requestPolicy: 'network-only' }).toPromise();
}

/**
 * How the dashboard asks for its data: from the cache on the visit the app prefetched for (asking again would redraw
 * both charts with the same numbers while the page loads), from the cache and the network on every later visit — a
 * page come back to shows what is true now, not what was cached when it was left.
 */
export function visitPolicy(query: keyof typeof prefetched): 'cache-first' | 'cache-and-network' {
  if (!prefetched[query]) return 'cache-and-network';
  prefetched[query] = false;
  return 'cache-first';
}
