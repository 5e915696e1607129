/** Every kind of bad request gets a precise 4xx problem response: never a 500, never a hang. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Owner,
  setUpOwner,
  startTestServer,
  type TestServer,
} from '../../test/support/server.ts';

let server: TestServer;
let owner: Owner;
beforeAll(async () => {
  server = await startTestServer();
  owner = await setUpOwner(server);
});
afterAll(() => server.close());

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  server.app.inject({
    method: 'POST',
    url,
    body,
    headers: { 'content-type': 'application/json', cookie: owner.cookie, ...headers },
  });

const expectProblem = (
  response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  status: number,
) => {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  const body = response.json() as { status: number; detail: string; type: string };
  expect(body.status).toBe(status);
  expect(body.detail.length).toBeGreaterThan(0);
  return body as {
    status: number;
    detail: string;
    type: string;
    errors?: { field: string; message: string }[];
  };
};

describe('bad input', () => {
  it('malformed JSON', async () => {
    const body = expectProblem(await post('/api/v1/workspaces', '{"name": '), 400);
    expect(body.type).toBe('urn:parcours:problem:invalid-json-body');
  });

  it('an unknown field is named', async () => {
    const body = expectProblem(await post('/api/v1/workspaces', '{"name":"x","nmae":"y"}'), 400);
    expect(body.errors).toEqual([{ field: '/nmae', message: 'unknown field' }]);
  });

  it('a missing field and a wrong type are both named', async () => {
    const response = await post('/api/v1/session', '{"email": 42}', { cookie: '' });
    const body = expectProblem(response, 400);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: '/email', message: 'must be string' },
        { field: '/password', message: 'is required' },
      ]),
    );
  });

  it('a blank name is refused', async () => {
    const body = expectProblem(await post('/api/v1/workspaces', '{"name":"   "}'), 400);
    expect(body.errors?.[0]?.field).toBe('/name');
  });

  it('an oversized body answers 413 with the limit', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
    const body = expectProblem(await post('/api/v1/workspaces', huge), 413);
    expect(body.type).toBe('urn:parcours:problem:body-too-large');
    expect(body.detail).toBe('request body is larger than the limit of 1048576 bytes');
  });

  it('a wrong content type answers 415', async () => {
    const response = await post('/api/v1/workspaces', 'name=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expectProblem(response, 415);
  });

  it('an unknown API route answers a 404 problem', async () => {
    const body = expectProblem(
      await server.app.inject({ method: 'GET', url: '/api/v1/nope' }),
      404,
    );
    expect(body.detail).toBe('no route GET /api/v1/nope');
  });

  it('a bad key, a malformed header and no credentials are told apart', async () => {
    const url = `/api/v1/workspaces/${owner.workspaceId}/keys`;
    const bad = await server.app.inject({
      method: 'GET',
      url,
      headers: { authorization: 'Bearer sk_nope' },
    });
    expect(expectProblem(bad, 401).type).toBe('urn:parcours:problem:unauthenticated-invalid');
    const odd = await server.app.inject({
      method: 'GET',
      url,
      headers: { authorization: 'Token abc' },
    });
    expect(expectProblem(odd, 401).type).toBe('urn:parcours:problem:unauthenticated-invalid');
    const none = await server.app.inject({ method: 'GET', url });
    expect(expectProblem(none, 401).type).toBe('urn:parcours:problem:unauthenticated-missing');
  });

  it('an unknown workspace answers 404', async () => {
    const response = await server.app.inject({
      method: 'GET',
      url: '/api/v1/workspaces/nope/keys',
      headers: { cookie: owner.cookie },
    });
    expectProblem(response, 404);
  });

  it('an invalid setup token is refused even when the payload is fine', async () => {
    const payload = JSON.stringify({
      token: 'forged',
      name: 'M',
      email: 'm@example.com',
      password: 'long enough password',
      workspaceName: 'W',
    });
    const body = expectProblem(await post('/api/v1/setup', payload, { cookie: '' }), 400);
    expect(body.errors).toEqual([{ field: '/token', message: 'this link is not valid' }]);
  });
});

describe('OpenAPI document', () => {
  it('is generated from the route schemas', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json<{
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/setup', '/api/v1/workspaces/{workspaceId}/keys']),
    );
    expect(doc.paths['/api/v1/workspaces/{workspaceId}/keys']?.post?.requestBody).toBeDefined();
    // The tracking API documents its own credential: the write key over HTTP Basic.
    expect(JSON.stringify(doc.paths['/v1/batch'])).toContain('"security":[{"writeKey":[]}]');
  });
});
