import { createHmac } from 'node:crypto';
import { createTransport, Transporter } from 'nodemailer';
import { OutgoingMessage } from '../domain/notification-message';
import { NotifyOptions } from './notify-options';
import { webhookHostRefusal } from './webhook-hosts';

export const SIGNATURE_HEADER = 'x-yuqing-signature';
export const TIMESTAMP_HEADER = 'x-yuqing-timestamp';
export const DELIVERY_HEADER = 'x-yuqing-delivery';

/** The webhook signature: HMAC-SHA256 over `<timestamp>.<body>` with the channel's secret, hex, prefixed `sha256=`. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** A send that did not work, with what to show an administrator. */
export class SendFailed extends Error {}

/** E-mail over SMTP, one transport per process (nodemailer pools nothing here: each message is one session). */
export class EmailSender {
  private readonly transport: Transporter | null;

  constructor(private readonly options: NotifyOptions) {
    this.transport = options.smtpUrl
      ? createTransport({
          url: options.smtpUrl,
          connectionTimeout: options.sendTimeoutMs,
          greetingTimeout: options.sendTimeoutMs,
          socketTimeout: options.sendTimeoutMs,
        })
      : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  async send(to: string, message: OutgoingMessage, deliveryId: string): Promise<void> {
    if (!this.transport || !this.options.smtpFrom)
      throw new SendFailed('未配置邮件服务器（SMTP_URL）/ No mail server configured (SMTP_URL)');
    try {
      await this.transport.sendMail({
        from: this.options.smtpFrom,
        to,
        subject: message.subject,
        text: message.text,
        headers: { 'X-Yuqing-Delivery': deliveryId },
      });
    } catch (err) {
      throw new SendFailed(`SMTP: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  close(): void {
    this.transport?.close();
  }
}

/** A signed JSON POST, limited in time; any answer but 2xx is a failure (and retried). */
export class WebhookSender {
  constructor(
    private readonly options: NotifyOptions,
    private readonly now: () => Date,
  ) {}

  async send(url: string, secret: string, message: OutgoingMessage, deliveryId: string): Promise<void> {
    // A channel added before the deployment listed its hosts (or narrowed the list) sends nothing elsewhere.
    const refusal = webhookHostRefusal(new URL(url).hostname, this.options.webhookHosts);
    if (refusal)
      throw new SendFailed(
        refusal === 'link-local'
          ? 'Webhook 地址为链路本地地址，不予发送 / link-local address refused'
          : `Webhook 主机不在本平台允许的名单内（NOTIFY_WEBHOOK_HOSTS）/ host not in NOTIFY_WEBHOOK_HOSTS: ${new URL(url).hostname}`,
      );
    const body = JSON.stringify(message.payload);
    const timestamp = String(Math.floor(this.now().getTime() / 1000));
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.sendTimeoutMs),
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'yuqing-platform-notifications',
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: webhookSignature(secret, timestamp, body),
          [DELIVERY_HEADER]: deliveryId,
        },
        body,
      });
    } catch (err) {
      const e = err as Error & { cause?: { message?: string } };
      throw new SendFailed(
        `HTTP: ${e.name === 'TimeoutError' ? 'timed out' : (e.cause?.message ?? e.message)}`,
      );
    }
    await res.body?.cancel().catch(() => undefined);
    if (res.status < 200 || res.status >= 300) throw new SendFailed(`HTTP ${res.status}`);
  }
}
