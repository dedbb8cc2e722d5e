import { useEffect, useState } from 'react';
import { useClient, type Client } from 'urql';
import { graphql } from '../gql';
import { OPEN_STATUSES } from './labels';
import { bj } from './time';

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

const TREND_PAGE = graphql(`
  query ConsoleTrendPage($from: DateTime!, $to: DateTime, $after: String) {
    incidents(first: 100, after: $after, filter: { reportedFrom: $from, reportedTo: $to }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          grade
          reportedAt
          tasks {
            id
            assigneeUnitId
            status
            late
            overdue
          }
        }
      }
    }
  }
`);

type TrendNode = {
  id: string;
  grade?: string | null;
  reportedAt: string;
  tasks: { id: string; assigneeUnitId: string; status: string; late: boolean; overdue: boolean }[];
};

/**
 * Every incident of the last 30 days (a few fields each), for the trend and the on-time rates: six 5-day windows
 * fetched side by side, each paged through, so a busy month costs two or three round trips, not ten.
 */
function fetchLast30Days(client: Client): Promise<TrendNode[]> {
  const first = bj(Date.now()).startOf('day').subtract(29, 'day');
  const windows = Array.from({ length: 6 }, (_, k) => ({
    from: first.add(k * 5, 'day').toISOString(),
    to: k === 5 ? undefined : first.add((k + 1) * 5, 'day').toISOString(),
  }));
  const fetchWindow = async (w: { from: string; to?: string }) => {
    const nodes: TrendNode[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 50; page++) {
      const res = await client
        .query(TREND_PAGE, { from: w.from, to: w.to, after }, { requestPolicy: 'network-only' })
        .toPromise();
      const conn = res.data?.incidents;
      if (!conn) break;
      nodes.push(...(conn.edges.map((e) => e.node) as TrendNode[]));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    return nodes;
  };
  return Promise.all(windows.map(fetchWindow)).then((parts) => parts.flat());
}

/** The month's incidents per client, reused for 30 s: the one the app started while loading, or a fresh one. */
const months = new WeakMap<Client, { at: number; nodes: Promise<TrendNode[]> }>();
function month(client: Client): Promise<TrendNode[]> {
  const held = months.get(client);
  if (held && Date.now() - held.at < 30_000) return held.nodes;
  const nodes = fetchLast30Days(client);
  months.set(client, { at: Date.now(), nodes });
  return nodes;
}

export const OPEN_VARS = { open: [...OPEN_STATUSES] };

/**
 * Called as the app starts, before the dashboard's code has even loaded: its data is on the way while the page
 * renders (the first load is mostly rendering, the queries themselves take tens of milliseconds).
 */
export function prefetchDashboard(client: Client): void {
  void client.query(DASHBOARD, OPEN_VARS, { requestPolicy: 'network-only' }).toPromise();
  void month(client);
}

export function useLast30Days() {
  const client = useClient();
  const [state, setState] = useState<{ nodes: TrendNode[]; done: boolean }>({ nodes: [], done: false });
  useEffect(() => {
    let stop = false;
    void month(client).then((nodes) => {
      if (!stop) setState({ nodes, done: true });
    });
    return () => {
      stop = true;
    };
  }, [client]);
  return state;
}
