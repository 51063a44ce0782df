// The private-address guard as a table: every written form of an address, every special-purpose range of both families.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressAllowed, classifyAddress, parseIPv4, parseIPv6 } from '../../src/ingest/address.js';

const ROWS: Array<[string, 'public' | 'loopback' | 'special']> = [
  // loopback in every form (issue 14: [::ffff:127.0.0.1] became ::ffff:7f00:1 and passed)
  ['127.0.0.1', 'loopback'], ['127.9.8.7', 'loopback'], ['::1', 'loopback'], ['[::1]', 'loopback'],
  ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'], ['[::ffff:7f00:1]', 'loopback'], ['0:0:0:0:0:ffff:7f00:1', 'loopback'],
  ['::127.0.0.1', 'loopback'], ['::7f00:1', 'loopback'], ['64:ff9b::7f00:1', 'loopback'], ['64:ff9b::127.0.0.1', 'loopback'],
  ['2002:7f00:1::', 'loopback'], ['::ffff:0:7f00:1', 'loopback'],
  ['0x7f.0.0.1', 'loopback'], ['0177.0.0.1', 'loopback'], ['127.1', 'loopback'], ['2130706433', 'loopback'], ['0x7f000001', 'loopback'],
  // IPv4 special-purpose ranges
  ['0.0.0.0', 'special'], ['0.1.2.3', 'special'], ['10.1.2.3', 'special'], ['100.64.0.1', 'special'], ['100.127.255.255', 'special'],
  ['169.254.169.254', 'special'], ['172.16.0.1', 'special'], ['172.31.255.255', 'special'], ['192.0.0.8', 'special'], ['192.0.2.1', 'special'],
  ['192.88.99.1', 'special'], ['192.168.1.1', 'special'], ['198.18.0.1', 'special'], ['198.19.255.1', 'special'], ['198.51.100.7', 'special'],
  ['203.0.113.9', 'special'], ['224.0.0.1', 'special'], ['239.255.255.250', 'special'], ['240.0.0.1', 'special'], ['255.255.255.255', 'special'],
  ['012.1.2.3', 'special'], ['0xa.0.0.1', 'special'], ['::ffff:a9fe:a9fe', 'special'], ['::ffff:192.168.0.1', 'special'], ['64:ff9b::a00:1', 'special'],
  ['2002:c0a8:101::1', 'special'],
  // IPv6 special-purpose ranges
  ['::', 'special'], ['fc00::1', 'special'], ['fd00::2', 'special'], ['[fd00::2]', 'special'], ['fe80::1', 'special'], ['febf::1', 'special'],
  ['fec0::1', 'special'], ['ff02::1', 'special'], ['100::1', 'special'], ['64:ff9b:1::1', 'special'], ['2001::1', 'special'],
  ['2001:2::1', 'special'], ['2001:db8::1', 'special'], ['3fff::1', 'special'], ['5f00::1', 'special'], ['4000::1', 'special'],
  // public
  ['8.8.8.8', 'public'], ['93.184.216.34', 'public'], ['100.63.255.255', 'public'], ['100.128.0.1', 'public'], ['172.15.0.1', 'public'],
  ['172.32.0.1', 'public'], ['192.169.0.1', 'public'], ['198.20.0.1', 'public'], ['223.255.255.255', 'public'],
  ['2606:4700::1111', 'public'], ['2a00:1450:4001::200e', 'public'], ['::ffff:8.8.8.8', 'public'], ['64:ff9b::808:808', 'public'],
  ['2002:808:808::1', 'public'],
];

test('address guard: each form is classified as its real address', () => {
  for (const [ip, want] of ROWS) assert.equal(classifyAddress(ip), want, ip);
});

test('address guard: host names and malformed literals are not addresses', () => {
  for (const s of ['example.org', 'localhost', '1.2.3.4.5', '256.1.1.1', '1.2.3.256', '0x1g.0.0.1', ':::1', '1::2::3', '12345::1', '']) {
    assert.equal(classifyAddress(s), null, s);
  }
  assert.equal(parseIPv4('1.2.65535'), 0x0102ffff);
  assert.equal(parseIPv4('1.2.65536'), null);
  assert.deepEqual(parseIPv6('1:2:3:4:5:6:1.2.3.4'), [1, 2, 3, 4, 5, 6, 0x102, 0x304]);
});

test('address guard: the policy opens loopback alone, or every special range', () => {
  const none = { allowPrivate: false, allowLoopback: false };
  const loop = { allowPrivate: false, allowLoopback: true };
  const all = { allowPrivate: true, allowLoopback: false };
  assert.equal(addressAllowed('::ffff:7f00:1', none), false);
  assert.equal(addressAllowed('::ffff:7f00:1', loop), true);
  assert.equal(addressAllowed('10.0.0.1', loop), false);
  assert.equal(addressAllowed('10.0.0.1', all), true);
  assert.equal(addressAllowed('8.8.8.8', none), true);
  assert.equal(addressAllowed('not-an-ip', all), false);
});
