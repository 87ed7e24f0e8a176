/**
 * An article page's metadata, from whichever of JSON-LD (schema.org Article and its kinds), OpenGraph
 * (`og:*`, `article:*`) and plain meta tags the page has, in that order of trust. Never invented: a field the
 * page does not give stays undefined.
 */

/** The part of a DOM document this needs (linkedom's and the browser's alike). */
export interface PageDocument {
  querySelectorAll(selector: string): Iterable<PageElement>;
  querySelector(selector: string): PageElement | null;
  title?: string;
}

interface PageElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

export interface PageMetadata {
  title?: string;
  /** The standfirst under the title (og/meta description). */
  headline?: string;
  publisher?: string;
  authors: string[];
  /** ISO 8601: the date (YYYY-MM-DD), or the date and time when the page gives one. */
  published?: string;
  /** The canonical URL, when the page names one. */
  url?: string;
  tags: string[];
}

const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|Report|NewsArticle|ScholarlyArticle|Posting)$/;

/** Reads the metadata of a page. */
export function readPageMetadata(document: PageDocument): PageMetadata {
  const ld = jsonLdArticle(document);
  const meta = (key: string) => {
    for (const element of document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)) {
      const content = clean(element.getAttribute('content'));
      if (content) return content;
    }
    return undefined;
  };
  const metas = (key: string) =>
    [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)]
      .map((element) => clean(element.getAttribute('content')))
      .filter((value): value is string => Boolean(value));

  const canonical = clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const authors = unique([
    ...names(ld?.author),
    ...metas('author').flatMap(splitNames),
    ...metas('article:author').filter((value) => !/^https?:/i.test(value)),
  ]);
  const keywords = ld?.keywords;
  const tags = unique([
    ...(Array.isArray(keywords) ? keywords.map(String) : typeof keywords === 'string' ? keywords.split(',') : []),
    ...metas('article:tag'),
    ...(meta('keywords')?.split(',') ?? []),
  ]);
  return {
    title: text(ld?.headline) ?? meta('og:title') ?? meta('twitter:title') ?? clean(document.title),
    headline: text(ld?.description) ?? meta('og:description') ?? meta('description'),
    publisher: names(ld?.publisher)[0] ?? meta('og:site_name') ?? meta('application-name'),
    authors,
    published: isoDate(
      text(ld?.datePublished) ??
        meta('article:published_time') ??
        meta('datePublished') ??
        meta('date') ??
        meta('dc.date') ??
        clean(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    ),
    url: absoluteUrl(canonical) ?? absoluteUrl(meta('og:url')) ?? absoluteUrl(text(ld?.url)),
    tags,
  };
}

type LdObject = Record<string, unknown>;

/** The first schema.org article in the page's JSON-LD blocks (top level, in a list or in an @graph). */
function jsonLdArticle(document: PageDocument): LdObject | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block on a page is common; the other sources remain
    }
    const found = findArticle(parsed, 0);
    if (found) return found;
  }
  return undefined;
}

function findArticle(value: unknown, depth: number): LdObject | undefined {
  if (depth > 4 || !value || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const object = value as LdObject;
  const types = Array.isArray(object['@type']) ? object['@type'] : [object['@type']];
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) return object;
  return findArticle(object['@graph'], depth + 1);
}

/** Names from a JSON-LD person or organization, a list of them, or plain text. */
function names(value: unknown): string[] {
  if (typeof value === 'string') return splitNames(value);
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object') {
    const name = text((value as LdObject).name);
    return name ? [name] : [];
  }
  return [];
}

/** "By Jane Roe and John Doe" → ["Jane Roe", "John Doe"]. */
function splitNames(value: string): string[] {
  return value
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|&|\band\b)\s*/i)
    .map((name) => clean(name))
    .filter((name): name is string => Boolean(name) && !/^https?:/i.test(name ?? ''));
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? clean(String(value)) : undefined;
}

function clean(value: string | null | undefined): string | undefined {
  const cleaned = value?.replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : undefined;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of values) {
    const value = clean(raw);
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    kept.push(value);
  }
  return kept;
}

/** An ISO 8601 date from what pages write: kept as written when already ISO, else parsed; undefined if unclear. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  const iso = new Date(time).toISOString();
  // A date written without a time means that day, not midnight UTC of it.
  return /\d{1,2}:\d{2}/.test(value) ? iso.replace(/\.000Z$/, 'Z') : iso.slice(0, 10);
}

function absoluteUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
