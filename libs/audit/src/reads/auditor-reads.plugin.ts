import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import { GraphqlContext, Principal, Role } from '@app/access';
import { EventStore } from '@app/event-store';
import { Clock } from '@app/kernel';

export const AUDITOR_READ_EVENT = 'AuditorRead';
export const auditorReadsStreamId = (userId: string) => `auditor-reads-${userId}`;

export interface AuditorReadData {
  userId: string;
  unitId: string;
  operationName: string | null;
  /** Top-level fields asked for, with their arguments (ids, filters): what was looked at. */
  fields: { field: string; args: Record<string, unknown> }[];
  at: string;
}

/**
 * Top-level fields asked for, with their arguments (ids, filters): what was looked at — through inline fragments
 * and fragment spreads too (`query { ... on Query { incidentHistory(id: …) } }` asks for incidentHistory).
 */
function topLevelFields(
  op: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown>,
): AuditorReadData['fields'] {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const fields: AuditorReadData['fields'] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        fields.push({
          field: sel.name.value,
          args: Object.fromEntries(
            (sel.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)]),
          ),
        });
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet);
      } else {
        const f = fragments.get(sel.name.value);
        if (f && !seen.has(f.name.value)) {
          seen.add(f.name.value);
          walk(f.selectionSet);
        }
      }
    }
  };
  walk(op.selectionSet);
  return fields;
}

/** The audit queries: whoever asks them (a centre leader too) leaves the same record as an auditor. */
const AUDIT_QUERIES = new Set([
  'incidentHistory',
  'incidentAsOf',
  'deadlineCompliance',
  'unitDeadlineCompliance',
  'verifyIncident',
  'verifyLog',
  'incidentBundle',
]);

/**
 * Records a read before it is carried out — an auditor's any read, anyone's audit query; nothing for the rest. A
 * read that cannot be recorded is not served (the error says so). Queries over HTTP and subscriptions over the
 * WebSocket both come here.
 */
export async function recordAuditorRead(
  store: EventStore,
  clock: Clock,
  read: {
    principal: Principal;
    operation: OperationDefinitionNode;
    document: DocumentNode;
    operationName: string | null;
    variables: Record<string, unknown>;
    correlationId: string;
  },
): Promise<void> {
  const p = read.principal;
  const fields = topLevelFields(read.operation, read.document, read.variables);
  if (!p.roles.includes(Role.AUDITOR) && !fields.some((f) => AUDIT_QUERIES.has(f.field))) return;
  await appendAuditorRead(
    store,
    p,
    {
      userId: p.userId,
      unitId: p.unitId,
      operationName: read.operationName,
      fields,
      at: clock.now().toISOString(),
    },
    read.correlationId,
  );
}

/**
 * A file downloaded outside GraphQL (an issued document, a ledger): an auditor's download is a read like any other
 * and is recorded the same way, before the bytes go out; everyone else's is not.
 */
export async function recordAuditorDownload(
  store: EventStore,
  clock: Clock,
  download: { principal: Principal; what: string; args: Record<string, unknown>; correlationId: string },
): Promise<void> {
  const p = download.principal;
  if (!p.roles.includes(Role.AUDITOR)) return;
  await appendAuditorRead(
    store,
    p,
    {
      userId: p.userId,
      unitId: p.unitId,
      operationName: null,
      fields: [{ field: download.what, args: download.args }],
      at: clock.now().toISOString(),
    },
    download.correlationId,
  );
}

async function appendAuditorRead(
  store: EventStore,
  p: Principal,
  data: AuditorReadData,
  correlationId: string,
): Promise<void> {
  try {
    await store.append({
      streamId: auditorReadsStreamId(p.userId),
      streamType: 'AuditorReads',
      owningUnit: p.unitId,
      expectedVersion: 'any',
      events: [{ type: AUDITOR_READ_EVENT, data: data as unknown as Record<string, unknown> }],
      metadata: {
        actorUser: p.userId,
        actorUnit: p.unitId,
        command: 'RecordAuditorRead',
        correlationId,
      },
    });
  } catch {
    throw new GraphQLError(
      '审计查询记录失败，未执行查询 / The read could not be recorded, so it was not served',
      {
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    );
  }
}

/** Auditors read everything in their county, and each of their reads over HTTP is itself recorded in the log. */
export function auditorReadsPlugin(store: EventStore, clock: Clock): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, operationName, request, document }) {
          const principal = contextValue.requestContext?.principal;
          if (!principal || !operation || operation.operation !== OperationTypeNode.QUERY) return;
          await recordAuditorRead(store, clock, {
            principal,
            operation,
            document,
            operationName: operationName ?? null,
            variables: request.variables ?? {},
            correlationId: contextValue.requestContext.correlationId,
          });
        },
      };
    },
  };
}
