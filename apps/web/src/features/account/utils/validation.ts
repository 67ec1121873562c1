export const PASSWORD_MIN_LENGTH = 10;

export type FieldProblem = 'required' | 'email' | 'passwordLength' | null;

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
