import {
  accountDeletionSchema,
  accountUpdateSchema,
  emailChangeRequestSchema,
  newPasswordSchema,
  passwordChangeSchema,
  PASSWORD_MIN_LENGTH,
  passwordResetRequestSchema,
  RESET_TOKEN,
  signInSchema,
  signUpSchema,
} from '@pacte/pact';
import { formProblems, type FormProblems } from '../../../lib/rules';

/** The account forms check what they would send with the rulebook's schemas (libs/pact/src/rules/account.ts). */
export { PASSWORD_MIN_LENGTH };

export interface AuthForm {
  displayName: string;
  email: string;
  password: string;
}

/** signUp (a password of PASSWORD_MIN_LENGTH characters or more, a display name), or signIn. */
export function checkAuthForm(f: AuthForm, signUp: boolean): FormProblems<AuthForm> {
  const email = f.email.trim();
  return signUp
    ? formProblems<AuthForm>(signUpSchema, { ...f, email })
    : formProblems<AuthForm>(signInSchema, { email, password: f.password });
}

/** requestPasswordReset. */
export function checkEmailForm(f: { email: string }): FormProblems<{ email: string }> {
  return formProblems<{ email: string }>(passwordResetRequestSchema, { email: f.email.trim() });
}

export interface NewPasswordForm {
  password: string;
  confirmation: string;
}

/** A new password (reset link): the sign-up rule, typed twice the same. */
export function checkNewPassword(f: NewPasswordForm): FormProblems<NewPasswordForm> {
  return formProblems<NewPasswordForm>(newPasswordSchema, f);
}

/** The shape of the token in a reset link (resetPassword): anything else cannot be a link the API sent. */
export function isResetToken(token: string | null): token is string {
  return token !== null && RESET_TOKEN.test(token);
}

/** updateMyAccount. */
export function checkNameForm(f: { displayName: string }): FormProblems<{ displayName: string }> {
  return formProblems<{ displayName: string }>(accountUpdateSchema, f);
}

export interface EmailChangeForm {
  newEmail: string;
  currentPassword: string;
}

/** requestEmailChange. */
export function checkEmailChangeForm(f: EmailChangeForm): FormProblems<EmailChangeForm> {
  return formProblems<EmailChangeForm>(emailChangeRequestSchema, { ...f, newEmail: f.newEmail.trim() });
}

export interface PasswordChangeForm {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

/** changePassword: the current password, the new one as the sign-up's, typed twice the same. */
export function checkPasswordChangeForm(f: PasswordChangeForm): FormProblems<PasswordChangeForm> {
  return {
    ...formProblems<PasswordChangeForm>(
      newPasswordSchema,
      { password: f.newPassword, confirmation: f.confirmation },
      {
        password: 'newPassword',
      },
    ),
    ...formProblems<PasswordChangeForm>(passwordChangeSchema, {
      currentPassword: f.currentPassword,
      newPassword: f.newPassword,
    }),
  };
}

export interface DeletionForm {
  confirmation: string;
  password: string;
}

/** deleteMyAccount: the e-mail address typed again (the API compares it with the account's), the password. */
export function checkDeletionForm(f: DeletionForm): FormProblems<DeletionForm> {
  return formProblems<DeletionForm>(accountDeletionSchema, {
    confirmation: f.confirmation.trim(),
    password: f.password,
  });
}
