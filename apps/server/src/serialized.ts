import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

/** The JSON of answers that a use case hands out again unchanged (a read served from memory). */
const serialized = new WeakMap<object, Buffer>();

/**
 * Sends `value` as JSON checked against `schema`, as the route's serializer would,
 * but checks and stringifies a given object only once: the caseload list served from
 * memory (caches.ts) is the same object on every hit, and checking and stringifying
 * it again was an eighth of the server's time under load (and so is encoding the
 * string to UTF-8 bytes, hence a Buffer). Objects must not be
 * changed once sent.
 */
export function sendSerialized<T extends object>(
  reply: FastifyReply,
  schema: z.ZodType<T>,
  value: T,
): FastifyReply {
  let json = serialized.get(value);
  if (json === undefined) {
    json = Buffer.from(JSON.stringify(schema.parse(value)));
    serialized.set(value, json);
  }
  return reply.type('application/json; charset=utf-8').send(json);
}
