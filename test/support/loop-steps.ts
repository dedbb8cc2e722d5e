import { gql, GqlResponse } from './api-fixture';

/** The data of a GraphQL answer, or the test fails with the errors in full. */
export function ok<T>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors, null, 2));
  return res.data!;
}

/** One mutation `name(input: $i) { select }`; its input type is the name capitalised + `Input`. */
export function mutate<T = Record<string, unknown>>(
  url: string,
  token: string,
  name: string,
  input: Record<string, unknown>,
  select: string,
  headers?: Record<string, string>,
): Promise<GqlResponse<Record<string, T>>> {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  return gql<Record<string, T>>(
    url,
    `mutation M($i: ${type}!) { ${name}(input: $i) { ${select} } }`,
    { i: input },
    { token, headers },
  );
}

/** An incident registered, assessed and listed by the county centre (`token`), ready for tasks. */
export async function listedIncident(
  url: string,
  token: string,
  o: {
    title: string;
    discoveredAt: Date;
    grade?: string;
    field?: string;
    nature?: string;
    confidential?: boolean;
  },
): Promise<string> {
  const { id } = ok(
    await mutate<{ id: string }>(
      url,
      token,
      'reportIncident',
      {
        channel: 'MONITORING',
        platform: 'WEIBO',
        title: o.title,
        urls: ['https://weibo.example/p/1'],
        discoveredAt: o.discoveredAt.toISOString(),
        confidential: o.confidential ?? false,
      },
      'id',
    ),
  ).reportIncident;
  ok(
    await mutate(
      url,
      token,
      'assessIncident',
      {
        incidentId: id,
        nature: o.nature ?? 'INQUIRY_APPEAL',
        veracity: 'UNVERIFIED',
        field: o.field ?? 'OTHER',
        grade: o.grade ?? 'III',
        reasoning: '研判',
      },
      'id',
    ),
  );
  ok(await mutate(url, token, 'listIncident', { incidentId: id, requirements: '核实并反馈' }, 'id'));
  return id;
}
