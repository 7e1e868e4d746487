import type { z } from 'zod';
import { ZMe, type TLoginRequest, type TMe } from './api/auth.ts';
import { ZProblem, type TProblem } from './api/common.ts';
import {
  ZParticipantDetail,
  ZParticipantPage,
  type TListParticipantsQuery,
  type TParticipantDetail,
  type TParticipantPage,
} from './api/participants.ts';
import { ZHealth, ZProgrammeList } from './api/programmes.ts';

/** An error answer of the API, with its RFC 9457 problem details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: TProblem,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
}

export type TApiClientOptions = {
  baseUrl?: string;
  fetch?: typeof fetch;
};

/**
 * The typed client of /api/v1. The web app talks to the server only through it;
 * responses are checked against the same schemas the server answers with.
 */
export function createApiClient(options: TApiClientOptions = {}) {
  const base = (options.baseUrl ?? '') + '/api/v1';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function request<T extends z.ZodType>(
    schema: T | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<z.infer<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const init: RequestInit = { method, credentials: 'same-origin', headers };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await doFetch(base + path, init);
    const text = await res.text();
    const json: unknown = text ? JSON.parse(text) : undefined;
    if (!res.ok) {
      const parsed = ZProblem.safeParse(json);
      throw new ApiError(
        res.status,
        parsed.success
          ? parsed.data
          : {
              type: 'about:blank',
              title: res.statusText,
              status: res.status,
              code: 'INTERNAL',
              issues: [],
            },
      );
    }
    return (schema ? schema.parse(json) : undefined) as z.infer<T>;
  }

  const qs = (params: Record<string, string | number | undefined>) => {
    const s = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined) s.set(k, String(v));
    const str = s.toString();
    return str ? `?${str}` : '';
  };

  return {
    health: () => request(ZHealth, 'GET', '/health'),
    login: (body: TLoginRequest): Promise<TMe> => request(ZMe, 'POST', '/auth/login', body),
    logout: async (): Promise<void> => {
      await request(null, 'POST', '/auth/logout', {});
    },
    me: (): Promise<TMe> => request(ZMe, 'GET', '/auth/me'),
    listProgrammes: () => request(ZProgrammeList, 'GET', '/programmes'),
    listParticipants: (
      q: Partial<TListParticipantsQuery> & { programme: string },
    ): Promise<TParticipantPage> => request(ZParticipantPage, 'GET', `/participants${qs(q)}`),
    getParticipant: (id: string): Promise<TParticipantDetail> =>
      request(ZParticipantDetail, 'GET', `/participants/${encodeURIComponent(id)}`),
  };
}

export type TApiClient = ReturnType<typeof createApiClient>;
