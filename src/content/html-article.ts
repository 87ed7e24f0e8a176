/**
 * The article in a web page: Mozilla's Readability (the extractor behind Firefox's reader view) over linkedom (a
 * small DOM, no browser), after removing what is never the article (navigation, share bars, ads, newsletter
 * boxes, related links, cookie banners, comments, reference lists), then one paragraph per <p>: its text with
 * entities decoded, inline markup dropped, whitespace collapsed and reference markers ("[12]") removed.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isoDate, type PageDocument, type PageMetadata, readPageMetadata } from './html-metadata.js';

export interface ExtractedArticle extends Omit<PageMetadata, 'title'> {
  title: string;
  paragraphs: string[];
}

class NoArticleError extends Error {
  constructor() {
    super('no article found in the page');
    this.name = 'NoArticleError';
  }
}

/** Elements that are never the article, whatever their content. */
const NEVER_ARTICLE =
  'script, style, noscript, template, iframe, svg, nav, footer, aside, form, button, dialog, ' +
  '[role="navigation"], [role="contentinfo"], [role="complementary"], [role="dialog"], [aria-hidden="true"], ' +
  'sup.reference, .mw-editsection';

/** Class or id words of the boxes pages wrap around an article. */
const BOILERPLATE_BOX =
  /(?:^|[-_\s])(?:comments?|respond|reply|share|sharing|social|newsletter|subscribe|subscription|signup|cookie|cookies|consent|gdpr|related|recommended|read-?more|more-stories|advert|advertisement|ads?|adslot|promo|sponsored?|sidebar|widget|navbox|infobox|reflist|references|catlinks|sitesub|noprint|printfooter|hatnote|breadcrumbs?|popup|modal|byline-share|tags?-list)(?:[-_\s]|$)/i;

/** Short lines that are page furniture, not the article, when Readability keeps them. */
const BOILERPLATE_TEXT =
  /^(?:advertisement|sponsored|share(?: this)?(?: article| story)?|share on \w+|follow us|sign up|subscribe|related(?: articles| stories)?|read more|leave a (?:reply|comment)|cancel reply|comments?|we use cookies|accept(?: all)? cookies|continue reading|click here)\b/i;

/** "[12]", "[a]", "[note 3]", "[citation needed]": Wikipedia-style markers, no part of the sentence. */
const REFERENCE_MARKER = /\[(?:\d+|[a-z]|note \d+|citation needed|clarification needed|when\?|who\?)\]/gi;

/** Extracts the article of an HTML page; `pageUrl` (where it came from) is the fallback URL and publisher. */
export function extractArticle(html: string, pageUrl?: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document as unknown as PageDocument);
  for (const element of [...document.querySelectorAll(NEVER_ARTICLE)]) element.remove();
  for (const element of [...document.querySelectorAll('[class], [id]')]) {
    const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    // The body and the article's own container can carry such words ("single-post has-comments"): never them.
    if (BOILERPLATE_BOX.test(words) && !element.matches('html, body, article, main')) element.remove();
  }

  const parsed = new Readability(document as never, { serializer: (node) => node, charThreshold: 200 }).parse();
  const content = parsed?.content as unknown as ParentLike | null | undefined;
  const paragraphs = content ? paragraphsOf(content) : [];
  if (paragraphs.length === 0) throw new NoArticleError();

  const title = metadata.title ?? clean(parsed?.title) ?? '';
  const publisher = metadata.publisher ?? clean(parsed?.siteName) ?? hostOf(pageUrl);
  if (!title) throw new NoArticleError();
  return {
    title: withoutSiteSuffix(title, publisher),
    ...(metadata.headline && metadata.headline !== paragraphs[0] ? { headline: metadata.headline } : {}),
    ...(publisher ? { publisher } : {}),
    authors: metadata.authors.length > 0 ? metadata.authors : bylineNames(parsed?.byline),
    ...optional('published', metadata.published ?? isoDate(clean(parsed?.publishedTime))),
    ...optional('url', metadata.url ?? httpUrl(pageUrl)),
    tags: metadata.tags,
    paragraphs,
  };
}

interface ParentLike {
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
}

function paragraphsOf(content: ParentLike): string[] {
  const paragraphs: string[] = [];
  for (const element of content.querySelectorAll('p')) {
    const text = (element.textContent ?? '').replace(REFERENCE_MARKER, '').replace(/\s+/g, ' ').trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    if (text.length < 120 && BOILERPLATE_TEXT.test(text)) continue;
    if (paragraphs.at(-1) === text) continue;
    paragraphs.push(text);
  }
  return paragraphs;
}

function clean(value: string | null | undefined): string | undefined {
  const cleaned = value?.replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : undefined;
}

/** "The Title | Site" or "The Title - Site" → "The Title", when the suffix is the site's name. */
function withoutSiteSuffix(title: string, publisher: string | undefined): string {
  if (!publisher) return title;
  const escaped = publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title.replace(new RegExp(`\\s+[|\\-–—:]\\s+${escaped}$`, 'i'), '').trim();
  return stripped || title;
}

function bylineNames(byline: string | null | undefined): string[] {
  const text = clean(byline)?.replace(/^by\s+/i, '');
  if (!text || text.length > 120) return [];
  return text
    .split(/\s*(?:,|&|\band\b)\s*/i)
    .map((name) => name.trim())
    .filter(Boolean);
}

function httpUrl(value: string | undefined): string | undefined {
  return value && /^https?:\/\//i.test(value) ? value : undefined;
}

function hostOf(value: string | undefined): string | undefined {
  try {
    return value ? new URL(value).hostname.replace(/^www\./, '') || undefined : undefined;
  } catch {
    return undefined;
  }
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
