import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';

/** What body-parser throws (an `http-errors` error with a `type`): matched by shape, whichever copy made it. */
export class BodyParserError extends Error {
  declare status: number;
  declare type: string;
  static override [Symbol.hasInstance](value: unknown): boolean {
    const error = value as { type?: unknown; status?: unknown } | null;
    return (
      typeof error?.type === 'string' &&
      /^(entity|encoding|charset|request)\./.test(error.type) &&
      typeof error.status === 'number'
    );
  }
}

const CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * A request body refused before it reaches a route (over the JSON limit of 100 KiB, an unknown charset…): JSON
 * `{ statusCode, code, message }` with body-parser's status, instead of a logged "unexpected" error.
 */
@Catch(BodyParserError)
export class BodyParserErrorFilter implements ExceptionFilter {
  catch(exception: BodyParserError, host: ArgumentsHost): void {
    const statusCode = exception.status >= 400 && exception.status < 500 ? exception.status : 400;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(statusCode)
      .json({ statusCode, code: CODES[statusCode] ?? 'BAD_REQUEST', message: exception.message });
  }
}
