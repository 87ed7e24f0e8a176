/**
 * Fetching a web page to import: http and https only, 15 s for the whole exchange, at most 5 MB, at most 5
 * redirects, HTML only, with a User-Agent that names the project. Each failure is a FetchError whose message is
 * the one line the importer prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project.js';
import { megabytes } from './limits.js';

const FETCH_LIMITS = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
} as const;

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface FetchedPage {
  html: string;
  /** Where the page was in the end, after redirects. */
  url: string;
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

/** "article-bot/0.1.0 (+<repository or homepage>)", from package.json, read once per process. */
let agent: string | undefined;
function userAgent(): string {
  agent ??= readUserAgent();
  return agent;
}

function readUserAgent(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      name?: string;
      version?: string;
      homepage?: string;
    };
    const about = pkg.homepage ? ` (+${pkg.homepage})` : ' (a Discord bot that quotes articles)';
    return `${pkg.name ?? 'article-bot'}/${pkg.version ?? '0'}${about}`;
  } catch {
    return 'article-bot';
  }
}

/** Fetches an HTML page, following at most 5 redirects; throws FetchError with one line for each failure. */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_LIMITS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_LIMITS.maxBytes;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = httpUrl(address);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': userAgent(), accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (redirects >= FETCH_LIMITS.maxRedirects) {
          throw new FetchError(`more than ${FETCH_LIMITS.maxRedirects} redirects`);
        }
        url = httpUrl(new URL(response.headers.get('location') ?? '', url).href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError(
          `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        );
      }
      const type = response.headers.get('content-type') ?? '';
      if (!HTML_TYPES.test(type)) {
        await response.body?.cancel();
        throw new FetchError(`not an HTML page (Content-Type: ${type.split(';')[0]?.trim() || 'none'})`);
      }
      const declared = Number(response.headers.get('content-length'));
      if (declared > maxBytes) {
        await response.body?.cancel();
        throw new FetchError(`the page is too large (${megabytes(declared)}; at most ${megabytes(maxBytes)})`);
      }
      return { html: await readCapped(response, maxBytes), url };
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    const name = (error as { name?: unknown })?.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new FetchError(`no answer within ${Math.round(timeoutMs / 1000)} s`);
    }
    const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
    throw new FetchError(`cannot fetch it (${cause?.code ?? cause?.message ?? (error as Error).message})`);
  }
}

/** The body as text, stopping (and refusing) as soon as it passes `maxBytes`, whatever Content-Length said. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FetchError(`the page is too large (more than ${megabytes(maxBytes)})`);
    }
    chunks.push(value);
  }
  const charset = /charset=["']?([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(Buffer.concat(chunks));
}

function httpUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError('not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`only http and https URLs can be imported (got ${url.protocol})`);
  }
  return url.href;
}
