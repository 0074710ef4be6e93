/** Contributions: one import batch, inspected and withdrawn by its organisation before release. */
import { Type, type Static } from '@sinclair/typebox';
import { BatchSchema } from './transfers.ts';

export const BatchParams = Type.Object({ corpus: Type.String({ minLength: 1, maxLength: 200 }), batchId: Type.String({ pattern: '^[0-9]{1,18}$' }) });

export const BatchDetailSchema = Type.Object({
  batch: BatchSchema,
  byLang: Type.Record(Type.String(), Type.Integer()),
  statuses: Type.Record(Type.String(), Type.Integer()),
  released: Type.Integer({ description: 'units of the batch in some release (then it cannot be withdrawn)' }),
  canWithdraw: Type.Boolean(),
});
export type BatchDetail = Static<typeof BatchDetailSchema>;

export const WithdrawBody = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) });
