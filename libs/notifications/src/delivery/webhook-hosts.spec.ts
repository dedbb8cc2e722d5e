import { isHostPattern, webhookHostRefusal } from './webhook-hosts';

describe('webhook hosts', () => {
  const listed = ['sms.qingshui.gov.cn', '*.duty.qingshui.gov.cn', '10.8.0.12', '[fd00::5]'];

  it('allows the hosts listed, and hosts under a *. pattern (not the domain itself, not a look-alike)', () => {
    expect(webhookHostRefusal('sms.qingshui.gov.cn', listed)).toBeNull();
    expect(webhookHostRefusal('SMS.Qingshui.gov.cn.', listed)).toBeNull();
    expect(webhookHostRefusal('a.duty.qingshui.gov.cn', listed)).toBeNull();
    expect(webhookHostRefusal('x.y.duty.qingshui.gov.cn', listed)).toBeNull();
    expect(webhookHostRefusal('10.8.0.12', listed)).toBeNull();
    expect(webhookHostRefusal('[fd00::5]', listed)).toBeNull();
    expect(webhookHostRefusal('duty.qingshui.gov.cn', listed)).toBe('not-listed');
    expect(webhookHostRefusal('evilduty.qingshui.gov.cn', listed)).toBe('not-listed');
    expect(webhookHostRefusal('sms.qingshui.gov.cn.evil.example', listed)).toBe('not-listed');
    expect(webhookHostRefusal('127.0.0.1', listed)).toBe('not-listed');
    expect(webhookHostRefusal('10.8.0.13', listed)).toBe('not-listed');
  });

  it('without a list any host may be used, but never a link-local address (cloud metadata)', () => {
    expect(webhookHostRefusal('127.0.0.1', null)).toBeNull();
    expect(webhookHostRefusal('gateway.example', null)).toBeNull();
    expect(webhookHostRefusal('169.254.169.254', null)).toBe('link-local');
    expect(webhookHostRefusal('[fe80::1]', null)).toBe('link-local');
    expect(webhookHostRefusal('169.254.169.254', ['169.254.169.254'])).toBe('link-local');
  });

  it('knows a well-formed pattern', () => {
    for (const p of ['sms.qingshui.gov.cn', '*.gov.cn', '10.8.0.12', 'localhost', 'fd00::5', '[fd00::5]'])
      expect(isHostPattern(p)).toBe(true);
    for (const p of [
      '',
      'http://sms.example',
      'sms.example:8080',
      '*',
      '*.',
      'a b',
      'sms.example/path',
      '-bad.example',
    ])
      expect(isHostPattern(p)).toBe(false);
  });
});
