import {
  applyDecorators,
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpCode,
  Inject,
  PayloadTooLargeException,
  type Type,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { ValidationFailedError } from '../errors/domain-error';
import { createValidationPipe } from '../errors/validation.pipe';
import { SameOriginGuard } from './same-origin.guard';
import { ClientThrottlerGuard } from './throttle/client-throttler.guard';

/** What multer keeps of an uploaded part (memory storage). */
export interface UploadedPart {
  buffer: Buffer;
  size: number;
  /** The file's name as the client sent it (never trusted as a path). */
  originalname?: string;
}

/**
 * Multer stops reading past EVIDENCE_MAX_BYTES (every upload is an evidence file, or will be one): answer 413 with
 * the same body as every domain error.
 */
@Catch(PayloadTooLargeException)
export class UploadTooLargeFilter implements ExceptionFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const maxBytes = this.config.evidence.maxBytes;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(413)
      .json({
        maxBytes,
        statusCode: 413,
        code: 'EVIDENCE_FILE_TOO_LARGE',
        message: `The file is larger than ${maxBytes} bytes`,
      });
  }
}

const validation = createValidationPipe();

/** The `input` part of a multipart request: the JSON of a GraphQL input class, validated like one. */
export async function multipartInput<T extends object>(raw: unknown, metatype: Type<T>): Promise<T> {
  const invalid = () => new ValidationFailedError([`input must be the JSON of ${metatype.name}`]);
  let value: unknown;
  try {
    value = JSON.parse(typeof raw === 'string' ? raw : '');
  } catch {
    throw invalid();
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid();
  return (await validation.transform(value, { type: 'body', metatype })) as T;
}

/**
 * A route that receives one uploaded file (multipart part `file`, in memory, at most EVIDENCE_MAX_BYTES as the
 * module's MulterModule sets): same-site only, throttled per client address, 413 past the size, `status` on success.
 */
export const FileUpload = (status: 200 | 201) =>
  applyDecorators(
    UseGuards(SameOriginGuard, ClientThrottlerGuard),
    HttpCode(status),
    UseFilters(UploadTooLargeFilter),
    UseInterceptors(FileInterceptor('file')),
  );

/** The headers of a private file's download (a declared document, a signed form): never cached, never run. */
export const PRIVATE_FILE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cache-Control': 'private, no-store',
} as const;
