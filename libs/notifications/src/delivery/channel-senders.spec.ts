import { createServer } from 'node:net';
import { startSmtpCapture, startWebhookPeer } from '../../../../test/support/notification-peers';
import {
  EmailSender,
  SendFailed,
  WEBHOOK_UNREACHABLE,
  webhookSignature,
  WebhookSender,
} from './channel-senders';
import { Resolve } from './guarded-lookup';
import { DEFAULT_NOTIFY_OPTIONS } from './notify-options';

const message = {
  subject: '【舆情应急】收到派单：测试',
  text: '收到派单 / Task dispatched to you',
  payload: { id: 'd-1', sms: '【舆情应急】收到派单：测试' },
};

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** Development: loopback is a gateway stand-in (the peers below listen on 127.0.0.1). */
const DEV = { ...DEFAULT_NOTIFY_OPTIONS, production: false };
const PRODUCTION = { ...DEFAULT_NOTIFY_OPTIONS, production: true };

/** What a refused or unreachable send throws: the one public answer, and the reason for the operator's log. */
const unreachable = (detail: RegExp): unknown =>
  expect.objectContaining({ message: WEBHOOK_UNREACHABLE, detail: expect.stringMatching(detail) });

describe('channel senders, against a real HTTP endpoint and SMTP server', () => {
  it('signs a webhook request over its timestamp and body', async () => {
    const peer = await startWebhookPeer();
    try {
      await new WebhookSender(DEV, () => new Date(1_800_000_000_000)).send(
        `${peer.url}/ok/1`,
        'secret',
        message,
        'd-1',
      );
      const [r] = peer.requests;
      expect(r.headers['x-yuqing-timestamp']).toBe('1800000000');
      expect(r.headers['x-yuqing-delivery']).toBe('d-1');
      expect(r.headers['x-yuqing-signature']).toBe(webhookSignature('secret', '1800000000', r.body));
      expect(JSON.parse(r.body)).toEqual(message.payload);
    } finally {
      await peer.close();
    }
  });

  it('sends nothing to a host the deployment does not list, or to a link-local address', async () => {
    const peer = await startWebhookPeer();
    const listed = new WebhookSender({ ...DEV, webhookHosts: ['sms.qingshui.example'] }, () => new Date());
    const open = new WebhookSender(DEV, () => new Date());
    try {
      await expect(listed.send(`${peer.url}/ok/1`, 's', message, 'd-1')).rejects.toEqual(
        unreachable(/not-listed.*127\.0\.0\.1/),
      );
      await expect(open.send('http://169.254.169.254/latest/meta-data', 's', message, 'd-1')).rejects.toEqual(
        unreachable(/link-local/),
      );
      expect(peer.requests).toEqual([]);
    } finally {
      await peer.close();
    }
  });

  it('in production with no list, sends to no loopback address: a literal, mapped or NAT64 one, or a name resolved by the system (localhost)', async () => {
    const peer = await startWebhookPeer();
    const port = new URL(peer.url).port;
    const sender = new WebhookSender(PRODUCTION, () => new Date());
    try {
      for (const url of [
        `http://127.0.0.1:${port}/ok/1`,
        `http://[::ffff:127.0.0.1]:${port}/ok/1`,
        `http://[64:ff9b::7f00:1]:${port}/ok/1`,
        `http://0.0.0.0:${port}/ok/1`,
        `http://localhost:${port}/ok/1`,
        `http://LocalHost:${port}/ok/1`,
      ])
        await expect(sender.send(url, 's', message, 'd-1')).rejects.toEqual(unreachable(/refused/));
      expect(peer.requests).toEqual([]);
      // The same name in development reaches the peer: the refusal above is the address rule, not a failed lookup.
      await new WebhookSender(DEV, () => new Date()).send(
        `http://localhost:${port}/ok/2`,
        's',
        message,
        'd-2',
      );
      expect(peer.requests.map((r) => r.path)).toEqual(['/ok/2']);
    } finally {
      await peer.close();
    }
  });

  it('judges every address a name resolves to, on the answer the connection uses (DNS rebinding)', async () => {
    const peer = await startWebhookPeer();
    const port = new URL(peer.url).port;
    // A DNS server playing rebinding: each answer differs from the last. 0.0.0.0 is never allowed, yet on Linux
    // a connection to it reaches the peer on 127.0.0.1: a check on one answer and a connection on the next would
    // let the second request through.
    const answers = [['127.0.0.1'], ['0.0.0.0'], ['127.0.0.1'], ['0.0.0.0']];
    const asked: string[] = [];
    const rebinding: Resolve = (hostname) => {
      asked.push(hostname);
      const next = answers.shift() ?? [];
      return Promise.resolve(next.map((address) => ({ address, family: 4 })));
    };
    const sender = new WebhookSender(DEV, () => new Date(), rebinding);
    try {
      await sender.send(`http://hook.rebind.example:${port}/ok/1`, 's', message, 'd-1');
      await expect(
        sender.send(`http://hook.rebind.example:${port}/ok/2`, 's', message, 'd-2'),
      ).rejects.toEqual(unreachable(/0\.0\.0\.0: not-public/));
      await sender.send(`http://hook.rebind.example:${port}/ok/3`, 's', message, 'd-3');
      await expect(
        sender.send(`http://hook.rebind.example:${port}/ok/4`, 's', message, 'd-4'),
      ).rejects.toEqual(unreachable(/0\.0\.0\.0: not-public/));
      // One answer per send, and it is the one connected to.
      expect(asked).toEqual(Array(4).fill('hook.rebind.example'));
      expect(peer.requests.map((r) => r.path)).toEqual(['/ok/1', '/ok/3']);
    } finally {
      await peer.close();
    }
  });

  it('refuses a name when any of its addresses is refused, though another is public', async () => {
    const peer = await startWebhookPeer();
    const port = new URL(peer.url).port;
    const several =
      (...addresses: string[]): Resolve =>
      () =>
        Promise.resolve(addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
    try {
      for (const addresses of [
        ['2400:3200::1', '127.0.0.1'],
        ['8.8.8.8', '::ffff:127.0.0.1'],
        ['8.8.8.8', '10.0.0.7'],
        ['8.8.8.8', '64:ff9b::a9fe:a9fe'],
      ]) {
        const sender = new WebhookSender(PRODUCTION, () => new Date(), several(...addresses));
        await expect(sender.send(`http://gw.example:${port}/ok/1`, 's', message, 'd-1')).rejects.toEqual(
          unreachable(/refused/),
        );
      }
      // Development allows loopback, never link-local.
      const dev = new WebhookSender(DEV, () => new Date(), several('127.0.0.1', '169.254.169.254'));
      await expect(dev.send(`http://gw.example:${port}/ok/1`, 's', message, 'd-1')).rejects.toEqual(
        unreachable(/169\.254\.169\.254: link-local/),
      );
      expect(peer.requests).toEqual([]);
    } finally {
      await peer.close();
    }
  });

  it('does not follow a redirect: a 3xx is a failed send, and nothing goes where it points', async () => {
    const peer = await startWebhookPeer();
    try {
      await expect(
        new WebhookSender(DEV, () => new Date()).send(`${peer.url}/redirect/1`, 's', message, 'd-1'),
      ).rejects.toThrow(new SendFailed('HTTP 302'));
      expect(peer.requests.map((r) => [r.path, r.status])).toEqual([['/redirect/1', 302]]);
    } finally {
      await peer.close();
    }
  });

  it('gives up on a webhook that does not answer in time, or answers with an error', async () => {
    const peer = await startWebhookPeer();
    const sender = new WebhookSender({ ...DEV, sendTimeoutMs: 200 }, () => new Date());
    try {
      await expect(sender.send(`${peer.url}/slow/1`, 's', message, 'd-1')).rejects.toEqual(
        unreachable(/timed out/),
      );
      await expect(sender.send(`${peer.url}/down/1`, 's', message, 'd-1')).rejects.toThrow('HTTP 503');
      await expect(
        sender.send(`http://127.0.0.1:${await closedPort()}/x`, 's', message, 'd-1'),
      ).rejects.toEqual(unreachable(/ECONNREFUSED/));
      await expect(sender.send('http://no-such-host.invalid/x', 's', message, 'd-1')).rejects.toEqual(
        unreachable(/ENOTFOUND|EAI_AGAIN/),
      );
    } finally {
      await peer.close();
    }
  });

  it('sends e-mail over SMTP with the delivery id, and fails plainly when the server is away', async () => {
    const smtp = await startSmtpCapture();
    const options = {
      ...DEFAULT_NOTIFY_OPTIONS,
      smtpUrl: smtp.url,
      smtpFrom: '平台 <noreply@example.gov.cn>',
    };
    const email = new EmailSender(options);
    try {
      await email.send('duty@town.example', message, 'd-1');
      expect(smtp.messages.map((m) => [m.to, m.subject, m.text.trim()])).toEqual([
        [['duty@town.example'], message.subject, message.text],
      ]);
      expect(smtp.messages[0].raw).toMatch(/^X-Yuqing-Delivery: d-1$/im);
    } finally {
      email.close();
      await smtp.close();
    }
    const away = new EmailSender({ ...options, smtpUrl: `smtp://127.0.0.1:${await closedPort()}` });
    await expect(away.send('duty@town.example', message, 'd-2')).rejects.toThrow(/^SMTP: .*ECONNREFUSED/);
    away.close();
    await expect(new EmailSender(DEFAULT_NOTIFY_OPTIONS).send('a@b.example', message, 'd-3')).rejects.toThrow(
      /SMTP_URL/,
    );
  });
});
