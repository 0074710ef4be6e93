/** Organisations and their members. */
import { Type, type Static } from '@sinclair/typebox';
import { CountryCode, Timestamp } from './common.ts';
import { RoleSchema } from './auth.ts';

export const OrgSchema = Type.Object({
  name: Type.String(),
  country: Type.Optional(Type.String()),
  createdAt: Timestamp,
  role: Type.Optional(RoleSchema),
});
export type OrgInfo = Static<typeof OrgSchema>;

export const OrgCreateBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  country: CountryCode,
});
export type OrgCreateBody = Static<typeof OrgCreateBody>;

export const OrgParams = Type.Object({ org: Type.String({ minLength: 1, maxLength: 200 }) });

export const MemberSchema = Type.Object({
  email: Type.String(),
  displayName: Type.Optional(Type.String()),
  role: RoleSchema,
  since: Timestamp,
});
export type MemberInfo = Static<typeof MemberSchema>;

export const MemberPutBody = Type.Object({ email: Type.String({ minLength: 3, maxLength: 320 }), role: RoleSchema });
export type MemberPutBody = Static<typeof MemberPutBody>;

export const MemberParams = Type.Object({ org: Type.String({ minLength: 1 }), email: Type.String({ minLength: 3 }) });
