import { env, type Env } from '../server/env';

/**
 * Whether mail reaches anyone: only through SMTP_URL. Without it (development; production refuses to start)
 * mails are written to .eml files, so no page may tell a reader "we have emailed you".
 */
export function mailReachesPeople(config: Pick<Env, 'SMTP_URL'> = env()): boolean {
  return Boolean(config.SMTP_URL);
}

/** Said instead of "we have emailed you" when mail is only written to files. */
export const NO_MAIL_SENT = 'No email was sent: this server has no mail set up.';
