import { Role, systemPrincipal } from '@app/access';
import { demoUnitId } from '@app/demo';
import { EventStore, ProjectionRunner } from '@app/event-store';
import { deliverToInbox, InboxAudience, InboxChangeKind, InboxRef } from '@app/inbox';
import { ManualClock } from '@app/kernel';
import { NOTIFICATION_PROJECTION, NotificationDispatcher, webhookSignature } from '@app/notifications';
import { Client } from 'pg';
import { establishOtherCounty } from './support/other-county';
import { ApiFixture, gql, GqlResponse, login, Session, startApi } from './support/api-fixture';
import { listedIncident, mutate, ok } from './support/loop-steps';
import { startSmtpCapture, startWebhookPeer } from './support/notification-peers';

/**
 * Notifications on external channels, against a real SMTP server and a real HTTP endpoint started here: retries
 * with pg-boss, the dead-letter list for the county administrator, the 涉密 rule (002), audiences, and a projection
 * applied twice sending nothing twice. No sleeping: the test calls deliverDue() where the tick would.
 */
const clock = new ManualClock('2026-05-12T01:00:00.000Z'); // Tuesday 09:00 Beijing time

let api: ApiFixture;
let owner: Client;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let peer: Awaited<ReturnType<typeof startWebhookPeer>>;
let admin: Session; // 赵强, county ADMIN
let centre: Session; // 周明, centre duty officer
let lina: Session; // 李娜, 东湖镇 handler
let wangbo: Session; // 王博, 东湖镇 leader
let hexiAdmin: Session; // administrator of another county

const donghu = demoUnitId('donghu');
const landBureau = demoUnitId('land-bureau');

const CHANNEL = `id unitId kind target audiences enabled label`;
const DELIVERY = `id channelId channelKind target kind refType refId incidentId audience confidential title status attempts lastError sentAt`;

interface Delivery {
  id: string;
  channelId: string;
  channelKind: string;
  target: string;
  kind: string;
  audience: string;
  confidential: boolean;
  title: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
}

const code = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions.code;
const deliverDue = () => api.server.app.get(NotificationDispatcher).deliverDue();

const configure = (token: string, input: Record<string, unknown>) =>
  mutate<{ channel: { id: string }; webhookSecret: string | null }>(
    api.url,
    token,
    'configureNotificationChannel',
    input,
    `channel { ${CHANNEL} } webhookSecret`,
  );

async function deliveries(unitId: string, token = admin.token): Promise<Delivery[]> {
  return ok(
    await gql<{ notificationDeliveries: Delivery[] }>(
      api.url,
      `query D($u: ID) { notificationDeliveries(unitId: $u, first: 100) { ${DELIVERY} } }`,
      { u: unitId },
      { token },
    ),
  ).notificationDeliveries;
}

async function dispatch(unitId: string, title: string, confidential = false): Promise<string> {
  const incidentId = await listedIncident(api.url, centre.token, {
    title,
    discoveredAt: clock.now(),
    confidential,
  });
  return ok(
    await mutate<{ id: string }>(
      api.url,
      centre.token,
      'dispatchTask',
      { incidentId, unitId, role: 'LEAD', requirements: '核实并反馈' },
      'id',
    ),
  ).dispatchTask.id;
}

async function jobCount(): Promise<number> {
  const rows = await owner.query<{ n: string }>(
    `SELECT count(*) AS n FROM pgboss.job WHERE name = 'notifications'`,
  );
  return Number(rows.rows[0].n);
}

beforeAll(async () => {
  [smtp, peer] = await Promise.all([startSmtpCapture(), startWebhookPeer()]);
  api = await startApi({
    label: 'notify',
    clock,
    notify: {
      smtpUrl: smtp.url,
      smtpFrom: '清水县舆情应急平台 <noreply@qingshui.example>',
      retryLimit: 2,
      retryDelaySeconds: 0,
      sendTimeoutMs: 5_000,
      linkBase: 'https://yuqing.qingshui.example',
      // The webhook peer below runs on this machine: the deployment lists it, and nothing else.
      webhookHosts: ['127.0.0.1', '*.qingshui.example'],
    },
  });
  owner = new Client({ connectionString: api.db.ownerUrl });
  await owner.connect();
  // Another county on the same platform, with its own administrator.
  await establishOtherCounty(api, { username: 'hexi.admin', displayName: '河西管理员', role: Role.ADMIN });
  [admin, centre, lina, wangbo, hexiAdmin] = await Promise.all(
    ['zhaoqiang', 'zhouming', 'lina', 'wangbo', 'hexi.admin'].map((u) => login(api.url, u)),
  );
});
afterAll(async () => {
  await owner?.end();
  await api?.close();
  await Promise.all([smtp?.close(), peer?.close()]);
});

