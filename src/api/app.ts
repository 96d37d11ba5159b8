// The HTTP API (Hono + zod-openapi): read endpoints over the store, the write endpoint behind a
// token, the OpenAPI document, and the built UI. `createApp` is testable with `app.request()`.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { createAnalyzer, type Analyzer } from '../analyze.ts';
import { exportFormats, renderExport } from '../export/index.ts';
import { toIsoDate } from '../ingest/dates.ts';
import { DEFAULT_MAX_BYTES, readInputs } from '../ingest/index.ts';
import { articleFromRecord } from '../ingest/records.ts';
import type { RawArticle } from '../core/document.ts';
import type { EntityType } from '../core/document.ts';
import type { Store } from '../store/types.ts';
import type { TimelineFilter } from '../timeline/index.ts';
import { ApiData, exportInput } from './data.ts';
import { jsonBody } from './json.ts';
import { AnswerCache, ApiError, bearerMatches, conditionalGet, errorBody, errorResponse, jsonAnswer, securityHeaders } from './http.ts';
import * as S from './schemas.ts';
import { mountUi } from './static.ts';

export interface AppOptions {
  store: Store;
  /** Enables POST /api/articles for `Authorization: Bearer <token>`. */
  token?: string | null;
  /** Built UI folder (default dist/ui). */
  uiDir?: string;
  /** Analyser for POSTed articles (default: created on first use). */
  analyzer?: Analyzer;
}

const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const errors = {
  400: json(S.ErrorBody, 'Bad parameter'),
  404: json(S.ErrorBody, 'Unknown id'),
};

const page = (q: { limit?: number; offset?: number }, defaultLimit = 50) => ({ limit: q.limit ?? defaultLimit, offset: q.offset ?? 0 });

function timelineFilter(q: z.infer<typeof S.TimelineQuery> | z.infer<typeof S.ExportQuery>): TimelineFilter {
  return { from: q.from, to: q.to, actor: q.actor, type: q.type, status: q.status, place: q.place, q: q.q, undated: 'undated' in q && q.undated === 'true' };
}

/** Routes of the API (also what the OpenAPI document is generated from). */
const routes = {
  articles: createRoute({ method: 'get', path: '/api/articles', tags: ['articles'], summary: 'List articles', request: { query: S.ArticlesQuery },
    responses: { 200: json(S.listingOf(S.DocumentSummary), 'Articles, newest first (by relevance with q)'), 400: errors[400] } }),
  article: createRoute({ method: 'get', path: '/api/articles/{id}', tags: ['articles'], summary: 'One article with its full analysis', request: { params: S.IdParam },
    responses: { 200: json(S.ContractDocument, 'The contract-v1 analysis'), 404: errors[404] } }),
  postArticle: createRoute({ method: 'post', path: '/api/articles', tags: ['articles'], summary: 'Analyse and store an article (needs the token)',
    security: [{ bearer: [] }],
    request: { body: { content: { 'application/json': { schema: S.ArticleInput } }, required: true } },
    responses: {
      201: json(S.PutBody, 'Stored'), 200: json(S.PutBody, 'Already stored'), 400: errors[400],
      401: json(S.ErrorBody, 'Missing or wrong token'), 403: json(S.ErrorBody, 'Writing is disabled (no token configured)'),
      422: json(S.ErrorBody, 'The URL or HTML gave no article'),
    } }),
  entities: createRoute({ method: 'get', path: '/api/entities', tags: ['entities'], summary: 'List entities', request: { query: S.EntitiesQuery },
    responses: { 200: json(S.listingOf(S.StoredEntity), 'Entities, most articles first'), 400: errors[400] } }),
  entity: createRoute({ method: 'get', path: '/api/entities/{id}', tags: ['entities'], summary: 'One entity with its events and quotes', request: { params: S.IdParam },
    responses: { 200: json(S.EntityDetail, 'The entity'), 404: errors[404] } }),
  quotes: createRoute({ method: 'get', path: '/api/quotes', tags: ['quotes'], summary: 'List quotes', request: { query: S.QuotesQuery },
    responses: { 200: json(S.listingOf(S.StoredQuote), 'Quotes, newest article first'), 400: errors[400] } }),
  events: createRoute({ method: 'get', path: '/api/events', tags: ['events'], summary: 'Per-article events', request: { query: S.EventsQuery },
    responses: { 200: json(S.listingOf(S.StoredEvent), 'Events by date'), 400: errors[400] } }),
  timeline: createRoute({ method: 'get', path: '/api/timeline', tags: ['events'], summary: 'The cross-article fused timeline', request: { query: S.TimelineQuery },
    responses: { 200: json(S.listingOf(S.TimelineEvent), 'Fused events in chronological order'), 400: errors[400] } }),
  timelineEvent: createRoute({ method: 'get', path: '/api/timeline/{id}', tags: ['events'], summary: 'One fused event with every mention', request: { params: S.IdParam },
    responses: { 200: json(S.TimelineEvent, 'The event'), 404: errors[404] } }),
  search: createRoute({ method: 'get', path: '/api/search', tags: ['search'], summary: 'Search articles, entities, quotes and timeline events', request: { query: S.SearchQuery },
    responses: { 200: json(S.SearchBody, 'Matches of each kind'), 400: errors[400] } }),
  stats: createRoute({ method: 'get', path: '/api/stats', tags: ['stats'], summary: 'Store counts',
    responses: { 200: json(S.StatsBody, 'Counts and the data version') } }),
  export: createRoute({ method: 'get', path: '/api/export', tags: ['export'], summary: 'Export the (filtered) timeline and articles', request: { query: S.ExportQuery },
    responses: {
      200: { description: 'The export file', content: Object.fromEntries(Object.values(exportFormats).map((f) => [f.mime, { schema: z.string() }])) },
      400: errors[400],
    } }),
};

