import { createServer } from 'node:net';
import { startSmtpCapture, startWebhookPeer } from '../../../../test/support/notification-peers';
import { EmailSender, SendFailed, webhookSignature, WebhookSender } from './channel-senders';
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

describe('channel senders, against a real HTTP endpoint and SMTP server', () => {
  it('signs a webhook request over its timestamp and body', async () => {
    const peer = await startWebhookPeer();
    try {
      await new WebhookSender(DEFAULT_NOTIFY_OPTIONS, () => new Date(1_800_000_000_000)).send(
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
    const listed = new WebhookSender(
      { ...DEFAULT_NOTIFY_OPTIONS, webhookHosts: ['sms.qingshui.example'] },
      () => new Date(),
    );
    const open = new WebhookSender(DEFAULT_NOTIFY_OPTIONS, () => new Date());
    try {
      await expect(listed.send(`${peer.url}/ok/1`, 's', message, 'd-1')).rejects.toThrow(
        'host not in NOTIFY_WEBHOOK_HOSTS: 127.0.0.1',
      );
      await expect(open.send('http://169.254.169.254/latest/meta-data', 's', message, 'd-1')).rejects.toThrow(
        'link-local address refused',
      );
      expect(peer.requests).toEqual([]);
    } finally {
      await peer.close();
    }
  });

  it('gives up on a webhook that does not answer in time, or answers with an error', async () => {
    const peer = await startWebhookPeer();
    const sender = new WebhookSender({ ...DEFAULT_NOTIFY_OPTIONS, sendTimeoutMs: 200 }, () => new Date());
    try {
      const started = Date.now();
      await expect(sender.send(`${peer.url}/slow/1`, 's', message, 'd-1')).rejects.toThrow(
        new SendFailed('HTTP: timed out'),
      );
      expect(Date.now() - started).toBeLessThan(5_000);
      await expect(sender.send(`${peer.url}/down/1`, 's', message, 'd-1')).rejects.toThrow('HTTP 503');
      await expect(
        sender.send(`http://127.0.0.1:${await closedPort()}/x`, 's', message, 'd-1'),
      ).rejects.toThrow(/^HTTP: .*ECONNREFUSED/);
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
