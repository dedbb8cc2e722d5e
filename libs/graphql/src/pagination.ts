import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { AppError, ErrorCode } from '@app/kernel';
import { parseStrictDateTime } from './date-time.scalar';
import { RequestErrorReason } from './request.errors';

@ObjectType({ description: 'Relay 分页信息 / Relay page info' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A page of a connection from the rows a keyset query returned, fetched one beyond the page's size: that extra row
 * only says a next page exists. `after` says whether this page began after a cursor.
 */
export function connectionOf<R, N>(
  rows: R[],
  size: number,
  page: { totalCount: number; after: boolean; cursor: (row: R) => string; node: (row: R) => N },
): Connection<N> {
  const edges = rows.slice(0, size).map((r) => ({ cursor: page.cursor(r), node: page.node(r) }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: page.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Makes `<Name>Connection` and `<Name>Edge` object types for a node type (Relay cursor connections). */
export function ConnectionType<T>(nodeType: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `${name} 列表（Relay 连接）/ ${name} list (Relay connection)`,
  })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: '符合条件的总数 / Total matching items' })
    totalCount!: number;
  }
  return ConnectionClass;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: '每页条数（1–100，默认 20）/ Page size (1–100, default 20)',
  })
  first?: number;

  @Field(() => String, { nullable: true, description: '从此游标之后开始 / Start after this cursor' })
  after?: string;
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | undefined): number {
  if (first === undefined || first === null) return 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new AppError(
      ErrorCode.VALIDATION_FAILED,
      RequestErrorReason.PAGE_SIZE,
      { zh: `每页条数须在 1 到 ${MAX_PAGE_SIZE} 之间`, en: `first must be between 1 and ${MAX_PAGE_SIZE}` },
      {
        fields: [
          {
            field: 'first',
            message: `须在 1 到 ${MAX_PAGE_SIZE} 之间`,
            messageEn: `must be between 1 and ${MAX_PAGE_SIZE}`,
          },
        ],
      },
    );
  }
  return first;
}

/** Opaque cursors: base64url of a JSON array of the sort key. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** What each place of a cursor's key holds; a cursor whose parts are not of these kinds is refused. */
export type CursorPart = 'timestamp' | 'uuid' | 'position' | 'text';

const CURSOR_PART: Record<CursorPart, (v: unknown) => boolean> = {
  timestamp: (v) => {
    try {
      return typeof v === 'string' && v.length <= 40 && parseStrictDateTime(v) instanceof Date;
    } catch {
      return false;
    }
  },
  uuid: (v) =>
    typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  /** A log position (a bigint as digits). */
  position: (v) => typeof v === 'string' && /^\d{1,19}$/.test(v),
  text: (v) => typeof v === 'string' && v.length <= 200 && !v.includes('\u0000'),
};

/**
 * The sort key in a cursor this server made. Anything else — not base64url JSON, the wrong number or kind of parts —
 * is refused with a coded error here, before it can reach a query as a PostgreSQL error.
 */
export function decodeCursor(cursor: string, parts: CursorPart[]): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === parts.length && parts.every((p, i) => CURSOR_PART[p](key[i])))
      return key;
  } catch {
    // fall through
  }
  throw new AppError(
    ErrorCode.VALIDATION_FAILED,
    RequestErrorReason.CURSOR,
    {
      zh: '分页游标无效，请从第一页重新查询',
      en: 'The cursor is not valid; query from the first page again',
    },
    { fields: [{ field: 'after', message: '分页游标无效', messageEn: 'invalid cursor' }] },
  );
}
