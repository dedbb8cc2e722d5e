import { createServer } from 'node:net';
import { demoUnitId } from '@app/demo';
import { ManualClock } from '@app/kernel';
import { NotificationDispatcher } from '@app/notifications';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from '../support/api-fixture';
import { listedIncident, mutate, ok } from '../support/loop-steps';
import { startWebhookPeer } from '../support/notification-peers';

/**
 * Finding: webhook targets were checked by name only (and only against link-local literals): a county
 * administrator could point a channel at any internal service (127.0.0.1, 10.x, ::ffff:127.0.0.1, a name resolving
 * to either) and use the test button's answer (ECONNREFUSED, timed out, ENOTFOUND, ok) to scan hosts and ports.
 * Now, in production with no NOTIFY_WEBHOOK_HOSTS, only public addresses are reached: literals are refused when
 * the channel is configured, names on the address the connection resolves; and every refused or unreachable target
 * gets the same answer. Real peers on this machine, real DNS (localhost); each checks that it received nothing.
 */
const clock = new ManualClock('2026-05-12T01:00:00.000Z'); // Tuesday 09:00 Beijing time
const donghu = demoUnitId('donghu');

let open: ApiFixture; // production, no list: public addresses only
let listed: ApiFixture; // production, NOTIFY_WEBHOOK_HOSTS=127.0.0.1: its gateway on this machine
let target: Awaited<ReturnType<typeof startWebhookPeer>>; // an internal service: must never hear from the platform
let gateway: Awaited<ReturnType<typeof startWebhookPeer>>; // the listed deployment's gateway
let admin: Session;
let listedAdmin: Session;
let closedPort: number;

const configure = (api: ApiFixture, token: string, url: string) =>
  mutate<{ channel: { id: string } }>(
    api.url,
    token,
    'configureNotificationChannel',
    { unitId: donghu, kind: 'WEBHOOK', target: url, label: 'Webhook' },
    'channel { id }',
  );

async function channel(api: ApiFixture, token: string, url: string): Promise<string> {
  return ok(await configure(api, token, url)).configureNotificationChannel.channel.id;
}

async function testButton(api: ApiFixture, token: string, channelId: string) {
  return ok(
    await mutate<{ ok: boolean; error: string | null }>(
      api.url,
      token,
      'testNotificationChannel',
      { channelId },
      'ok error',
    ),
  ).testNotificationChannel;
}

const fields = (res: GqlResponse<unknown>) =>
  res.errors?.[0]?.extensions as { code: string; fields?: { field: string; message: string }[] } | undefined;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

beforeAll(async () => {
  [target, gateway, closedPort] = await Promise.all([startWebhookPeer(), startWebhookPeer(), freePort()]);
  [open, listed] = await Promise.all([
    startApi({ label: 'sec-webhook', production: true, clock }),
    startApi({
      label: 'sec-webhook-listed',
      production: true,
      clock,
      notify: { webhookHosts: ['127.0.0.1'], sendTimeoutMs: 500 },
    }),
  ]);
  [admin, listedAdmin] = await Promise.all([login(open.url, 'zhaoqiang'), login(listed.url, 'zhaoqiang')]);
});
afterAll(async () => {
  await Promise.all([open?.close(), listed?.close()]);
  await Promise.all([target?.close(), gateway?.close()]);
});

