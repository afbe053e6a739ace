import nodemailer, { type Transporter } from 'nodemailer';

// E-mail over SMTP with nodemailer. One pooled transport per SMTP URL, made on first use.

export interface Email {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: string; contentType: string }[];
}

const transports = new Map<string, Transporter>();

export class Mailer {
  constructor(
    private readonly smtpUrl: string,
    private readonly from: string,
  ) {}

  private transport(): Transporter {
    let t = transports.get(this.smtpUrl);
    if (!t) {
      t = nodemailer.createTransport(smtpOptions(this.smtpUrl));
      transports.set(this.smtpUrl, t);
    }
    return t;
  }

  /** Resolves once the server accepted the message; throws otherwise (the job is retried). */
  async send(mail: Email): Promise<string> {
    const info = await this.transport().sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text, attachments: mail.attachments });
    return String(info.messageId ?? '');
  }
}

/** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start). */
export function smtpOptions(url: string) {
  const u = new URL(url);
  const secure = u.protocol === 'smtps:';
  return {
    host: u.hostname,
    port: Number(u.port || (secure ? 465 : 587)),
    secure,
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
    connectionTimeout: 5000,
    greetingTimeout: 5000,
    socketTimeout: 10_000,
  };
}

export function closeMailers(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}
