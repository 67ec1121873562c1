import { z } from 'zod';
import { AUDIT_SCOPES, ROLES } from './permissions';
import { filledText, flag, id, oneOf, text } from './fields';
import { addIssue } from './validate';
import { PASSWORD_MIN_LENGTH } from './codes';

const email = () => z.string('INVALID_EMAIL').min(1, 'REQUIRED').max(254, 'TOO_LONG').pipe(z.email('INVALID_EMAIL'));
const newPassword = () =>
  z.string('REQUIRED').min(1, 'REQUIRED').min(PASSWORD_MIN_LENGTH, 'PASSWORD_TOO_SHORT').max(200, 'TOO_LONG');

/** signUp. */
export const signUpSchema = z.strictObject({
  email: email(),
  password: newPassword(),
  displayName: filledText(120, 2),
});
export type SignUp = z.input<typeof signUpSchema>;

/** signIn: any password (its length says nothing about an account made before a rule changed). */
export const signInSchema = z.strictObject({ email: email(), password: text(200, 1) });
export type SignIn = z.input<typeof signInSchema>;

/** requestPasswordReset. */
export const passwordResetRequestSchema = z.strictObject({ email: email() });

/** The token of a reset link: the shape of what the API sends, nothing else can be one. */
export const RESET_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** resetPassword. */
export const passwordResetSchema = z.strictObject({
  token: z.string('INVALID_TOKEN').regex(RESET_TOKEN, 'INVALID_TOKEN'),
  password: newPassword(),
});
export type PasswordReset = z.input<typeof passwordResetSchema>;

/** A new password typed twice (the reset page). */
export const newPasswordSchema = z
  .strictObject({ password: newPassword(), confirmation: z.string('REQUIRED').min(1, 'REQUIRED') })
  .superRefine((v, ctx) => {
    if (v.password !== v.confirmation) addIssue(ctx, 'confirmation', 'PASSWORD_MISMATCH');
  });

const roleFields = {
  role: oneOf(ROLES),
  collectivityId: id().nullish(),
  auditScope: oneOf(AUDIT_SCOPES).nullish(),
  auditScopeCode: z
    .string('INVALID_TERRITORY_CODE')
    .regex(/^(\d{2,3}|2A|2B)$/, 'INVALID_TERRITORY_CODE')
    .nullish(),
};

/** The longest reason a role request may give. */
export const ROLE_REQUEST_REASON_MAX = 1000;

/** requestRole: who asks says why (free text, shown to those who decide, with the domain of their e-mail). */
export const roleRequestSchema = z.strictObject({ ...roleFields, reason: filledText(ROLE_REQUEST_REASON_MAX) });
export type RoleRequest = z.input<typeof roleRequestSchema>;

/** grantRole (an administrator). */
export const roleGrantSchema = z.strictObject({
  ...roleFields,
  userId: id(),
  reason: filledText(ROLE_REQUEST_REASON_MAX).nullish(),
});

/** decideRoleRequest. */
export const roleDecisionSchema = z.strictObject({ grantId: id(), approve: flag() });

/** followCollectivity. */
export const followSchema = z.strictObject({ collectivityId: id(), digest: flag().nullish() });
export type Follow = z.input<typeof followSchema>;

/** updateMyAccount: the name others see on the dashboard. */
export const accountUpdateSchema = z.strictObject({ displayName: filledText(120, 2) });
export type AccountUpdate = z.input<typeof accountUpdateSchema>;

/**
 * requestEmailChange: the new address, and the current password (an account that signs in only through OpenID
 * Connect has none and sends none). The change applies once the link sent to the new address is opened.
 */
export const emailChangeRequestSchema = z.strictObject({
  newEmail: email(),
  currentPassword: text(200).nullish(),
});
export type EmailChangeRequest = z.input<typeof emailChangeRequestSchema>;

/** confirmEmailChange: the token of the link sent to the new address. */
export const emailChangeConfirmSchema = z.strictObject({
  token: z.string('INVALID_TOKEN').regex(RESET_TOKEN, 'INVALID_TOKEN'),
});

/** changePassword: the current password, and the new one (typed twice on the page). */
export const passwordChangeSchema = z.strictObject({
  currentPassword: text(200, 1),
  newPassword: newPassword(),
});
export type PasswordChange = z.input<typeof passwordChangeSchema>;

/**
 * deleteMyAccount: the person types their e-mail address as the confirmation (the API compares it with the
 * account's: CONFIRMATION_MISMATCH), and their password when the account has one.
 */
export const accountDeletionSchema = z.strictObject({
  confirmation: email(),
  password: text(200).nullish(),
});
export type AccountDeletion = z.input<typeof accountDeletionSchema>;
