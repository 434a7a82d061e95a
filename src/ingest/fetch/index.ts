/**
 * The fetcher's public face, for `dyad ingest`, the queue workers and the HTTP API. Sources
 * (file | stdin | URL, feeds expanding into items) are in ../source.ts.
 */
export { fetchUrl, FETCH_DEFAULTS, type FetchOptions, type FetchResult } from './fetch.js';
export { refusal, refuseAddress, canonicalAddress, isIpLiteral, type AddressPolicy } from './address.js';
export { systemResolver, type Resolver, type ResolvedAddress } from './guard.js';
export { parseFeed, looksLikeFeed, type Feed, type FeedItem } from './feed.js';
export { classifyFetched, type FetchedKind } from './content.js';
