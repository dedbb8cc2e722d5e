import { useMemo } from 'react';
import { type Client, useQuery } from 'urql';
import { graphql } from '../gql';

const UNITS = graphql(`
  query ConsoleUnits {
    units {
      id
      name
      kind
      parentId
      active
    }
  }
`);

export type UnitRow = { id: string; name: string; kind: string; parentId?: string | null; active: boolean };

/** Asked for as the app starts (App.tsx), before a page asks: the page then takes the units from the cache. */
export function prefetchUnits(client: Client): void {
  void client.query(UNITS, {}).toPromise();
}

/** The county's units, once per session: names for ids, and the tree for pickers. */
export function useUnits() {
  const [{ data }] = useQuery({ query: UNITS, requestPolicy: 'cache-first' });
  return useMemo(() => {
    const list: UnitRow[] = data?.units ?? [];
    const byId = new Map(list.map((u) => [u.id, u]));
    const name = (id?: string | null) => (id ? (byId.get(id)?.name ?? '（其他单位）') : '—');
    return { list, byId, name };
  }, [data]);
}

export const KIND_ORDER = [
  'COUNTY_CENTER',
  'PROPAGANDA_DEPT',
  'LINKAGE_DEPT',
  'BUREAU',
  'TOWNSHIP',
  'VILLAGE',
  'CITY_OFFICE',
];
const KIND_GROUP: Record<string, string> = {
  PROPAGANDA_DEPT: '宣传部',
  LINKAGE_DEPT: '联动部门（网信/公安/国安）',
  BUREAU: '县直部门',
  TOWNSHIP: '乡镇/街道',
};

export interface TreeNode {
  title: string;
  value: string;
  selectable?: boolean;
  disabled?: boolean;
  children?: TreeNode[];
}

/** A unit tree for TreeSelect: kinds as groups, townships with their villages beneath. */
/** The tree with villages too: for the linkage's members, a conference's units and its follow-up tasks. */
export const WITH_VILLAGES = ['PROPAGANDA_DEPT', 'LINKAGE_DEPT', 'BUREAU', 'TOWNSHIP', 'VILLAGE'];

export function unitTree(
  list: UnitRow[],
  kinds = ['PROPAGANDA_DEPT', 'LINKAGE_DEPT', 'BUREAU', 'TOWNSHIP'],
): TreeNode[] {
  return KIND_ORDER.filter((k) => kinds.includes(k)).map((kind) => ({
    title: KIND_GROUP[kind] ?? kind,
    value: `group:${kind}`,
    selectable: false,
    checkable: false,
    children: list
      .filter((u) => u.kind === kind && u.active)
      .map((u) => ({
        title: u.name,
        value: u.id,
        children: kinds.includes('VILLAGE')
          ? list
              .filter((v) => v.kind === 'VILLAGE' && v.parentId === u.id && v.active)
              .map((v) => ({ title: v.name, value: v.id }))
          : undefined,
      })),
  }));
}

/** Short names of unit kinds for tags in a tree (the schema's labels, shortened where they run long). */
export const KIND_SHORT: Record<string, string> = {
  CITY_OFFICE: '市网信办',
  COUNTY_CENTER: '县中心',
  PROPAGANDA_DEPT: '宣传部',
  LINKAGE_DEPT: '联动部门',
  BUREAU: '县直部门',
  TOWNSHIP: '乡镇/街道',
  VILLAGE: '村/社区',
};
export const KIND_COLOR: Record<string, string> = {
  CITY_OFFICE: 'gold',
  COUNTY_CENTER: 'volcano',
  PROPAGANDA_DEPT: 'magenta',
  LINKAGE_DEPT: 'geekblue',
  BUREAU: 'cyan',
  TOWNSHIP: 'blue',
  VILLAGE: 'green',
};
export const kindRank = (kind: string) => {
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
};

/**
 * Which kinds of unit may hang under which (DOMAIN §1; the API's unit decider holds the rule and refuses the rest):
 * here only to offer the kinds that can succeed.
 */
export const CHILD_KINDS: Record<string, string[]> = {
  CITY_OFFICE: ['COUNTY_CENTER'],
  COUNTY_CENTER: ['TOWNSHIP', 'BUREAU', 'LINKAGE_DEPT', 'PROPAGANDA_DEPT'],
  TOWNSHIP: ['VILLAGE'],
};
export const parentKindsOf = (kind: string) =>
  Object.entries(CHILD_KINDS)
    .filter(([, kids]) => kids.includes(kind))
    .map(([parent]) => parent);
