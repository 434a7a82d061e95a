/**
 * Which IP addresses a fetch may connect to. Everything that is not a public unicast address is
 * refused: loopback, private (RFC 1918), shared (CGNAT), link-local, unspecified, multicast,
 * documentation and reserved ranges, and IPv6 forms that embed one of those IPv4 addresses
 * (IPv4-mapped, IPv4-compatible, NAT64, 6to4). IPv4 literals are read the way resolvers and
 * URL parsers read them: 1 to 4 parts, each decimal, octal (leading 0) or hex (0x), so
 * 2130706433, 0177.0.0.1, 0x7f.1 and 127.1 are all 127.0.0.1.
 */
import { isIP } from 'node:net';

/** [first address, prefix length, why it is refused]. */
const V4_BLOCKS: [number, number, string][] = [
  [v4(0, 0, 0, 0), 8, 'unspecified ("this network") address'],
  [v4(10, 0, 0, 0), 8, 'private address'],
  [v4(100, 64, 0, 0), 10, 'shared (carrier-grade NAT) address'],
  [v4(127, 0, 0, 0), 8, 'loopback address'],
  [v4(169, 254, 0, 0), 16, 'link-local address'],
  [v4(172, 16, 0, 0), 12, 'private address'],
  [v4(192, 0, 0, 0), 24, 'IETF protocol address'],
  [v4(192, 0, 2, 0), 24, 'documentation address'],
  [v4(192, 88, 99, 0), 24, '6to4 relay address'],
  [v4(192, 168, 0, 0), 16, 'private address'],
  [v4(198, 18, 0, 0), 15, 'benchmarking address'],
  [v4(198, 51, 100, 0), 24, 'documentation address'],
  [v4(203, 0, 113, 0), 24, 'documentation address'],
  [v4(224, 0, 0, 0), 4, 'multicast address'],
  [v4(240, 0, 0, 0), 4, 'reserved address'],
];

function v4(a: number, b: number, c: number, d: number): number {
  return ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
}

/** An IPv4 literal in any form inet_aton accepts, as a 32-bit number; null if it is not one. */
export function parseIPv4(s: string): number | null {
  const parts = s.endsWith('.') ? s.slice(0, -1).split('.') : s.split('.');
  if (parts.length < 1 || parts.length > 4) return null;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0x[0-9a-f]*$/i.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]*$/.test(p)) n = p.length === 1 ? 0 : parseInt(p.slice(1), 8);
    else if (/^[1-9][0-9]*$/.test(p)) n = parseInt(p, 10);
    else return null;
    if (!Number.isSafeInteger(n)) return null;
    nums.push(n);
  }
  const last = nums.pop()!;
  if (nums.some((n) => n > 255)) return null;
  const room = 2 ** (8 * (4 - nums.length));
  if (last >= room) return null;
  return nums.reduce((acc, n, i) => acc + n * 2 ** (8 * (3 - i)), 0) + last;
}

/** An IPv6 literal (optionally in brackets, with a zone or a trailing dotted IPv4) as 8 groups. */
export function parseIPv6(s: string): number[] | null {
  let t = s.startsWith('[') && s.endsWith(']') ? s.slice(1, -1) : s;
  t = t.replace(/%.*$/, '');
  if (isIP(t) !== 6) return null;
  const dotted = /:(\d+\.\d+\.\d+\.\d+)$/.exec(t);
  if (dotted) {
    const n = parseIPv4(dotted[1])!;
    t = `${t.slice(0, dotted.index + 1)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const double = t.indexOf('::');
  const hex = (x: string): number[] => (x ? x.split(':').map((h) => parseInt(h, 16)) : []);
  const a = hex(double < 0 ? t : t.slice(0, double));
  const b = double < 0 ? [] : hex(t.slice(double + 2));
  const fill = 8 - a.length - b.length;
  if (fill < 0 || (double < 0 && fill !== 0)) return null;
  return [...a, ...new Array<number>(fill).fill(0), ...b];
}

/** Why a fetch may not connect to this IPv4 address, or null when it is public. */
export function refuseIPv4(n: number): string | null {
  if (n === 0xffffffff) return 'broadcast address';
  for (const [base, bits, why] of V4_BLOCKS) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if (((n & mask) >>> 0) === base) return why;
  }
  return null;
}

/** Why a fetch may not connect to this IPv6 address (8 groups), or null when it is public. */
export function refuseIPv6(g: number[]): string | null {
  const zeros = (from: number, to: number): boolean => g.slice(from, to).every((x) => x === 0);
  const embedded = (): number => g[6] * 0x10000 + g[7];
  const via = (kind: string): string | null => {
    const why = refuseIPv4(embedded());
    return why ? `${kind} ${why}` : null;
  };
  if (zeros(0, 8)) return 'unspecified address';
  if (zeros(0, 7) && g[7] === 1) return 'loopback address';
  if (zeros(0, 5) && g[5] === 0xffff) return via('IPv4-mapped');
  if (zeros(0, 6)) return via('IPv4-compatible') ?? 'IPv4-compatible address';
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return via('NAT64');
  if (g[0] === 0x2002) {
    const why = refuseIPv4(g[1] * 0x10000 + g[2]);
    if (why) return `6to4 ${why}`;
  }
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local address';
  if ((g[0] & 0xffc0) === 0xfec0) return 'site-local address';
  if ((g[0] & 0xfe00) === 0xfc00) return 'unique local (private) address';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast address';
  if (g[0] === 0x2001 && g[1] === 0x0db8) return 'documentation address';
  if (g[0] === 0x2001 && g[1] === 0) return 'Teredo address';
  if (g[0] === 0x0100 && zeros(1, 4)) return 'discard-only address';
  return null;
}

/** Why a fetch may not connect to this address (IPv4 or IPv6, any literal form), or null. */
export function refuseAddress(address: string): string | null {
  const n = parseIPv4(address);
  if (n !== null) return refuseIPv4(n);
  const g = parseIPv6(address);
  if (g) return refuseIPv6(g);
  return 'not an IP address';
}

/** True when a URL host names an IP address in any literal form (rather than a DNS name). */
export function isIpLiteral(host: string): boolean {
  return parseIPv4(host) !== null || parseIPv6(host) !== null;
}

/** One spelling per address: dotted quad for IPv4 (any literal form), 8 hex groups for IPv6. */
export function canonicalAddress(address: string): string | null {
  const n = parseIPv4(address);
  if (n !== null) return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  const g = parseIPv6(address);
  return g ? g.map((x) => x.toString(16)).join(':') : null;
}

/** Which addresses a fetch may reach beyond the public ones. */
export interface AddressPolicy {
  /** Every address (a user's intranet). */
  allowPrivate?: boolean;
  /** These addresses only (e.g. one intranet host), in any literal form. */
  allowAddresses?: readonly string[];
}

/** Why `policy` forbids connecting to `address`, or null when it may. */
export function refusal(address: string, policy: AddressPolicy): string | null {
  if (policy.allowPrivate) return null;
  const why = refuseAddress(address);
  if (!why || !policy.allowAddresses?.length) return why;
  const c = canonicalAddress(address);
  return policy.allowAddresses.some((a) => canonicalAddress(a) === c) ? null : why;
}
