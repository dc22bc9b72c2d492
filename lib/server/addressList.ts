import { BlockList, isIP } from 'node:net';

/** A set of addresses and CIDR ranges, IPv4 and IPv6 (such as TRUSTED_PROXIES). */
export interface AddressList {
  has(address: string): boolean;
  /** The entries as given, for messages. */
  readonly entries: readonly string[];
}

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is the IPv4 address 10.0.0.1. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function family(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 4 ? 'ipv4' : 'ipv6';
}

/**
 * Parses a comma-separated list of addresses and CIDR ranges (`127.0.0.0/8, ::1, 10.1.2.3`); throws naming the
 * first entry that is neither.
 */
export function parseAddressList(text: string): AddressList {
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const version = isIP(address);
    const bits = version === 4 ? 32 : 128;
    if (version === 0 || rest.length > 0) throw new Error(`"${entry}" is not an IP address or CIDR range`);
    if (prefix === undefined) {
      list.addAddress(address, family(address));
      continue;
    }
    const length = Number(prefix);
    if (!/^\d+$/.test(prefix) || length > bits) throw new Error(`"${entry}" has a bad prefix length`);
    list.addSubnet(address, length, family(address));
  }
  return {
    entries,
    has(address) {
      const plain = plainAddress(address);
      return isIP(plain) !== 0 && list.check(plain, family(plain));
    },
  };
}
