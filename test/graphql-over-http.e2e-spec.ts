import { serverAudits } from 'graphql-http';
import { ApiFixture, startApi } from './support/api-fixture';

let api: ApiFixture;
beforeAll(async () => {
  api = await startApi({ label: 'audit' });
});
afterAll(async () => {
  await api.close();
});

/** The GraphQL-over-HTTP specification's MUST requirements, as audited by the graphql-http package. */
describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  const audits = serverAudits({ url: () => api.url, fetchFn: fetch });
  const must = audits.filter((a) => a.name.startsWith('MUST'));

  it('has MUST audits to run', () => {
    expect(must.length).toBeGreaterThanOrEqual(10);
  });

  for (const audit of must) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect({ status: result.status, reason: 'reason' in result ? result.reason : undefined }).toEqual({
        status: 'ok',
        reason: undefined,
      });
    });
  }
});
