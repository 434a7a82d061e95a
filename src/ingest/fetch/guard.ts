/**
 * The connection guard: a `lookup` for node:net that resolves a host name and refuses it when any
 * of its addresses is not public (or allowed by the policy) (so a name cannot smuggle in 127.0.0.1, and a mixed answer
 * cannot be raced), and a check of the connected socket's peer address (the second line of
 * defence, and the only one when the host is an IP literal, which node connects to without a
 * lookup). The policy's `allowPrivate` turns both off for a
 * user's own intranet; `allowAddresses` lets named addresses through.
 */
import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction, Socket } from 'node:net';
import { DyadError } from '../../util/errors.js';
import { refusal, type AddressPolicy } from './address.js';

export interface ResolvedAddress { address: string; family: number }
/** Resolves a host name to its addresses; the default asks the system resolver. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => new Promise((resolve, reject) => {
  dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses)));
});

export function privateAddressError(url: string, host: string, address: string, why: string): DyadError {
  const what = host === address ? address : `${host} (${address})`;
  return new DyadError('E_PRIVATE_ADDRESS', `refused to connect to ${what}: ${why} (use --allow-private for an intranet)`, { file: url });
}

/** A net `lookup` that resolves with `resolver` and refuses answers the policy forbids. */
export function guardedLookup(url: string, resolver: Resolver, policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname).then((found) => {
      if (!found.length) throw new DyadError('E_FETCH', `${hostname} has no address`, { file: url });
      for (const a of found) {
        const why = refusal(a.address, policy);
        if (why) throw privateAddressError(url, hostname, a.address, why);
      }
      const wanted = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
      if (!wanted.length) throw new DyadError('E_FETCH', `${hostname} has no IPv${options.family} address`, { file: url });
      if (options.all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, wanted);
      else callback(null, wanted[0].address, wanted[0].family);
    }).catch((e: unknown) => callback(e as NodeJS.ErrnoException, '', 0));
  };
}

/**
 * Checks the peer of a connected socket; destroys it with E_PRIVATE_ADDRESS when the policy
 * forbids the peer. Call on the request's 'socket' event.
 */
export function guardSocket(socket: Socket, url: string, host: string, policy: AddressPolicy): void {
  if (policy.allowPrivate) return;
  const check = (): void => {
    const peer = socket.remoteAddress;
    const why = peer ? refusal(peer, policy) : 'no peer address';
    if (why) socket.destroy(privateAddressError(url, host, peer ?? '?', why));
  };
  if (socket.remoteAddress && !socket.connecting) check();
  else socket.once('connect', check);
}