describe('configuring channels', () => {
  it('refuses bad input with zh/en field messages, and changes nothing', async () => {
    const email = await configure(admin.token, { unitId: donghu, kind: 'EMAIL', target: 'lina@@example' });
    expect(code(email)).toBe('VALIDATION_FAILED');
    expect(email.errors![0].extensions.fields).toEqual([
      {
        field: 'input.target',
        message: '不是有效的电子邮件地址',
        messageEn: 'is not a valid e-mail address',
      },
    ]);
    const url = await configure(admin.token, {
      unitId: donghu,
      kind: 'WEBHOOK',
      target: 'ftp://sms.example/hook',
    });
    expect(url.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'input.target', message: '须为 http(s) 网址', messageEn: 'must be an http(s) URL' }],
    });
    const elsewhere = await configure(admin.token, {
      unitId: donghu,
      kind: 'WEBHOOK',
      target: 'https://sms.elsewhere.example/hook',
    });
    expect(elsewhere.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        {
          field: 'input.target',
          message:
            '主机 sms.elsewhere.example 不在本平台允许的 Webhook 主机名单内，请联系平台运维（NOTIFY_WEBHOOK_HOSTS）',
        },
      ],
    });
    const metadata = await configure(admin.token, {
      unitId: donghu,
      kind: 'WEBHOOK',
      target: 'http://169.254.169.254/latest/meta-data',
    });
    expect(metadata.errors![0].extensions).toMatchObject({
      fields: [{ field: 'input.target', message: '不能使用链路本地地址（169.254.x.x、fe80::）' }],
    });
    const unit = await configure(admin.token, {
      unitId: 'no-such-unit',
      kind: 'EMAIL',
      target: 'a@b.example',
    });
    expect(unit.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'input.unitId', message: '单位不存在', messageEn: 'no such unit' }],
    });
    const none = await configure(admin.token, {
      unitId: donghu,
      kind: 'EMAIL',
      target: 'a@b.example',
      audiences: [],
    });
    expect(none.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'input.audiences' }],
    });
    const channels = await gql<{ notificationChannels: unknown[] }>(
      api.url,
      `query C($u: ID) { notificationChannels(unitId: $u) { id } }`,
      { u: donghu },
      { token: admin.token },
    );
    expect(ok(channels).notificationChannels).toEqual([]);
    const streams = await owner.query(
      `SELECT 1 FROM es_streams WHERE stream_id LIKE 'notification-channels-%'`,
    );
    expect(streams.rowCount).toBe(0);
  });

  it('is for the county administrator only: a township user is FORBIDDEN, another county NOT_FOUND', async () => {
    const input = { unitId: donghu, kind: 'EMAIL', target: 'x@qingshui.example' };
    expect(code(await configure(lina.token, input))).toBe('FORBIDDEN');
    expect(code(await configure(wangbo.token, input))).toBe('FORBIDDEN');
    expect(code(await configure(hexiAdmin.token, input))).toBe('NOT_FOUND');
  });
});

