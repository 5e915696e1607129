import { ApiError, isAbortError, networkProblem, parseProblem } from './problem.ts';

/** The subset of `fetch` the client needs, so tests can pass a fake. */
export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

export interface RequestOptions {
  /** Aborts the request, e.g. when the screen that asked for it goes away. */
  readonly signal?: AbortSignal;
}

export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
  patch<T>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
  put<T>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
  delete<T>(path: string, options?: RequestOptions): Promise<T>;
}

export interface ApiClientOptions {
  readonly fetch: FetchFn;
  /** Prefix of every path; the API is versioned under `/api/v1`. */
  readonly baseUrl?: string;
  /** Called on any 401, so the app can send the user back to the login page. */
  readonly onUnauthorized?: () => void;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * A small JSON client. It sends the session cookie (same origin only), and turns every failure
 * into an `ApiError` carrying a parsed problem; aborts are rethrown untouched.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? '/api/v1';

  async function send<T>(
    method: string,
    path: string,
    body: unknown,
    request: RequestOptions = {},
  ): Promise<T> {
    const headers: Record<string, string> = {
      accept: 'application/json, application/problem+json',
    };
    const init: RequestInit = { method, credentials: 'same-origin', headers };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    if (request.signal !== undefined) init.signal = request.signal;

    let response: Response;
    try {
      response = await options.fetch(`${baseUrl}${path}`, init);
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new ApiError(networkProblem());
    }
    if (response.status === 401) options.onUnauthorized?.();
    if (!response.ok) throw new ApiError(parseProblem(response.status, await readJson(response)));
    // The server's contract fixes the body shape per endpoint; 204 has none.
    return (response.status === 204 ? undefined : await readJson(response)) as T;
  }

  return {
    get: (path, request) => send('GET', path, undefined, request),
    post: (path, body, request) => send('POST', path, body, request),
    patch: (path, body, request) => send('PATCH', path, body, request),
    put: (path, body, request) => send('PUT', path, body, request),
    delete: (path, request) => send('DELETE', path, undefined, request),
  };
}
