import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAddSocioRowRequest,
  ZCreateSocioAnalysisRequest,
  ZIdParam,
  ZImportSocioAnalysisRequest,
  ZProblem,
  ZSocioAnalysisList,
  ZSocioAnalysisListQuery,
  ZSocioAnalysisOut,
  ZSocioRowParams,
  ZUpdateSocioAnalysisRequest,
  ZUpdateSocioRowRequest,
} from '@lots/contracts';
import {
  addScenarioRow,
  createSocioAnalysis,
  deleteScenarioRow,
  getSocioAnalysis,
  importSocioAnalysis,
  listSocioAnalyses,
  renderSocioPdf,
  renderSocioXlsx,
  updateSocioAnalysis,
  updateSocioRow,
  type TLots,
} from '@lots/services';
import { clientIp, requireAccess } from '../security.ts';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

const who =
  'Analysts (association or programme grant) and supervisors read and write; funders read, with row numbers only (no enrolment ids, case numbers, reasons or notes); specialists 403; programmes and analyses outside your access 404.';

/** Socio-economic analyses (socioeconomics.md): from records or as scenarios, with files for the steering group. */
export const socioRoutes: FastifyPluginAsyncZod<{ lots: TLots }> = async (app, { lots }) => {
  app.get(
    '/socio/analyses',
    {
      schema: {
        tags: ['socio'],
        summary: "A programme's socio-economic analyses, newest first",
        description: who,
        querystring: ZSocioAnalysisListQuery,
        response: { 200: ZSocioAnalysisList, ...errors },
      },
    },
    async (request) => listSocioAnalyses(lots, requireAccess(request), request.query.programme),
  );

  app.post(
    '/socio/analyses',
    {
      schema: {
        tags: ['socio'],
        summary:
          'Create an analysis: mode=records builds rows from the enrolments that started a job or studies in the period (audited); mode=scenario takes typed rows',
        description: who,
        body: ZCreateSocioAnalysisRequest,
        response: { 201: ZSocioAnalysisOut, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await createSocioAnalysis(lots, requireAccess(request), request.body, {
          ip: clientIp(request),
        }),
      ),
  );

  app.post(
    '/socio/analyses/import',
    {
      schema: {
        tags: ['socio'],
        summary:
          'Import an analysis document with published figures (lots socio --input shape) as a scenario; the result lists published vs computed differences',
        description: who,
        body: ZImportSocioAnalysisRequest,
        response: { 201: ZSocioAnalysisOut, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await importSocioAnalysis(lots, requireAccess(request), request.body, {
          ip: clientIp(request),
        }),
      ),
  );

  app.get(
    '/socio/analyses/:id',
    {
      schema: {
        tags: ['socio'],
        summary:
          'An analysis with its rows and result: yearly figures, savings per payer, year-by-year benefit period, parameters and assumptions',
        description: who,
        params: ZIdParam,
        response: { 200: ZSocioAnalysisOut, ...errors },
      },
    },
    async (request) =>
      getSocioAnalysis(lots, requireAccess(request), request.params.id, { ip: clientIp(request) }),
  );

  app.get(
    '/socio/analyses/:id.xlsx',
    {
      schema: {
        tags: ['socio'],
        summary: 'The analysis as an Excel workbook for the steering group',
        description: who,
        params: ZIdParam,
        response: { 200: z.any().describe('XLSX'), ...errors },
      },
    },
    async (request, reply) => {
      const a = await getSocioAnalysis(lots, requireAccess(request), request.params.id, {
        ip: clientIp(request),
      });
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="socioekonomisk-analys-${a.id}.xlsx"`)
        .send(await renderSocioXlsx(a));
    },
  );

  app.get(
    '/socio/analyses/:id.pdf',
    {
      schema: {
        tags: ['socio'],
        summary:
          'The analysis as a PDF for the steering group: parameters and assumptions, savings per payer, yearly figures',
        description: who,
        params: ZIdParam,
        response: { 200: z.any().describe('application/pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const a = await getSocioAnalysis(lots, requireAccess(request), request.params.id, {
        ip: clientIp(request),
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="socioekonomisk-analys-${a.id}.pdf"`)
        .send(await renderSocioPdf(a));
    },
  );

  app.patch(
    '/socio/analyses/:id',
    {
      schema: {
        tags: ['socio'],
        summary:
          'Rename an analysis, mark it final, or recompute it with other parameters or outcome rate',
        description: who,
        params: ZIdParam,
        body: ZUpdateSocioAnalysisRequest,
        response: { 200: ZSocioAnalysisOut, ...errors },
      },
    },
    async (request) =>
      updateSocioAnalysis(lots, requireAccess(request), request.params.id, request.body, {
        ip: clientIp(request),
      }),
  );

  app.patch(
    '/socio/analyses/:id/rows/:row',
    {
      schema: {
        tags: ['socio'],
        summary:
          'Exclude a row with a reason, or adjust its values each with a note (replaces the row’s adjustments)',
        description: who,
        params: ZSocioRowParams,
        body: ZUpdateSocioRowRequest,
        response: { 200: ZSocioAnalysisOut, ...errors },
      },
    },
    async (request) =>
      updateSocioRow(
        lots,
        requireAccess(request),
        request.params.id,
        request.params.row,
        request.body,
        { ip: clientIp(request) },
      ),
  );

  app.post(
    '/socio/analyses/:id/rows',
    {
      schema: {
        tags: ['socio'],
        summary: 'Add a typed row to a scenario analysis (409 for an analysis built from records)',
        description: who,
        params: ZIdParam,
        body: ZAddSocioRowRequest,
        response: { 201: ZSocioAnalysisOut, ...errors, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const a = await addScenarioRow(
        lots,
        requireAccess(request),
        request.params.id,
        request.body,
        {
          ip: clientIp(request),
        },
      );
      return reply.code(201).send(a);
    },
  );

  app.delete(
    '/socio/analyses/:id/rows/:row',
    {
      schema: {
        tags: ['socio'],
        summary:
          'Delete a typed row of a scenario analysis; the other rows keep their numbers (409 for an analysis built from records)',
        description: who,
        params: ZSocioRowParams,
        response: { 200: ZSocioAnalysisOut, ...errors, 409: ZProblem },
      },
    },
    async (request) =>
      deleteScenarioRow(lots, requireAccess(request), request.params.id, request.params.row, {
        ip: clientIp(request),
      }),
  );
};