describe('delivering', () => {
  let flakySecret: string;

  it('e-mails the unit, retries a failing webhook until it answers, and signs every request', async () => {
    const unitMail = ok(
      await configure(admin.token, {
        unitId: donghu,
        kind: 'EMAIL',
        target: 'donghu@qingshui.example',
        label: '东湖镇值班邮箱',
      }),
    ).configureNotificationChannel;
    expect(unitMail.webhookSecret).toBeNull();
    ok(
      await configure(admin.token, {
        unitId: donghu,
        kind: 'EMAIL',
        target: 'wangbo@qingshui.example',
        audiences: ['LEADERS'],
        label: '王博',
      }),
    );
    const hook = ok(
      await configure(admin.token, {
        unitId: donghu,
        kind: 'WEBHOOK',
        target: `${peer.url}/flaky-2/sms`,
        audiences: ['UNIT', 'LEADERS'],
        label: '短信网关',
      }),
    ).configureNotificationChannel;
    expect(hook.webhookSecret).toMatch(/^[\w-]{40,}$/);
    flakySecret = hook.webhookSecret!;

    const taskId = await dispatch(donghu, '东湖镇柳营村征地补偿款未发放');
    expect((await deliveries(donghu)).map((d) => [d.channelKind, d.target, d.status])).toEqual(
      expect.arrayContaining([
        ['EMAIL', 'donghu@qingshui.example', 'QUEUED'],
        ['WEBHOOK', `${peer.url}/flaky-2/sms`, 'QUEUED'],
      ]),
    );

    const round = await deliverDue();
    expect(round).toEqual({ sent: 2, failed: 2, dead: 0 });

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0];
    expect(mail.to).toEqual(['donghu@qingshui.example']);
    expect(mail.subject).toBe('【舆情应急】收到派单：东湖镇柳营村征地补偿款未发放');
    expect(mail.text).toContain('收到派单 / Task dispatched to you');
    expect(mail.text).toContain(`https://yuqing.qingshui.example/#/task/${taskId}`);

    expect(peer.requests.map((r) => r.status)).toEqual([503, 503, 200]);
    for (const r of peer.requests) {
      const ts = r.headers['x-yuqing-timestamp'] as string;
      expect(r.headers['x-yuqing-signature']).toBe(webhookSignature(flakySecret, ts, r.body));
      expect(Math.abs(Number(ts) * 1000 - Date.now())).toBeLessThan(60_000);
    }
    const body = JSON.parse(peer.requests[2].body) as Record<string, unknown>;
    expect(body).toMatchObject({
      kind: 'TASK_DISPATCHED',
      refType: 'TASK',
      refId: taskId,
      title: '东湖镇柳营村征地补偿款未发放',
      confidential: false,
      sms: '【舆情应急】收到派单：东湖镇柳营村征地补偿款未发放',
    });

    const after = await deliveries(donghu);
    expect(after.map((d) => [d.channelKind, d.status, d.attempts, d.lastError])).toEqual(
      expect.arrayContaining([
        ['EMAIL', 'SENT', 1, null],
        ['WEBHOOK', 'SENT', 3, null],
      ]),
    );
    // The leader's address is for LEADERS items only.
    expect(after.some((d) => d.target === 'wangbo@qingshui.example')).toBe(false);
  });

  it('sends a LEADERS item to the leader’s address and the webhook, not to the unit’s mailbox', async () => {
    const before = peer.requests.length;
    const store = api.server.app.get(EventStore);
    await store.inTransaction((tx) =>
      deliverToInbox(
        tx,
        { actor: systemPrincipal('qingshui'), now: clock.now(), correlationId: 'leaders-test' },
        {
          unitId: donghu,
          kind: InboxChangeKind.TASK_OVERDUE,
          refType: InboxRef.TASK,
          refId: 'task-overdue-1',
          incidentId: null,
          incidentTitle: '东湖镇某工单超时',
          confidential: false,
          audience: InboxAudience.LEADERS,
          note: { zh: '已超时 2 小时', en: '2 hours overdue' },
        },
      ),
    );
    // The read models wait for the append like a command's caller does (an older transaction may hold the log back).
    const last = await owner.query<{ t: string; p: string }>(
      `SELECT transaction_id::text AS t, global_position::text AS p FROM es_events
        WHERE stream_type = 'UnitInbox' AND owning_unit = $1 ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
      [donghu],
    );
    await api.server.app
      .get(ProjectionRunner)
      .waitFor({ transactionId: BigInt(last.rows[0].t), globalPosition: BigInt(last.rows[0].p) });
    expect(await deliverDue()).toMatchObject({ sent: 2, failed: 0 });
    const mail = smtp.messages.slice(1);
    expect(mail.map((m) => m.to)).toEqual([['wangbo@qingshui.example']]);
    expect(mail[0].subject).toBe('【舆情应急】工单已超时：东湖镇某工单超时');
    expect(mail[0].text).toContain('已超时 2 小时 / 2 hours overdue');
    expect(
      peer.requests.slice(before).map((r) => (JSON.parse(r.body) as { audience: string }).audience),
    ).toEqual(['LEADERS']);
  });

  it('puts nothing of a confidential (涉密) incident on either channel: a reference only', async () => {
    const mailsBefore = smtp.messages.length;
    const requestsBefore = peer.requests.length;
    const secretTitle = '涉密：某单位内部文件外泄';
    const taskId = await dispatch(donghu, secretTitle, true);
    expect(await deliverDue()).toMatchObject({ sent: 2, failed: 0 });

    const mail = smtp.messages.slice(mailsBefore);
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toBe('【舆情应急】收到派单（涉密事件，请登录平台查看）');
    expect(mail[0].text).toContain(`https://yuqing.qingshui.example/#/task/${taskId}`);
    const requests = peer.requests.slice(requestsBefore);
    expect(requests).toHaveLength(1);
    const body = JSON.parse(requests[0].body) as Record<string, unknown>;
    expect(body).toMatchObject({
      confidential: true,
      refId: taskId,
      sms: '【舆情应急】收到派单（涉密事件，请登录平台查看）',
    });
    expect(body).not.toHaveProperty('title');
    expect(body).not.toHaveProperty('note');
    for (const text of [mail[0].raw, mail[0].text, mail[0].subject, requests[0].body]) {
      expect(text).not.toContain('内部文件');
      expect(text).not.toContain('核实并反馈');
    }
    const rows = await owner.query(
      `SELECT title, note_zh FROM notification_delivery WHERE confidential AND ref_id = $1`,
      [taskId],
    );
    expect(rows.rows).toEqual([
      { title: null, note_zh: null },
      { title: null, note_zh: null },
    ]);
  });

  it('sends nothing twice when the same inbox events are projected again (rebuild)', async () => {
    const mails = smtp.messages.length;
    const requests = peer.requests.length;
    const jobs = await jobCount();
    const rows = (await deliveries(donghu)).map((d) => [d.id, d.status, d.attempts]);
    await api.server.app.get(ProjectionRunner).rebuild(NOTIFICATION_PROJECTION);
    expect(await deliverDue()).toEqual({ sent: 0, failed: 0, dead: 0 });
    expect(await jobCount()).toBe(jobs);
    expect(smtp.messages).toHaveLength(mails);
    expect(peer.requests).toHaveLength(requests);
    expect((await deliveries(donghu)).map((d) => [d.id, d.status, d.attempts])).toEqual(rows);
    // The channels were rebuilt from their events.
    const channels = ok(
      await gql<{ notificationChannels: { target: string }[] }>(
        api.url,
        `query C($u: ID) { notificationChannels(unitId: $u) { target } }`,
        { u: donghu },
        { token: admin.token },
      ),
    ).notificationChannels;
    expect(channels).toHaveLength(3);
  });
});

