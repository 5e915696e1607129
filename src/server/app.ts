/**
 * Builds the HTTP server: one Fastify instance holding the API under /api/v1,
 * its OpenAPI document at /api/docs, and the web app. No listening here, so tests
 * drive it in-process with `inject` and the CLI decides where to bind.
 */
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { LoggerOptions } from 'pino';
import { accessRoutes } from '../access/routes.ts';
import { analyticsRoutes } from '../analytics/routes.ts';
import type { Config } from '../config/config.ts';
import { customerRoutes } from '../customers/routes.ts';
import { feedbackRoutes } from '../feedback/routes.ts';
import { feedbackPublicRoutes } from '../feedback/routes-public.ts';
import { importRoutes } from '../ingest/import/routes.ts';
import { trackingRoutes } from '../ingest/routes.ts';
import { mappingRoutes } from '../mapping/routes.ts';
import { modelRoutes } from '../model/routes.ts';
import { modelFileRoutes } from '../model/routes-files.ts';
import { prioritiseRoutes } from '../prioritise/routes.ts';
import type { ServerDeps } from './deps.ts';
import { handleError } from './problem.ts';
import { Problem } from './schema.ts';
import { validatorCompiler } from './validation.ts';
import { registerWebApp } from './web.ts';

export interface BuildOptions {
  readonly config: Config;
  readonly deps: ServerDeps;
  /** A logger to use instead of building one from the config (tests, CLI). */
  readonly logger?: FastifyBaseLogger;
}

/** Secrets never reach the logs: credentials are cut from every logged request. */
export const loggerOptions = (config: Config): LoggerOptions => ({
  level: config.logLevel,
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'res.headers["set-cookie"]',
      '*.password',
      '*.token',
      '*.secret',
    ],
    censor: '[redacted]',
  },
  serializers: {
    // One-time links carry their token in the query string: log paths only.
    req: (req: { method: string; url: string; id: string }) => ({
      id: req.id,
      method: req.method,
      // Survey links carry their signed token in the path.
      url: (req.url.split('?')[0] ?? '').replace(/^\/s\/.+/, '/s/[token]'),
    }),
  },
});

export async function buildServer({
  config,
  deps,
  logger,
}: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: loggerOptions(config) }),
    bodyLimit: config.bodyLimitBytes,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addSchema(Problem);
  app.setValidatorCompiler(validatorCompiler([Problem]));
  app.setErrorHandler(handleError);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Parcours API',
        version: '1',
        description:
          'Customer-journey platform. Sign in with a session cookie (web app) or send a secret key as `Authorization: Bearer sk_…`. Errors are RFC 9457 problem details.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'parcours_session' },
          secretKey: { type: 'http', scheme: 'bearer' },
          writeKey: {
            type: 'http',
            scheme: 'basic',
            description: 'The workspace write key as the user name, no password (Segment clients)',
          },
        },
      },
      security: [{ session: [] }, { secretKey: [] }],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(accessRoutes(deps), { prefix: '/api/v1' });
  await app.register(modelRoutes(deps), { prefix: '/api/v1' });
  await app.register(modelFileRoutes(deps), { prefix: '/api/v1' });
  await app.register(mappingRoutes(deps), { prefix: '/api/v1' });
  await app.register(analyticsRoutes(deps), { prefix: '/api/v1' });
  await app.register(customerRoutes(deps), { prefix: '/api/v1' });
  await app.register(importRoutes(deps), { prefix: '/api/v1' });
  await app.register(prioritiseRoutes(deps), { prefix: '/api/v1' });
  await app.register(feedbackRoutes(deps), { prefix: '/api/v1' });
  // The Segment-compatible tracking API lives at the root, where Segment clients post.
  await app.register(trackingRoutes(deps));
  app.get('/api/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  // Survey page (/s/…), widget script and its calls: root paths, before the web app's fallback.
  await app.register(feedbackPublicRoutes(deps));
  await registerWebApp(app, config.webDir);
  return app;
}