describe('webhook targets in production with no allow-list', () => {
  it('refuses, when a channel is configured, every address that is not public in any spelling', async () => {
    const port = new URL(target.url).port;
    const internal = [
      `http://127.0.0.1:${port}/ok/1`,
      `http://127.1:${port}/ok/1`, // the URL parser makes these 127.0.0.1
      `http://2130706433:${port}/ok/1`,
      `http://0x7f.0.0.1:${port}/ok/1`,
      `http://[::1]:${port}/ok/1`,
      `http://[::ffff:127.0.0.1]:${port}/ok/1`,
      `http://[::ffff:7f00:1]:${port}/ok/1`,
      `http://[64:ff9b::7f00:1]:${port}/ok/1`,
      `http://0.0.0.0:${port}/ok/1`,
      `http://[::]:${port}/ok/1`,
      'http://10.0.0.5/hook',
      'http://172.16.3.4/hook',
      'http://192.168.1.10/hook',
      'http://100.64.0.1/hook',
      'http://[fd00::1]/hook',
      'http://[64:ff9b::a00:5]/hook',
      'http://224.0.0.1/hook',
      'http://192.0.2.1/hook',
      'http://[2001:db8::1]/hook',
    ];
    for (const url of internal) {
      const res = await configure(open, admin.token, url);
      expect([url, fields(res)?.code, fields(res)?.fields?.map((f) => f.field)]).toEqual([
        url,
        'VALIDATION_FAILED',
        ['input.target'],
      ]);
      expect(fields(res)?.fields?.[0].message).toMatch(/^不能使用本机、内网或保留地址/);
    }
    for (const url of ['http://169.254.169.254/latest/meta-data', 'http://[::ffff:169.254.169.254]/x'])
      expect(fields(await configure(open, admin.token, url))?.fields).toEqual([
        expect.objectContaining({
          field: 'input.target',
          message: '不能使用链路本地地址（169.254.x.x、fe80::）',
        }),
      ]);
    const channels = ok(
      await gql<{ notificationChannels: unknown[] }>(
        open.url,
        `query C($u: ID) { notificationChannels(unitId: $u) { id } }`,
        { u: donghu },
        { token: admin.token },
      ),
    ).notificationChannels;
    expect(channels).toEqual([]);
    expect(target.requests).toEqual([]);
  });

  it('sends nothing to a name that resolves to this machine (localhost): the check is on the resolved address', async () => {
    const id = await channel(open, admin.token, `http://localhost:${new URL(target.url).port}/ok/localhost`);
    const answer = await testButton(open, admin.token, id);
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/^Webhook 未送达：地址不允许或无法连接/);
    expect(target.requests).toEqual([]);
  });

  it('records a queued delivery to such a name as not delivered, with the same answer, and sends nothing', async () => {
    const centre = await login(open.url, 'zhouming');
    const incidentId = await listedIncident(open.url, centre.token, {
      title: '东湖镇柳营村征地补偿款未发放',
      discoveredAt: clock.now(),
    });
    ok(
      await mutate(
        open.url,
        centre.token,
        'dispatchTask',
        { incidentId, unitId: donghu, role: 'LEAD', requirements: '核实并反馈' },
        'id',
      ),
    );
    const round = await open.server.app.get(NotificationDispatcher).deliverDue();
    expect(round.sent).toBe(0);
    const deliveries = ok(
      await gql<{ notificationDeliveries: { status: string; lastError: string | null }[] }>(
        open.url,
        `query D($u: ID) { notificationDeliveries(unitId: $u, first: 10) { status lastError } }`,
        { u: donghu },
        { token: admin.token },
      ),
    ).notificationDeliveries;
    expect(deliveries.length).toBeGreaterThan(0);
    for (const d of deliveries) expect(d.lastError).toMatch(/^Webhook 未送达：地址不允许或无法连接/);
    expect(target.requests).toEqual([]);
  });
});

describe('the test button cannot scan hosts or ports', () => {
  it('gives one answer for every refused or unreachable target, whatever listens there', async () => {
    const gw = new URL(gateway.url).port;
    const tp = new URL(target.url).port;
    const answers = [
      // refused: an open port, a closed one, an unresolvable name (production, no list)
      await testButton(open, admin.token, await channel(open, admin.token, `http://localhost:${tp}/ok/a`)),
      await testButton(
        open,
        admin.token,
        await channel(open, admin.token, `http://localhost:${closedPort}/a`),
      ),
      await testButton(open, admin.token, await channel(open, admin.token, 'http://no-such-host.invalid/a')),
      // allowed by the list, but nothing listens, or it never answers
      await testButton(
        listed,
        listedAdmin.token,
        await channel(listed, listedAdmin.token, `http://127.0.0.1:${closedPort}/b`),
      ),
      await testButton(
        listed,
        listedAdmin.token,
        await channel(listed, listedAdmin.token, `http://127.0.0.1:${gw}/slow/b`),
      ),
    ];
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toEqual({
      ok: false,
      error: expect.stringMatching(/^Webhook 未送达：地址不允许或无法连接.* \/ Not delivered: /),
    });
    expect(target.requests).toEqual([]);

    // The list still works: its gateway is reached, and an answer it gives is reported.
    const listedOk = await channel(listed, listedAdmin.token, `http://127.0.0.1:${gw}/ok/listed`);
    expect(await testButton(listed, listedAdmin.token, listedOk)).toEqual({ ok: true, error: null });
    const down = await channel(listed, listedAdmin.token, `http://127.0.0.1:${gw}/down/listed`);
    expect(await testButton(listed, listedAdmin.token, down)).toEqual({ ok: false, error: 'HTTP 503' });
    expect(gateway.requests.map((r) => r.path)).toEqual(['/ok/listed', '/down/listed']);
  });
});
