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
    // wildcard: files are looked up at request time, so a rebuilt app is served at once.
    await app.register(fastifyStatic, { root: webDir, wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = API_PREFIXES.some((prefix) => request.url.startsWith(prefix));
    // A missing file (an old asset name) is a 404, never the app's HTML in its place.
    const isFile = /\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '');
    if (isApi || isFile || !built || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return handleNotFound(request, reply);
    }
    return reply.type('text/html').sendFile('index.html');
  });
  return built;
}
