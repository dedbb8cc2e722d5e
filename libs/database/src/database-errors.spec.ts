import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-errors';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'the server shutting down (pg_ctl stop -m fast)',
      withCode('57P01', 'terminating connection due to administrator command'),
    ],
    ['the server killed under a session', withCode('57P02')],
    ['the server starting up', withCode('57P03', 'the database system is starting up')],
    ['a connection exception', withCode('08006')],
    ['too many connections', withCode('53300')],
    ['a refused socket', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset socket', withCode('ECONNRESET')],
    ['a connection ended mid-query', new Error('Connection terminated unexpectedly')],
    ['no pooled connection in time', new Error('timeout exceeded when trying to connect')],
    [
      'a client whose connection failed',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    [
      'a TypeORM query runner that released itself when its connection was lost',
      new QueryRunnerAlreadyReleasedError(),
    ],
    ['TypeORM wrapping it', Object.assign(new Error('query failed'), { driverError: withCode('57P01') })],
    [
      'GraphQL wrapping it',
      Object.assign(new Error('Context creation failed'), { originalError: withCode('ECONNREFUSED') }),
    ],
  ])('%s: yes', (_, err) => expect(isDatabaseUnavailable(err)).toBe(true));

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a serialization failure', withCode('40001')],
    ['a syntax error', withCode('42601')],
    ['a row-security refusal', withCode('42501')],
    ['an ordinary error', new Error('limit reached')],
    ['nothing', undefined],
    ['a string', 'Connection terminated'],
  ])('%s: no', (_, err) => expect(isDatabaseUnavailable(err)).toBe(false));
});
