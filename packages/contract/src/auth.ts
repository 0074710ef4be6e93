/** Accounts: sign-in sessions (browser), API tokens (scripts), the signed-in user. */
import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from './common.ts';
import { ROLES } from './permissions.ts';

export const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));

export const MembershipSchema = Type.Object({ org: Type.String(), role: RoleSchema });
export type MembershipInfo = Static<typeof MembershipSchema>;

export const UserSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.Optional(Type.String()),
  admin: Type.Boolean({ description: 'site admin: every action on every organisation' }),
  memberships: Type.Array(MembershipSchema),
});
export type UserInfo = Static<typeof UserSchema>;

export const LoginBody = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 320 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
});
export type LoginBody = Static<typeof LoginBody>;

/** The signed-in session: who, and the CSRF token to send as X-CSRF-Token on unsafe requests. */
export const SessionSchema = Type.Object({
  user: UserSchema,
  csrfToken: Type.Optional(Type.String({ description: 'present for cookie sessions; send it as X-CSRF-Token on POST/PUT/PATCH/DELETE' })),
  via: Type.Union([Type.Literal('session'), Type.Literal('token')]),
  expiresAt: Type.Optional(Timestamp),
});
export type SessionInfo = Static<typeof SessionSchema>;

export const TokenCreateBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
});
export type TokenCreateBody = Static<typeof TokenCreateBody>;

export const TokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String({ description: 'first characters of the token, to recognise it' }),
  createdAt: Timestamp,
  lastUsedAt: Type.Optional(Timestamp),
  expiresAt: Type.Optional(Timestamp),
  revokedAt: Type.Optional(Timestamp),
});
export type TokenInfo = Static<typeof TokenSchema>;

export const TokenCreatedSchema = Type.Intersect([
  TokenSchema,
  Type.Object({ token: Type.String({ description: 'the secret, shown this once: `slk_…`' }) }),
]);
export type TokenCreated = Static<typeof TokenCreatedSchema>;

export const UserCreateBody = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 320 }),
  password: Type.String({ minLength: 10, maxLength: 1024 }),
  displayName: Type.Optional(Type.String({ maxLength: 200 })),
  admin: Type.Optional(Type.Boolean()),
});
export type UserCreateBody = Static<typeof UserCreateBody>;
