import type { BrowserContext } from 'playwright-core';

export type ApiRequest = BrowserContext['request'];
export type Api = ReturnType<typeof apiFor>;

/** Quick set-up through the API, with the Origin a browser would send. 204 reads as undefined. */
export function apiFor(request: ApiRequest, baseUrl: string) {
  const headers = { origin: baseUrl };
  const read = async <T>(response: Awaited<ReturnType<ApiRequest['get']>>) => {
    if (!response.ok()) throw new Error(`${response.url()}: ${response.status()} ${await response.text()}`);
    return (response.status() === 204 ? undefined : await response.json()) as T;
  };
  return {
    get: async <T>(path: string) => read<T>(await request.get(`${baseUrl}${path}`, { headers })),
    post: async <T = unknown>(path: string, data: unknown) =>
      read<T>(await request.post(`${baseUrl}${path}`, { data, headers })),
    put: async <T = unknown>(path: string, data: unknown) =>
      read<T>(await request.put(`${baseUrl}${path}`, { data, headers })),
  };
}
