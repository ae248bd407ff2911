// The shared send loop: the quota goes to the nearest due first (the sheet's order on a
// tie, never the alphabet), each outcome is recorded before the next send, a failed
// record after a send is remembered and stops the run, and the time budget is honoured.
import { type DeliveryPorts, deliver, SEND_TIME_BUDGET_MS } from '../../src/core/delivery';

interface Item {
  readonly to: string;
  readonly due: string;
  readonly order: number;
}

function ports(
  options: { quota?: number; failSend?: string; failRecord?: string; msPerSend?: number } = {},
) {
  const events: string[] = [];
  let quota = options.quota ?? 100;
  let clock = 0;
  const port: DeliveryPorts<Item> = {
    remainingQuota: () => quota,
    send(item) {
      clock += options.msPerSend ?? 0;
      if (item.to === options.failSend) throw new Error('Service error: Mail');
      quota--;
      events.push(`send ${item.to}`);
    },
    record(item, outcome, detail) {
      if (item.to === options.failRecord) throw new Error('Service Spreadsheets failed');
      events.push(`record ${item.to} ${outcome}${detail ? ` ${detail}` : ''}`);
    },
    rememberSent: (item) => events.push(`remember ${item.to}`),
    elapsedMs: () => clock,
  };
  return { port, events };
}

// Addresses that sort first alphabetically are due last.
const ITEMS: Item[] = [
  { to: 'aaa@x.example', due: '2026-03-20', order: 2 },
  { to: 'zed@x.example', due: '2026-03-05', order: 9 },
  { to: 'mia@x.example', due: '2026-03-05', order: 4 },
  { to: 'bob@x.example', due: '2026-03-10', order: 1 },
];

describe('deliver', () => {
  it('spends the quota on the nearest due first, the sheet order on a tie, recording each send before the next', () => {
    const { port, events } = ports({ quota: 2 });
    const result = deliver(ITEMS, port);
    expect(events).toEqual([
      'send mia@x.example',
      'record mia@x.example sent',
      'send zed@x.example',
      'record zed@x.example sent',
    ]);
    expect(result.overQuota.map((item) => item.to)).toEqual(['bob@x.example', 'aaa@x.example']);
  });

  it('records a failed send and goes on with the others', () => {
    const { port, events } = ports({ failSend: 'zed@x.example' });
    const result = deliver(ITEMS, port);
    expect(events).toContain('record zed@x.example failed Service error: Mail');
    expect(result.sent.map((item) => item.to)).toEqual([
      'mia@x.example',
      'bob@x.example',
      'aaa@x.example',
    ]);
    expect(result.failed).toBe(1);
  });

  it('remembers a send whose record failed, and stops: nothing more goes out', () => {
    const { port, events } = ports({ failRecord: 'zed@x.example' });
    expect(() => deliver(ITEMS, port)).toThrow('Service Spreadsheets failed');
    expect(events).toEqual([
      'send mia@x.example',
      'record mia@x.example sent',
      'send zed@x.example',
      'remember zed@x.example',
    ]);
  });

  it('starts no send once the time budget is used, leaving the rest for the next run', () => {
    const { port, events } = ports({ msPerSend: SEND_TIME_BUDGET_MS / 2 });
    const result = deliver(ITEMS, port);
    expect(events.filter((event) => event.startsWith('send'))).toHaveLength(2);
    expect(result.overTime.map((item) => item.to)).toEqual(['bob@x.example', 'aaa@x.example']);
  });
});
