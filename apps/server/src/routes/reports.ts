import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZBreakdownReport,
  ZCaseloadReport,
  ZFactBox,
  ZLastingReport,
  ZMovementReport,
  ZOutcomeReport,
  ZOwnDefinition,
  ZOwnDefinitionList,
  ZOwnDefinitionQuery,
  ZOwnDefinitionRequest,
  ZProblem,
  ZProgrammeTarget,
  ZReportQuery,
  ZTargetParams,
  ZTargetRequest,
  ZTimeMeasuresReport,
  type TReportQuery,
} from '@lots/contracts';
import {
  createOutcomeDefinition,
  getCaseloadReport,
  getClosuresReport,
  getFactBox,
  getLastingOutcomes,
  getMovementReport,
  getOutcomeReport,
  getParticipantsReport,
  getTimeMeasures,
  listOutcomeDefinitions,
  renderCsv,
  renderPdf,
  renderXlsx,
  reportTable,
  setProgrammeTarget,
  type TLots,
  type TReportViewer,
  type TReportTable,
} from '@lots/services';
import { clientIp, requireAccess } from '../security.ts';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };

const who =
  'Supervisors and specialists of every programme counted get exact figures; analysts and funders get small-number suppression ("<5"); suppress=true suppresses for anyone. Keys outside your access answer 404. format=csv|xlsx gives a file (Content-Disposition attachment) with Swedish headers and the definitions and denominator written in.';

/** Sends the report as JSON, or as a CSV/XLSX attachment (outcomes.md "Standard reports"). */
async function send<T extends Parameters<typeof reportTable>[0]>(
  reply: FastifyReply,
  format: TReportQuery['format'],
  report: T,
): Promise<T | FastifyReply> {
  if (format === undefined || format === 'json') return report;
  const table: TReportTable = reportTable(report);
  if (format === 'csv') {
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${table.fileName}.csv"`)
      .send(Buffer.from(renderCsv(table), 'utf8'));
  }
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${table.fileName}.xlsx"`)
    .send(await renderXlsx(table));
}

/** 200 documents the JSON; with format=csv|xlsx the same route sends a file instead. */
const responses = <T extends z.ZodType>(json: T) => ({ 200: json, ...errors });

export const reportRoutes: FastifyPluginAsyncZod<{ lots: TLots }> = async (app, { lots }) => {
  const viewer = (request: Parameters<typeof requireAccess>[0]): TReportViewer => ({
    kind: 'user',
    access: requireAccess(request),
  });

  app.get(
    '/reports/outcomes',
    {
      schema: {
        tags: ['reports'],
        summary:
          'Outcome overview: one row per outcome definition with its denominator, by sex, against target',
        description: who,
        querystring: ZReportQuery,
        response: responses(ZOutcomeReport),
      },
    },
    async (request, reply) =>
      send(
        reply,
        request.query.format,
        await getOutcomeReport(lots, viewer(request), request.query),
      ),
  );

  app.get(
    '/reports/outcomes.pdf',
    {
      schema: {
        tags: ['reports'],
        summary:
          'Outcome overview as a printable PDF for the steering group, definitions and denominator printed on it',
        description: who,
        querystring: ZReportQuery.omit({ format: true }),
        response: { 200: z.any().describe('application/pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const table = reportTable(await getOutcomeReport(lots, viewer(request), request.query));
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${table.fileName}.pdf"`)
        .send(await renderPdf(table));
    },
  );

  const breakdowns = [
    [
      'participants',
      getParticipantsReport,
      'SUS-style participant table: enrolments active in the period by sex × age band (or ?by=)',
    ],
    [
      'closures',
      getClosuresReport,
      'Enrolments closed in the period by closure reason (and ?by=sex)',
    ],
  ] as const;
  for (const [name, useCase, summary] of breakdowns) {
    app.get(
      `/reports/${name}`,
      {
        schema: {
          tags: ['reports'],
          summary,
          description: who,
          querystring: ZReportQuery,
          response: responses(ZBreakdownReport),
        },
      },
      async (request, reply) =>
        send(reply, request.query.format, await useCase(lots, viewer(request), request.query)),
    );
  }

  const others = [
    [
      'movement',
      getMovementReport,
      ZMovementReport,
      'Movement from baseline: baseline × exit activity matrix of the enrolments closed in the period',
    ],
    [
      'caseload',
      getCaseloadReport,
      ZCaseloadReport,
      'Caseload per specialist (FTE-weighted) and queue length and waiting days, on `to` (default today)',
    ],
    [
      'fact-box',
      getFactBox,
      ZFactBox,
      'Fact box (Umeå): participants, in work, in studies, dropped out by age band × sex; planned vs actual',
    ],
    [
      'lasting',
      getLastingOutcomes,
      ZLastingReport,
      'Lasting outcomes: follow-up status at +6 and +12 months after closure',
    ],
    [
      'time-measures',
      getTimeMeasures,
      ZTimeMeasuresReport,
      'Time measures: days to the first face-to-face employer contact and to the first job, time in programme with its bands, job tenure',
    ],
  ] as const;
  for (const [name, useCase, schema, summary] of others) {
    app.get(
      `/reports/${name}`,
      {
        schema: {
          tags: ['reports'],
          summary,
          description: who,
          querystring: ZReportQuery,
          response: responses(schema),
        },
      },
      async (request, reply) =>
        send(reply, request.query.format, await useCase(lots, viewer(request), request.query)),
    );
  }

  app.put(
    '/programmes/:key/targets/:year',
    {
      schema: {
        tags: ['reports'],
        summary:
          "Set a programme's targets for a year: enrolments and outcome rates (analysts, supervisors; audited)",
        params: ZTargetParams,
        body: ZTargetRequest,
        response: { 200: ZProgrammeTarget, ...errors },
      },
    },
    async (request) =>
      setProgrammeTarget(lots, requireAccess(request), request.params, request.body, {
        ip: clientIp(request),
      }),
  );

  app.get(
    '/outcome-definitions',
    {
      schema: {
        tags: ['reports'],
        summary:
          'Own outcome definitions of a programme (with its association’s) or an association',
        querystring: ZOwnDefinitionQuery,
        response: { 200: ZOwnDefinitionList, ...errors },
      },
    },
    async (request) => listOutcomeDefinitions(lots, requireAccess(request), request.query),
  );

  app.post(
    '/outcome-definitions',
    {
      schema: {
        tags: ['reports'],
        summary:
          'Add an own outcome definition, listed after the six standard ones (analysts, supervisors; audited)',
        body: ZOwnDefinitionRequest,
        response: { 201: ZOwnDefinition, ...errors, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const created = await createOutcomeDefinition(lots, requireAccess(request), request.body, {
        ip: clientIp(request),
      });
      return reply.code(201).send(created);
    },
  );
};
