// Thin adapter over MailApp for the 1:1 reminders.
import type { ReminderEmail } from '../core/reminders/email';
import type { MailPort } from '../core/reminders/run';

/** Name shown as the sender; the address is the account that set up the reminders. */
const SENDER_NAME = 'OKR Sheets';

export function mailPort(): MailPort {
  return {
    remainingQuota: () => MailApp.getRemainingDailyQuota(),
    send(email: ReminderEmail) {
      MailApp.sendEmail({
        to: email.to,
        subject: email.subject,
        body: email.body,
        htmlBody: email.htmlBody,
        name: SENDER_NAME,
      });
    },
  };
}
