// MailApp: both sendEmail forms, recipients (to + cc + bcc) counted against a daily quota
// in the script's time zone; sent mail is recorded in the outbox.
import type { Clock } from '../clock';
import { wallClock } from '../dates';
import { instrument, type Runtime } from '../runtime';
import { kinds } from './kinds';

export interface SentEmail {
  readonly to: string;
  readonly cc?: string;
  readonly bcc?: string;
  readonly replyTo?: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly noReply?: boolean;
  readonly sentAt: Date;
  /** Who ran the execution that sent it. */
  readonly from: string;
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

export class MailState {
  readonly outbox: SentEmail[] = [];
  private usedOnDay = 0;
  private day = '';
  exhausted = false;
  constructor(
    public dailyQuota: number,
    private readonly clock: Clock,
    private readonly timeZone: () => string,
  ) {}
  private today(): string {
    const clock = wallClock(this.clock.nowMs(), this.timeZone());
    return `${clock.year}-${clock.month}-${clock.day}`;
  }
  remaining(): number {
    if (this.exhausted) return 0;
    const today = this.today();
    if (today !== this.day) {
      this.day = today;
      this.usedOnDay = 0;
    }
    return Math.max(0, this.dailyQuota - this.usedOnDay);
  }
  consume(recipients: number): void {
    if (recipients > this.remaining())
      throw new Error('Service invoked too many times for one day: email.');
    this.usedOnDay += recipients;
  }
}

function recipientsOf(...lists: (string | undefined)[]): string[] {
  return lists.flatMap((list) =>
    list
      ? String(list)
          .split(',')
          .map((address) => address.trim())
          .filter(Boolean)
      : [],
  );
}

export function createMailApp(state: MailState, runtime: Runtime, clock: Clock) {
  const app = {
    sendEmail(...args: unknown[]): void {
      let message: Record<string, unknown>;
      if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null)
        message = { ...(args[0] as object) };
      else
        message = { ...((args[3] as object) ?? {}), to: args[0], subject: args[1], body: args[2] };
      const to = message.to === undefined ? '' : String(message.to);
      const recipients = recipientsOf(to, message.cc as string, message.bcc as string);
      if (recipients.length === 0) throw new Error('Failed to send email: no recipient');
      for (const address of recipients)
        if (!EMAIL.test(address)) throw new Error(`Invalid email: ${address}`);
      if (message.subject === undefined) throw new Error('Invalid argument: subject');
      state.consume(recipients.length);
      state.outbox.push({
        to,
        cc: message.cc as string | undefined,
        bcc: message.bcc as string | undefined,
        replyTo: message.replyTo as string | undefined,
        subject: String(message.subject),
        body: message.body === undefined ? '' : String(message.body),
        htmlBody: message.htmlBody === undefined ? undefined : String(message.htmlBody),
        name: message.name === undefined ? undefined : String(message.name),
        noReply: message.noReply === undefined ? undefined : Boolean(message.noReply),
        sentAt: clock.now(),
        from: runtime.current()?.user.email ?? '',
      });
    },
    getRemainingDailyQuota(): number {
      return state.remaining();
    },
  };
  return instrument(
    app,
    'MailApp',
    runtime,
    kinds('mail', (method) => (method === 'sendEmail' ? 'full' : 'document')),
  );
}
