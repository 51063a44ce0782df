// Which network addresses a public fetcher (pages, feeds, webhooks) may connect to. Every written form of an address is
// normalised first (IPv4-mapped, IPv4-compatible, NAT64 and 6to4 IPv6; octal, hex and short IPv4), then classified against
// the IANA special-purpose registries (IPv4 and IPv6) and the multicast and reserved blocks.
import net from 'node:net';

/** public: globally reachable unicast; loopback: 127/8 and ::1 (in any form); special: every other special-purpose range */
export type AddressClass = 'public' | 'loopback' | 'special';

/**
 * The 32-bit value of an IPv4 address in any form inet_aton accepts (`127.1`, `0x7f.0.0.1`, `0177.0.0.1`, `2130706433`),
 * or null when `s` is not one.
 */
export function parseIPv4(s: string): number | null {
  const parts = s.split('.');
  if (parts.length === 0 || parts.length > 4) return null;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0x[0-9a-f]*$/i.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]+$/.test(p)) n = parseInt(p.slice(1), 8);
    else if (/^(0|[1-9][0-9]*)$/.test(p)) n = Number(p);
    else return null;
    if (!Number.isFinite(n)) return null;
    nums.push(n);
  }
  const last = nums[nums.length - 1] ?? 0;
  const head = nums.slice(0, -1);
  if (head.some((n) => n > 255) || last >= 2 ** (8 * (5 - nums.length))) return null;
  let v = 0;
  for (const [i, n] of head.entries()) v += n * 2 ** (24 - 8 * i);
  return v + last;
}

/** The eight 16-bit groups of an IPv6 address (with or without brackets, an embedded dotted IPv4 tail allowed), or null. */
export function parseIPv6(s: string): number[] | null {
  let v = s.replace(/^\[|\]$/g, '').toLowerCase();
  if (v.includes('%')) v = v.slice(0, v.indexOf('%')); // a zone id names an interface, not another address
  if (!net.isIPv6(v)) return null;
  const lastColon = v.lastIndexOf(':');
  const last = v.slice(lastColon + 1);
  if (last.includes('.')) {
    // a dotted IPv4 tail is two groups
    const four = parseIPv4(last);
    if (four === null) return null;
    v = `${v.slice(0, lastColon + 1)}${Math.floor(four / 65536).toString(16)}:${(four % 65536).toString(16)}`;
  }
  const [left = '', right] = v.split('::') as [string, string | undefined];
  const groups = (x: string): number[] => (x === '' ? [] : x.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)));
  const l = groups(left);
  const r = right === undefined ? [] : groups(right);
  if (right === undefined && l.length !== 8) return null;
  const gap = 8 - l.length - r.length;
  if (right !== undefined && gap < 1) return null;
  const mid = right === undefined ? [] : new Array<number>(gap).fill(0);
  const out = [...l, ...mid, ...r];
  return out.length === 8 && out.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? out : null;
}

type V4Range = readonly [number, number];
const v4 = (cidr: string): V4Range => {
  const [ip = '', bits = '32'] = cidr.split('/');
  return [parseIPv4(ip) ?? 0, Number(bits)];
};

/** IANA IPv4 Special-Purpose Address Registry (RFC 6890 and updates), plus multicast and the reserved 240/4 block. */
const V4_SPECIAL: readonly V4Range[] = [
  '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24', '192.0.2.0/24',
  '192.31.196.0/24', '192.52.193.0/24', '192.88.99.0/24', '192.168.0.0/16', '192.175.48.0/24', '198.18.0.0/15', '198.51.100.0/24',
  '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4',
].map(v4);

function inV4(x: number, [base, bits]: V4Range): boolean {
  const size = 2 ** (32 - bits);
  return x >= base && x < base + size;
}

export function classifyIPv4(x: number): AddressClass {
  if (inV4(x, [0x7f000000, 8])) return 'loopback';
  return V4_SPECIAL.some((r) => inV4(x, r)) ? 'special' : 'public';
}

const v4Of = (hi: number, lo: number): number => hi * 65536 + lo;

export function classifyIPv6(g: readonly number[]): AddressClass {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h = 0, i = 0] = g;
  const zero5 = a === 0 && b === 0 && c === 0 && d === 0 && e === 0;
  if (zero5 && f === 0 && h === 0) return i === 1 ? 'loopback' : 'special'; // ::1, :: and ::/112 oddities
  if (zero5 && f === 0xffff) return classifyIPv4(v4Of(h, i)); // IPv4-mapped ::ffff:a.b.c.d
  if (zero5 && f === 0) return classifyIPv4(v4Of(h, i)); // IPv4-compatible ::a.b.c.d (deprecated, still routed by some stacks)
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0xffff && f === 0) return classifyIPv4(v4Of(h, i)); // ::ffff:0:a.b.c.d (SIIT)
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return classifyIPv4(v4Of(h, i)); // NAT64 64:ff9b::/96
  if (a === 0x2002) return classifyIPv4(v4Of(b, c)); // 6to4 2002:AABB:CCDD::/48 carries the IPv4 address
  // only global unicast 2000::/3 can be public; this excludes ::/8, 64:ff9b:1::/48, 100::/64, fc00::/7, fe80::/10, fec0::/10, ff00::/8
  if (a < 0x2000 || a > 0x3fff) return 'special';
  if (a === 0x2001 && b < 0x200) return 'special'; // 2001::/23 IETF protocol assignments (Teredo, benchmarking, ORCHID, ...)
  if (a === 0x2001 && b === 0x0db8) return 'special'; // 2001:db8::/32 documentation
  if (a === 0x3fff && b < 0x1000) return 'special'; // 3fff::/20 documentation (RFC 9637)
  if (a === 0x2620 && b === 0x4f && c === 0x8000) return 'special'; // 2620:4f:8000::/48 AS112 direct delegation
  return 'public';
}

/** Classifies an IP address literal in any written form; null when `s` is not an address (a host name). */
export function classifyAddress(s: string): AddressClass | null {
  const host = s.replace(/^\[|\]$/g, '');
  if (host.includes(':')) {
    const g = parseIPv6(host);
    return g ? classifyIPv6(g) : null;
  }
  const x = parseIPv4(host);
  return x === null ? null : classifyIPv4(x);
}

export interface AddressPolicy {
  /** every special-purpose address (private networks, link-local, loopback, ...) */
  allowPrivate: boolean;
  /** loopback only (127.0.0.0/8, ::1 and their mapped forms) */
  allowLoopback: boolean;
}

/** Whether the policy lets a connection go to this address; a string that is not an address is refused. */
export function addressAllowed(ip: string, p: AddressPolicy): boolean {
  const c = classifyAddress(ip);
  if (c === null) return false;
  if (c === 'public' || p.allowPrivate) return true;
  return c === 'loopback' && p.allowLoopback;
}

/** True for addresses a public fetcher must not reach (every special-purpose range, loopback included). */
export function isPrivateAddress(ip: string): boolean {
  const c = classifyAddress(ip);
  return c !== null && c !== 'public';
}

export function isLoopbackAddress(ip: string): boolean {
  return classifyAddress(ip) === 'loopback';
}
