import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datasetJsonSchema } from '@lots/contracts';

export const datasetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/schema/dataset',
    {
      schema: {
        tags: ['dataset'],
        summary: 'JSON Schema of the lots-dataset v1 format (lots import / lots export)',
      },
    },
    async () => datasetJsonSchema(),
  );
};
