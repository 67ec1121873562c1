export const PASSWORD_MIN_LENGTH = 10;

export type FieldProblem = 'required' | 'email' | 'passwordLength' | 'passwordMismatch' | null;

/** Checks the sign-in and sign-up fields as the API does (SignUpInput: a password of at least 10 characters). */
export function checkEmail(value: string): FieldProblem {
  if (value.trim() === '') return 'required';
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : 'email';
}

export function checkPassword(value: string, forSignUp: boolean): FieldProblem {
  if (value === '') return 'required';
  return forSignUp && value.length < PASSWORD_MIN_LENGTH ? 'passwordLength' : null;
}

export function checkRequired(value: string): FieldProblem {
  return value.trim() === '' ? 'required' : null;
}

export interface NewPasswordForm {
  password: string;
  confirmation: string;
}

/** A new password (reset link): the sign-up rule, typed twice the same. */
export function checkNewPassword(f: NewPasswordForm): Record<keyof NewPasswordForm, FieldProblem> {
  return {
    password: checkPassword(f.password, true),
    confirmation: f.confirmation === '' ? 'required' : f.confirmation !== f.password ? 'passwordMismatch' : null,
  };
}

/** The shape of the token in a reset link (ResetPasswordInput): anything else cannot be a link the API sent. */
export function isResetToken(token: string | null): token is string {
  return token !== null && /^[A-Za-z0-9_-]{20,100}$/.test(token);
}