export function createApp(options: AppOptions) {
  const { store } = options;
  const token = options.token || null;
  const data = new ApiData(store);
  let analyzer = options.analyzer ?? null;

  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const message = result.error.issues.map((i) => (i.message.includes(':') || !i.path.length ? i.message : `${i.path.join('.')}: ${i.message}`)).join('; ');
        return c.json(errorBody(400, message), 400);
      }
    },
  });

  app.use('*', securityHeaders);
  const answers = new AnswerCache();
  app.use('/api/*', conditionalGet(() => data.version(), answers));
  app.use('/openapi.json', conditionalGet(() => data.version(), answers));
  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err.status, err.message);
    // Hono's own refusals (malformed JSON body…) keep their status, as JSON.
    if (err instanceof HTTPException && err.status < 500) return c.json(errorBody(err.status, err.message || 'bad request'), err.status);
    console.error(`vigie serve: ${c.req.method} ${c.req.path}: ${(err as Error).stack ?? err}`);
    return errorResponse(c, 500, 'internal error');
  });
  app.notFound((c) => errorResponse(c, 404, `no such path: ${c.req.path}`));

  // Authorisation before the body is even read: 403 when writing is off, 401 without the token.
  app.use('/api/articles', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    if (!token) return errorResponse(c, 403, 'writing is disabled: start the server with --token (or VIGIE_TOKEN) to enable POST /api/articles');
    if (!bearerMatches(c.req.header('Authorization'), token)) {
      c.header('WWW-Authenticate', 'Bearer');
      return errorResponse(c, 401, 'missing or wrong bearer token');
    }
    return next();
  });
  app.use('/api/articles', bodyLimit({ maxSize: DEFAULT_MAX_BYTES + 64 * 1024, onError: (c) => errorResponse(c, 413, 'request body too large') }));

  app.openapi(routes.articles, async (c) => {
    const q = c.req.valid('query');
    const listing = await store.listDocuments({ q: q.q, from: q.from, to: q.to, ...page(q) });
    return c.json({ total: listing.total, ...page(q), items: listing.items }, 200);
  });

  app.openapi(routes.article, async (c) => {
    const { id } = c.req.valid('param');
    const doc = await store.getDocument(id);
    if (!doc) throw new ApiError(404, `no article ${id}`);
    return c.json(doc as never, 200);
  });

  app.openapi(routes.postArticle, async (c) => {
    const body = c.req.valid('json');
    const published = body.published ? toIsoDate(body.published) : null;
    if (body.published && !published) throw new ApiError(400, `published ${body.published}: not a date`);
    let article: RawArticle;
    if (body.url) {
      article = await fetchArticle(body.url, published);
    } else {
      const r = articleFromRecord({ ...body, name: body.name ?? `api-${new Date().toISOString()}` }, { input: 'api', path: null, position: 1 });
      if (!r.ok) throw new ApiError(body.html !== undefined ? 422 : 400, r.reason);
      article = r.article;
    }
    if (body.name) article.source = { ...article.source, name: body.name };
    if (body.title) article.title = body.title;
    if (body.outlet) article.outlet = body.outlet;
    if (published) { article.published = published; article.publishedFrom = 'given'; }
    analyzer ??= createAnalyzer();
    const doc = analyzer.analyze(article);
    if (!doc.text.trim()) throw new ApiError(422, 'the article has no text left after cleaning');
    const result = await store.putDocument(doc);
    return c.json(result, result.status === 'stored' ? 201 : 200);
  });

  app.openapi(routes.entities, async (c) => {
    const q = c.req.valid('query');
    const listing = await store.listEntities({ q: q.q, type: q.type as EntityType | undefined, ...page(q) });
    return c.json({ total: listing.total, ...page(q), items: listing.items }, 200);
  });

  app.openapi(routes.entity, async (c) => {
    const { id } = c.req.valid('param');
    const entity = await data.entity(id);
    if (!entity) throw new ApiError(404, `no entity ${id}`);
    // A local entity is only named in its own article, under its local id there.
    const slash = id.indexOf('/');
    const scope = slash > 0 ? { doc: id.slice(0, slash), ref: id.slice(slash + 1) } : { doc: undefined, ref: id };
    const [events, placeEvents, quotes] = await Promise.all([
      store.listEvents({ actor: scope.ref, doc: scope.doc, limit: 100 }),
      store.listEvents({ place: scope.ref, doc: scope.doc, limit: 100 }),
      store.listQuotes({ speaker: scope.ref, doc: scope.doc, limit: 100 }),
    ]);
    // The store's name filters also match names containing the id's letters: keep exact ids only.
    const actorIs = (e: { actors: { entity: string | null }[] }) => e.actors.some((a) => a.entity === scope.ref);
    const exact = <T>(l: { total: number; items: T[] }, keep: (x: T) => boolean) => {
      const items = l.items.filter(keep);
      return { total: l.total - (l.items.length - items.length), items };
    };
    return c.json({
      entity,
      events: exact(events, actorIs),
      placeEvents: exact(placeEvents, (e) => e.place?.entity === scope.ref),
      quotes: exact(quotes, (q) => q.speaker?.entity === scope.ref),
    } as never, 200);
  });

  app.openapi(routes.quotes, async (c) => {
    const q = c.req.valid('query');
    const listing = await store.listQuotes({ speaker: q.speaker, q: q.q, from: q.from, to: q.to, doc: q.doc, ...page(q) });
    return c.json({ total: listing.total, ...page(q), items: listing.items } as never, 200);
  });

  app.openapi(routes.events, async (c) => {
    const q = c.req.valid('query');
    const listing = await store.listEvents({ from: q.from, to: q.to, actor: q.actor, type: q.type, status: q.status, place: q.place, q: q.q, doc: q.doc, ...page(q) });
    return c.json({ total: listing.total, ...page(q), items: listing.items } as never, 200);
  });

  app.openapi(routes.timeline, async (c) => {
    const q = c.req.valid('query');
    const { limit, offset } = page(q);
    const result = await data.timelineList(timelineFilter(q), limit, offset, q.mentions);
    return jsonAnswer(c, jsonBody({ total: result.total, limit, offset, items: result.list })) as never;
  });

  app.openapi(routes.timelineEvent, async (c) => {
    const { id } = c.req.valid('param');
    const event = await data.timelineEvent(id);
    if (!event) throw new ApiError(404, `no timeline event ${id}`);
    return jsonAnswer(c, event) as never;
  });

  app.openapi(routes.search, async (c) => {
    const q = c.req.valid('query');
    const p = page(q, 20);
    const [found, events] = await Promise.all([store.search(q.q, p), data.searchTimeline(q.q, p.limit, p.offset)]);
    const body = jsonBody({ q: q.q, documents: found.documents, entities: found.entities, quotes: found.quotes, events });
    return jsonAnswer(c, body) as never;
  });

  app.openapi(routes.stats, async (c) => {
    const [stats, dataVersion] = await Promise.all([store.stats(), store.dataVersion()]);
    return c.json({ ...stats, dataVersion }, 200);
  });

  app.openapi(routes.export, async (c) => {
    const q = c.req.valid('query');
    const format = exportFormats[q.format];
    const body = renderExport(q.format, await exportInput(data, timelineFilter(q)));
    return c.body(body, 200, {
      'Content-Type': format.mime,
      'Content-Disposition': `attachment; filename="vigie.${format.ext}"`,
    }) as never;
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Vigie API', version: '1', description: 'French news articles as a sourced record of political and diplomatic events. See src/api/README.md.' },
  });

  mountUi(app, options.uiDir);
  return app;
}

/** Fetches and extracts one article from a URL (the ingest module does the fetching and decoding). */
async function fetchArticle(url: string, published: string | null): Promise<RawArticle> {
  for await (const item of readInputs([url], { published })) {
    if (!item.ok) throw new ApiError(422, `${item.error.input}: ${item.error.reason}`);
    return item.article;
  }
  throw new ApiError(422, `${url}: no article found`);
}

export type VigieApp = ReturnType<typeof createApp>;
