import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isIpLiteral, parseIPv4, parseIPv6, refuseAddress } from './address.js';

test('IPv4 literals in every inet_aton form', () => {
  const loop = 0x7f000001;
  for (const s of ['127.0.0.1', '2130706433', '0177.0.0.1', '0x7f.1', '0x7f000001', '127.1', '127.0.1', '017700000001', '127.0.0.1.']) {
    assert.equal(parseIPv4(s), loop, s);
  }
  assert.equal(parseIPv4('0'), 0);
  for (const s of ['256.0.0.1', '1.2.3.4.5', '08.0.0.1', 'example.com', '1.2.3.0x100', '', '4294967296']) assert.equal(parseIPv4(s), null, s);
});

test('IPv6 literals, bracketed, zoned and with a dotted tail', () => {
  assert.deepEqual(parseIPv6('::1'), [0, 0, 0, 0, 0, 0, 0, 1]);
  assert.deepEqual(parseIPv6('[::ffff:127.0.0.1]'), [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
  assert.deepEqual(parseIPv6('fe80::1%eth0'), [0xfe80, 0, 0, 0, 0, 0, 0, 1]);
  assert.deepEqual(parseIPv6('2001:db8:0:0:1:0:0:1'), [0x2001, 0xdb8, 0, 0, 1, 0, 0, 1]);
  assert.equal(parseIPv6('1.2.3.4'), null);
  assert.equal(parseIPv6('::g'), null);
});

test('every non-public address is refused with its reason; public ones pass', () => {
  const refused: [string, RegExp][] = [
    ['127.0.0.1', /loopback/], ['2130706433', /loopback/], ['0x7f.1', /loopback/], ['0.0.0.0', /unspecified/],
    ['10.1.2.3', /private/], ['172.16.0.1', /private/], ['172.31.255.255', /private/], ['192.168.1.1', /private/],
    ['100.64.0.1', /shared/], ['169.254.169.254', /link-local/], ['224.0.0.1', /multicast/], ['255.255.255.255', /broadcast/],
    ['240.0.0.1', /reserved/], ['192.0.2.1', /documentation/],
    ['::1', /loopback/], ['::', /unspecified/], ['::ffff:127.0.0.1', /IPv4-mapped loopback/], ['::ffff:7f00:1', /IPv4-mapped loopback/],
    ['::ffff:10.0.0.1', /IPv4-mapped private/], ['::127.0.0.1', /IPv4-compatible loopback/], ['::8.8.8.8', /IPv4-compatible/],
    ['fe80::1', /link-local/], ['febf::1', /link-local/], ['fc00::1', /unique local/], ['fd12:3456::1', /unique local/],
    ['ff02::1', /multicast/], ['64:ff9b::127.0.0.1', /NAT64 loopback/], ['2002:7f00:1::', /6to4 loopback/], ['2001:db8::1', /documentation/],
  ];
  for (const [a, why] of refused) assert.match(refuseAddress(a) ?? 'PUBLIC', why, a);
  for (const a of ['8.8.8.8', '172.32.0.1', '100.128.0.1', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2002:808:808::1']) {
    assert.equal(refuseAddress(a), null, a);
  }
  assert.match(refuseAddress('example.com')!, /not an IP/);
});

test('host names are not IP literals', () => {
  assert.equal(isIpLiteral('example.com'), false);
  assert.equal(isIpLiteral('0x7f.1'), true);
  assert.equal(isIpLiteral('::1'), true);
  assert.equal(isIpLiteral('1e100.net'), false);
});
