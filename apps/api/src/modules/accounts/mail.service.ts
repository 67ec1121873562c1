import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail through SMTP_URL; without it (development), writes the message to the log instead. */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  /** Nodemailer is loaded only where SMTP_URL is set: ~3 MB of heap a process without mail would carry (issue 12). */
  private readonly transport: Promise<Transporter> | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const smtpUrl = config.smtpUrl;
    this.transport = smtpUrl ? import('nodemailer').then(({ createTransport }) => createTransport(smtpUrl)) : null;
    // A failed load is reported by the first send; it must not be an unhandled rejection meanwhile.
    this.transport?.catch(() => undefined);
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) {
      this.logger.warn(`SMTP_URL is not set: e-mail to ${mail.to} not sent. Subject: ${mail.subject}\n${mail.text}`);
      return;
    }
    await (await this.transport).sendMail({ from: this.config.mailFrom, ...mail });
  }
}
