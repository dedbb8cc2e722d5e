import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { LookupFunction } from 'node:net';
import { createTransport, Transporter } from 'nodemailer';
import { OutgoingMessage } from '../domain/notification-message';
import { AddressRefused, guardedLookup, Resolve, systemResolve } from './guarded-lookup';
import { NotifyOptions } from './notify-options';
import { webhookHostRefusal, WebhookPolicy } from './webhook-hosts';

export const SIGNATURE_HEADER = 'x-yuqing-signature';
export const TIMESTAMP_HEADER = 'x-yuqing-timestamp';
export const DELIVERY_HEADER = 'x-yuqing-delivery';

/** The webhook signature: HMAC-SHA256 over `<timestamp>.<body>` with the channel's secret, hex, prefixed `sha256=`. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * A send that did not work: `message` is what an administrator sees (the test button, the delivery list), `detail`
 * what the server's log keeps for the operator.
 */
export class SendFailed extends Error {
  constructor(
    message: string,
    readonly detail: string = message,
  ) {
    super(message);
  }
}

/**
 * The one answer for a webhook target that is refused or cannot be reached, whatever the reason (a refused or
 * unlisted address, a refused connection, no answer in time, a name that does not resolve, a TLS failure): an
 * administrator who may type any URL must not learn from the test button which internal hosts and ports exist.
 */
export const WEBHOOK_UNREACHABLE =
  'Webhook 未送达：地址不允许或无法连接，请核对地址或联系平台运维 / Not delivered: the address is not allowed or could not be reached';

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

/**
 * A signed JSON POST, limited in time; any answer but 2xx is a failure (and retried). The target is checked by
 * name and, for an IP literal, by address before connecting (Node connects to a literal without a lookup); a name's
 * addresses are checked by the connection's own lookup (guarded-lookup.ts). Redirects are not followed (a 3xx is
 * an answer like any other), no proxy is used, and no connection is kept for later: each request resolves anew.
 */
export class WebhookSender {
  private readonly policy: WebhookPolicy;
  private readonly timeoutMs: number;

  constructor(
    options: NotifyOptions,
    private readonly now: () => Date,
    private readonly resolve: Resolve = systemResolve,
  ) {
    this.policy = { hosts: options.webhookHosts, production: options.production };
    this.timeoutMs = options.sendTimeoutMs;
  }

  async send(url: string, secret: string, message: OutgoingMessage, deliveryId: string): Promise<void> {
    const target = new URL(url);
    // A channel added before the deployment listed its hosts (or narrowed the rule) sends nothing elsewhere.
    const refusal = webhookHostRefusal(target.hostname, this.policy);
    if (refusal) throw new SendFailed(WEBHOOK_UNREACHABLE, `refused (${refusal}): ${target.hostname}`);
    const body = JSON.stringify(message.payload);
    const timestamp = String(Math.floor(this.now().getTime() / 1000));
    let status: number;
    try {
      status = await post(
        target,
        {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'yuqing-platform-notifications',
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: webhookSignature(secret, timestamp, body),
          [DELIVERY_HEADER]: deliveryId,
        },
        body,
        guardedLookup(this.resolve, this.policy),
        this.timeoutMs,
      );
    } catch (err) {
      const e = err as Error & { code?: string };
      const detail =
        e.name === 'AbortError'
          ? 'timed out'
          : err instanceof AddressRefused
            ? `refused (${err.message})`
            : e.message;
      throw new SendFailed(WEBHOOK_UNREACHABLE, `${target.hostname}: ${detail}`);
    }
    if (status < 200 || status >= 300) throw new SendFailed(`HTTP ${status}`);
  }
}

/** One POST on a connection of its own; resolves with the status as soon as the answer's head arrives. */
function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  lookup: LookupFunction,
  timeoutMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup,
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        res.on('error', () => undefined);
        resolve(res.statusCode ?? 0);
        // The answer's body is not read: nothing of it is kept or shown.
        res.destroy();
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