describe('dead letters', () => {
  const DEAD = `{ notificationDeadLetters(first: 20) { ${DELIVERY} } }`;
  let deadId: string;
  let landChannel: string;

  it('gives up after the retries and lists the delivery for the county administrator', async () => {
    const down = `${peer.url}/down/land`;
    landChannel = ok(await configure(admin.token, { unitId: landBureau, kind: 'WEBHOOK', target: down }))
      .configureNotificationChannel.channel.id;
    await dispatch(landBureau, '自然资源局征地政策咨询');
    expect(await deliverDue()).toEqual({ sent: 0, failed: 3, dead: 1 });
    expect(peer.requests.filter((r) => r.path === '/down/land').map((r) => r.status)).toEqual([
      503, 503, 503,
    ]);

    const dead = ok(
      await gql<{ notificationDeadLetters: Delivery[] }>(api.url, DEAD, {}, { token: admin.token }),
    ).notificationDeadLetters;
    expect(dead.map((d) => [d.target, d.status, d.attempts, d.lastError, d.title])).toEqual([
      [down, 'DEAD', 3, 'HTTP 503', '自然资源局征地政策咨询'],
    ]);
    deadId = dead[0].id;
  });

  it('is not shown to a township user or leader, nor to another county', async () => {
    expect(code(await gql(api.url, DEAD, {}, { token: lina.token }))).toBe('FORBIDDEN');
    expect(code(await gql(api.url, DEAD, {}, { token: wangbo.token }))).toBe('FORBIDDEN');
    const other = await gql<{ notificationDeadLetters: unknown[] }>(
      api.url,
      DEAD,
      {},
      { token: hexiAdmin.token },
    );
    expect(ok(other).notificationDeadLetters).toEqual([]);
    const retry = await mutate(
      api.url,
      hexiAdmin.token,
      'retryNotificationDelivery',
      { deliveryId: deadId },
      'id',
    );
    expect(code(retry)).toBe('NOT_FOUND');
  });

  it('is queued again by the administrator, after correcting the address, and sent there', async () => {
    const fixed = `${peer.url}/ok/land`;
    ok(
      await configure(admin.token, {
        channelId: landChannel,
        unitId: landBureau,
        kind: 'WEBHOOK',
        target: fixed,
      }),
    );
    const retried = ok(
      await mutate<{ status: string }>(
        api.url,
        admin.token,
        'retryNotificationDelivery',
        { deliveryId: deadId },
        'status',
      ),
    ).retryNotificationDelivery;
    expect(retried.status).toBe('QUEUED');
    expect(await deliverDue()).toEqual({ sent: 1, failed: 0, dead: 0 });
    const dead = ok(
      await gql<{ notificationDeadLetters: Delivery[] }>(api.url, DEAD, {}, { token: admin.token }),
    );
    expect(dead.notificationDeadLetters).toEqual([]);
    expect(peer.requests.filter((r) => r.path === '/ok/land').map((r) => r.status)).toEqual([200]);
    const sent = (await deliveries(landBureau)).find((d) => d.id === deadId)!;
    expect([sent.status, sent.target, sent.attempts]).toEqual(['SENT', fixed, 4]);
    const again = await mutate(
      api.url,
      admin.token,
      'retryNotificationDelivery',
      { deliveryId: deadId },
      'id',
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', currentState: 'SENT' });
  });
});

describe('reading and testing channels', () => {
  const CHANNELS = `query C($u: ID) { notificationChannels(unitId: $u) { ${CHANNEL} } }`;

  it('shows a unit’s channels to its leader and the county administrator, not to a handler or another county', async () => {
    const mine = ok(
      await gql<{ notificationChannels: { label: string }[] }>(
        api.url,
        CHANNELS,
        {},
        { token: wangbo.token },
      ),
    );
    expect(mine.notificationChannels.map((c) => c.label).sort()).toEqual(
      ['东湖镇值班邮箱', '王博', '短信网关'].sort(),
    );
    expect(code(await gql(api.url, CHANNELS, {}, { token: lina.token }))).toBe('FORBIDDEN');
    expect(code(await gql(api.url, CHANNELS, { u: donghu }, { token: hexiAdmin.token }))).toBe('NOT_FOUND');
    const leaderReads = await deliveries(donghu, wangbo.token);
    expect(leaderReads.length).toBeGreaterThan(0);
    expect(code(await gql(api.url, `{ notificationDeliveries { id } }`, {}, { token: lina.token }))).toBe(
      'FORBIDDEN',
    );
  });

  it('sends a test message on demand and says whether it went; a removed channel receives nothing more', async () => {
    const channels = ok(
      await gql<{ notificationChannels: { id: string; target: string }[] }>(
        api.url,
        CHANNELS,
        { u: donghu },
        { token: admin.token },
      ),
    ).notificationChannels;
    const mail = channels.find((c) => c.target === 'donghu@qingshui.example')!;
    const before = smtp.messages.length;
    const test = ok(
      await mutate<{ ok: boolean; error: string | null }>(
        api.url,
        admin.token,
        'testNotificationChannel',
        { channelId: mail.id },
        'ok error',
      ),
    ).testNotificationChannel;
    expect(test).toEqual({ ok: true, error: null });
    expect(smtp.messages.slice(before).map((m) => m.subject)).toEqual([
      '【舆情应急】催办：测试消息 / Test message',
    ]);

    const removed = ok(
      await mutate<{ id: string }>(
        api.url,
        admin.token,
        'removeNotificationChannel',
        { channelId: mail.id },
        'id',
      ),
    ).removeNotificationChannel;
    expect(removed.id).toBe(mail.id);
    await dispatch(donghu, '东湖镇道路维修投诉');
    await deliverDue();
    expect(smtp.messages.slice(before + 1)).toEqual([]);
  });
});
