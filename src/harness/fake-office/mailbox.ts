import { FakeOfficeError, splitTail, type AsyncCalls } from './async-calls';
import { EventType } from './enums';
import type { FakeCategory, MailboxState } from './mailbox-state';
import { sameName } from './read-item';

interface MailboxContext {
  calls: AsyncCalls;
  state: MailboxState;
  supports18: boolean;
  owner: { address: string; name: string };
  hostName: string;
  /** The Office-shaped item for the current selection, or null. */
  currentItem(): object | null;
}

type Handler = (event: { type: string }) => void;

/** Office.context.mailbox of the fake, plus the ItemChanged handlers it holds. */
export function createFakeMailbox(context: MailboxContext) {
  const { calls, state } = context;
  const itemChangedHandlers: Handler[] = [];

  const mailbox: Record<string, unknown> = {
    get item() {
      return context.currentItem();
    },
    userProfile: {
      emailAddress: context.owner.address,
      displayName: context.owner.name,
      timeZone: 'UTC',
      accountType: 'enterprise',
    },
    diagnostics: { hostName: context.hostName, hostVersion: '16.0', OWAView: 'ThreeColumns' },
    addHandlerAsync(eventType: string, handler: Handler, ...tail: unknown[]) {
      const { asyncContext, callback } = splitTail<void>(tail);
      calls.run('addHandlerAsync', callback, asyncContext, () => {
        requireItemChanged(eventType);
        itemChangedHandlers.push(handler);
      });
    },
    removeHandlerAsync(eventType: string, ...tail: unknown[]) {
      const { asyncContext, callback } = splitTail<void>(tail);
      calls.run('removeHandlerAsync', callback, asyncContext, () => {
        requireItemChanged(eventType);
        // Mailbox.removeHandlerAsync removes every handler of the event type.
        itemChangedHandlers.length = 0;
      });
    },
  };

  if (context.supports18) {
    mailbox.masterCategories = createMasterCategories(calls, state);
  }

  return {
    mailbox,
    handlerCount: () => itemChangedHandlers.length,
    fireItemChanged() {
      for (const handler of [...itemChangedHandlers]) {
        handler({ type: EventType.ItemChanged });
      }
    },
  };
}

function requireItemChanged(eventType: string): void {
  if (eventType !== EventType.ItemChanged) {
    throw new FakeOfficeError('InvalidEventType', `The fake mailbox has no event ${eventType}.`);
  }
}

function createMasterCategories(calls: AsyncCalls, state: MailboxState) {
  return {
    getAsync(...tail: unknown[]) {
      const { asyncContext, callback } = splitTail<FakeCategory[]>(tail);
      calls.run('masterCategories.getAsync', callback, asyncContext, () =>
        state.masterCategories(),
      );
    },
    addAsync(categories: FakeCategory[], ...tail: unknown[]) {
      const { asyncContext, callback } = splitTail<void>(tail);
      calls.run('masterCategories.addAsync', callback, asyncContext, () => {
        const master = state.masterCategories();
        const duplicate = categories.find((category) =>
          master.some((existing) => sameName(existing.displayName, category.displayName)),
        );
        if (duplicate !== undefined) {
          throw new FakeOfficeError('DuplicateCategory', `"${duplicate.displayName}" exists.`);
        }
        state.setMasterCategories([...master, ...categories.map((c) => ({ ...c }))]);
      });
    },
  };
}
