/**
 * Serves the built web app: static assets, and index.html for every other
 * non-API path so that client-side routes (/login, /w/…) survive a reload.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { handleNotFound } from './problem.ts';

const API_PREFIXES = ['/api/', '/v1/'];

export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<boolean> {
  const indexHtml = join(webDir, 'index.html');
  const built = existsSync(indexHtml);
  if (built) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = API_PREFIXES.some((prefix) => request.url.startsWith(prefix));
    if (isApi || !built || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return handleNotFound(request, reply);
    }
    return reply.type('text/html').sendFile('index.html');
  });
  return built;
}
