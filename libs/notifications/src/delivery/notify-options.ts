/** How external notifications run in this deployment (from the environment, see the API's app-config). */
export interface NotifyOptions {
  /** smtp:// or smtps:// URL of the mail server; none: e-mail channels cannot be configured. */
  smtpUrl: string | null;
  /** The From of every e-mail, e.g. `舆情应急平台 <noreply@example.gov.cn>`. */
  smtpFrom: string | null;
  /** How often the worker looks for due deliveries, in ms; 0: never on its own (tests call deliverDue). */
  tickMs: number;
  /** Retries after the first attempt before a delivery is dead (pg-boss retryLimit). */
  retryLimit: number;
  /** Seconds before the first retry, doubling (with jitter) after that (pg-boss retryDelay, retryBackoff). */
  retryDelaySeconds: number;
  /** How long one webhook request or SMTP exchange may take, in ms. */
  sendTimeoutMs: number;
  /** Base URL of the platform for the link-like reference in a message; none: a `yuqing:` reference. */
  linkBase: string | null;
  /** The hosts webhooks may go to (NOTIFY_WEBHOOK_HOSTS, see webhook-hosts.ts); null: none listed. */
  webhookHosts: readonly string[] | null;
  /**
   * A production deployment (AppConfig.production): with no NOTIFY_WEBHOOK_HOSTS, webhooks go to public addresses
   * only; in development loopback too (a gateway stand-in on the developer's machine).
   */
  production: boolean;
}

export const NOTIFY_OPTIONS = Symbol('NOTIFY_OPTIONS');

export const DEFAULT_NOTIFY_OPTIONS: NotifyOptions = {
  smtpUrl: null,
  smtpFrom: null,
  tickMs: 5_000,
  retryLimit: 5,
  retryDelaySeconds: 30,
  sendTimeoutMs: 10_000,
  linkBase: null,
  webhookHosts: null,
  // The strict rule unless a caller says it is a development deployment.
  production: true,
};

export const NOTIFICATIONS_QUEUE = 'notifications';
export const NOTIFICATIONS_DEAD_QUEUE = 'notifications_dead';
