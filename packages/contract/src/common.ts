/** Schemas shared by many routes: the error body, ids, pages, timestamps. */
import { Type, type Static } from '@sinclair/typebox';

/** Every error answer: `{error: {code, message, place?}}` with the status of the code's table row. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'SLM_… code, see docs/errors.md' }),
      message: Type.String(),
      place: Type.Optional(
        Type.Object({
          file: Type.Optional(Type.String()),
          line: Type.Optional(Type.Integer()),
          column: Type.Optional(Type.Integer()),
          unit: Type.Optional(Type.String()),
        }),
      ),
    }),
  },
  { description: 'A coded error' },
);
export type ErrorBody = Static<typeof ErrorBody>;

/** Error answers every authenticated route may give. */
export const errorResponses = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody } as const;

export const Timestamp = Type.String({ format: 'date-time', description: 'ISO 8601 UTC' });
export const LangTagSchema = Type.String({ minLength: 1, maxLength: 35, description: 'BCP 47 tag, e.g. zh-Hans, th' });
export const CountryCode = Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2' });
export const Limit = (max: number, dflt: number) => Type.Integer({ minimum: 1, maximum: max, default: dflt });
export const Cursor = Type.String({ maxLength: 200, description: 'nextCursor of the previous page (opaque)' });

export const Ok = Type.Object({ ok: Type.Boolean() });
