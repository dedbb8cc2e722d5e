import { StartupError } from '@app/database';
import { loadAppConfig } from '../apps/api/src/app-config';

/** Notification settings from the environment: a bad one ends start-up with one line naming it. */
function failure(env: Record<string, string>): string {
  try {
    loadAppConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).not.toContain('\n');
    return (err as Error).message;
  }
  throw new Error('expected a start-up failure');
}

describe('notification settings', () => {
  it('defaults: no mail server, a 5-second tick, 5 retries 30 s apart', () => {
    expect(loadAppConfig({}).notify).toEqual({
      smtpUrl: null,
      smtpFrom: null,
      tickMs: 5000,
      retryLimit: 5,
      retryDelaySeconds: 30,
      sendTimeoutMs: 10000,
      linkBase: null,
      webhookHosts: null,
      production: false,
    });
  });

  it('reads every setting', () => {
    expect(
      loadAppConfig({
        SMTP_URL: 'smtps://user:pw@mail.example:465',
        SMTP_FROM: '清水县舆情应急平台 <noreply@qingshui.example>',
        NOTIFY_TICK_MS: '0',
        NOTIFY_RETRY_LIMIT: '3',
        NOTIFY_RETRY_DELAY_SECONDS: '10',
        NOTIFY_SEND_TIMEOUT_MS: '2000',
        NOTIFY_LINK_BASE: 'https://yuqing.qingshui.example',
        NOTIFY_WEBHOOK_HOSTS: ' sms.qingshui.gov.cn, *.duty.qingshui.gov.cn ,10.8.0.12,',
      }).notify,
    ).toEqual({
      smtpUrl: 'smtps://user:pw@mail.example:465',
      smtpFrom: '清水县舆情应急平台 <noreply@qingshui.example>',
      tickMs: 0,
      retryLimit: 3,
      retryDelaySeconds: 10,
      sendTimeoutMs: 2000,
      linkBase: 'https://yuqing.qingshui.example',
      webhookHosts: ['sms.qingshui.gov.cn', '*.duty.qingshui.gov.cn', '10.8.0.12'],
      production: false,
    });
  });

  it('tells the webhook rule whether this is a production deployment (public addresses only with no list)', () => {
    const production = { NODE_ENV: 'production', SEED_DEMO: 'false', JWT_SECRET: 'k'.repeat(48) };
    expect(loadAppConfig(production).notify?.production).toBe(true);
    expect(loadAppConfig({ NODE_ENV: 'development' }).notify?.production).toBe(false);
  });

  it('refuses a mail server that is not an smtp(s) URL, or one without a sender', () => {
    expect(failure({ SMTP_URL: 'http://mail.example', SMTP_FROM: 'a@b.example' })).toContain('SMTP_URL');
    expect(failure({ SMTP_URL: 'smtp://mail.example' })).toContain('SMTP_FROM');
    expect(failure({ NOTIFY_RETRY_DELAY_SECONDS: '-1' })).toContain('NOTIFY_RETRY_DELAY_SECONDS');
    expect(failure({ NOTIFY_LINK_BASE: 'yuqing.example' })).toContain('NOTIFY_LINK_BASE');
    expect(failure({ NOTIFY_WEBHOOK_HOSTS: 'https://sms.example' })).toContain('NOTIFY_WEBHOOK_HOSTS');
    expect(failure({ NOTIFY_WEBHOOK_HOSTS: 'sms.example:8080' })).toContain('NOTIFY_WEBHOOK_HOSTS');
    expect(failure({ NOTIFY_WEBHOOK_HOSTS: ' , ' })).toContain('NOTIFY_WEBHOOK_HOSTS');
  });
});
