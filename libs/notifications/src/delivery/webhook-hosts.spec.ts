import {
  addressClass,
  addressRefusal,
  isHostPattern,
  webhookHostRefusal,
  WebhookPolicy,
} from './webhook-hosts';

const production: WebhookPolicy = { hosts: null, production: true };
const development: WebhookPolicy = { hosts: null, production: false };
const listed: WebhookPolicy = {
  hosts: ['sms.qingshui.gov.cn', '*.duty.qingshui.gov.cn', '10.8.0.12', '[fd00::5]'],
  production: true,
};

describe('webhook addresses: what each is', () => {
  it.each([
    // IPv4
    ['8.8.8.8', 'public'],
    ['114.114.114.114', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'internal'],
    ['172.16.0.1', 'internal'],
    ['172.31.255.255', 'internal'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'internal'],
    ['100.64.0.1', 'internal'], // CGNAT
    ['100.127.255.255', 'internal'],
    ['100.128.0.1', 'public'],
    ['169.254.169.254', 'link-local'], // cloud metadata
    ['0.0.0.0', 'special'], // reaches the local host on Linux
    ['0.1.2.3', 'special'],
    ['255.255.255.255', 'special'],
    ['224.0.0.1', 'special'], // multicast
    ['239.255.255.250', 'special'],
    ['192.0.2.10', 'special'], // documentation (TEST-NET-1..3)
    ['198.51.100.7', 'special'],
    ['203.0.113.9', 'special'],
    ['198.18.0.1', 'special'], // benchmarking
    ['240.0.0.1', 'special'], // reserved
    ['192.0.0.8', 'special'], // IETF protocol assignments
    // IPv6
    ['2400:3200::1', 'public'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'special'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'internal'], // unique-local
    ['fd12:3456::1', 'internal'],
    ['ff02::1', 'special'], // multicast
    ['2001:db8::1', 'special'], // documentation
    ['2002:a00:1::1', 'special'], // 6to4 (carries 10.0.0.1)
    ['2001::1', 'special'], // Teredo
    ['::7f00:1', 'special'], // IPv4-compatible ::127.0.0.1 (deprecated; not public)
    ['::808:808', 'special'],
  ])('%s is %s', (address, kind) => {
    expect(addressClass(address)).toBe(kind);
  });

  it.each([
    // IPv4-mapped IPv6 is the IPv4 address it maps, in every spelling
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['0:0:0:0:0:ffff:a00:1', 'internal'],
    ['::ffff:192.168.0.1', 'internal'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:0.0.0.0', 'special'],
    ['::ffff:8.8.8.8', 'public'],
    // SIIT (RFC 6145)
    ['::ffff:0:7f00:1', 'loopback'],
    ['::ffff:0:808:808', 'public'],
    // NAT64's well-known prefix is the IPv4 address it embeds
    ['64:ff9b::7f00:1', 'loopback'],
    ['64:ff9b::127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['64:ff9b::10.1.2.3', 'internal'],
    ['64:ff9b::8.8.8.8', 'public'],
    // …and its local-use prefix a network's own
    ['64:ff9b:1::808:808', 'internal'],
  ])('%s (IPv4 in IPv6) is %s', (address, kind) => {
    expect(addressClass(address)).toBe(kind);
  });

  it('takes anything that is not an address as special', () => {
    for (const text of ['', 'localhost', '127.1', '0x7f000001', '2130706433', '1.2.3.4.5', 'fe80::zz'])
      expect(addressClass(text)).toBe('special');
  });
});

describe('webhook addresses: who may connect where', () => {
  const table: [string, string | null, string | null, string | null][] = [
    // address, production with no list, development with no list, with a list
    ['8.8.8.8', null, null, null],
    ['2400:3200::1', null, null, null],
    ['127.0.0.1', 'not-public', null, null],
    ['::1', 'not-public', null, null],
    ['::ffff:127.0.0.1', 'not-public', null, null],
    ['10.8.0.12', 'not-public', 'not-public', null],
    ['100.64.0.1', 'not-public', 'not-public', null],
    ['fd00::5', 'not-public', 'not-public', null],
    ['64:ff9b::10.1.2.3', 'not-public', 'not-public', null],
    ['169.254.169.254', 'link-local', 'link-local', 'link-local'],
    ['fe80::1', 'link-local', 'link-local', 'link-local'],
    ['::ffff:169.254.169.254', 'link-local', 'link-local', 'link-local'],
    ['64:ff9b::a9fe:a9fe', 'link-local', 'link-local', 'link-local'],
    ['0.0.0.0', 'not-public', 'not-public', 'not-public'],
    ['::', 'not-public', 'not-public', 'not-public'],
    ['224.0.0.1', 'not-public', 'not-public', 'not-public'],
    ['192.0.2.1', 'not-public', 'not-public', 'not-public'],
    ['2001:db8::1', 'not-public', 'not-public', 'not-public'],
  ];
  it.each(table)('%s: production %s, development %s, listed hosts %s', (address, prod, dev, list) => {
    expect(addressRefusal(address, production)).toBe(prod);
    expect(addressRefusal(address, development)).toBe(dev);
    expect(addressRefusal(address, listed)).toBe(list);
  });
});

describe('webhook hosts, before connecting', () => {
  it('allows the hosts listed, and hosts under a *. pattern (not the domain itself, not a look-alike)', () => {
    expect(webhookHostRefusal('sms.qingshui.gov.cn', listed)).toBeNull();
    expect(webhookHostRefusal('SMS.Qingshui.gov.cn.', listed)).toBeNull();
    expect(webhookHostRefusal('a.duty.qingshui.gov.cn', listed)).toBeNull();
    expect(webhookHostRefusal('x.y.duty.qingshui.gov.cn', listed)).toBeNull();
    expect(webhookHostRefusal('10.8.0.12', listed)).toBeNull();
    expect(webhookHostRefusal('[fd00::5]', listed)).toBeNull();
    expect(webhookHostRefusal('[fd00:0:0::5]', listed)).toBeNull();
    expect(webhookHostRefusal('duty.qingshui.gov.cn', listed)).toBe('not-listed');
    expect(webhookHostRefusal('evilduty.qingshui.gov.cn', listed)).toBe('not-listed');
    expect(webhookHostRefusal('sms.qingshui.gov.cn.evil.example', listed)).toBe('not-listed');
    expect(webhookHostRefusal('127.0.0.1', listed)).toBe('not-listed');
    expect(webhookHostRefusal('10.8.0.13', listed)).toBe('not-listed');
  });

  it('judges an IP literal by its address at once (Node connects to it without a lookup), list or not', () => {
    expect(webhookHostRefusal('169.254.169.254', { hosts: ['169.254.169.254'], production: true })).toBe(
      'link-local',
    );
    expect(webhookHostRefusal('[::ffff:a9fe:a9fe]', listed)).toBe('link-local');
    expect(webhookHostRefusal('0.0.0.0', { hosts: ['0.0.0.0'], production: false })).toBe('not-public');
    expect(webhookHostRefusal('127.0.0.1', production)).toBe('not-public');
    expect(webhookHostRefusal('[::ffff:7f00:1]', production)).toBe('not-public');
    expect(webhookHostRefusal('[64:ff9b::7f00:1]', production)).toBe('not-public');
    expect(webhookHostRefusal('10.0.0.1', production)).toBe('not-public');
    expect(webhookHostRefusal('127.0.0.1', development)).toBeNull();
    expect(webhookHostRefusal('8.8.8.8', production)).toBeNull();
  });

  it('lets a name through with no list: its addresses are judged when it is resolved', () => {
    expect(webhookHostRefusal('localhost', production)).toBeNull();
    expect(webhookHostRefusal('gateway.example', production)).toBeNull();
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
      'fd00::zz',
    ])
      expect(isHostPattern(p)).toBe(false);
  });
});
