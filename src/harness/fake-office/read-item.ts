import { FakeOfficeError, splitTail, type AsyncCalls } from './async-calls';
import type { FakeMessageItem } from './fake-message-item';
import type { FakeCategory, MailboxState } from './mailbox-state';
import { MailboxEnums } from './enums';

interface ReadItemContext {
  calls: AsyncCalls;
  state: MailboxState;
  /** Mailbox 1.8 or later: internet headers and categories exist. */
  supports18: boolean;
}

/** The Office-shaped read-mode message for one FakeMessageItem (what mailbox.item returns). */
export function createReadItem(message: FakeMessageItem, context: ReadItemContext): object {
  const { calls } = context;
  const itemId = message.itemId;

  const item: Record<string, unknown> = {
    itemId,
    itemType: MailboxEnums.ItemType.Message,
    subject: message.subject,
    normalizedSubject: message.subject,
    internetMessageId: message.internetMessageId,
    from: copyAddress(message.from),
    sender: copyAddress(message.sender),
    to: message.to.map((address) => ({ ...address })),
    cc: message.cc.map((address) => ({ ...address })),
    dateTimeCreated: new Date(message.dateTimeCreated),
    dateTimeModified: new Date(message.dateTimeModified),
    conversationId: message.conversationId,
    attachments: message.attachments.map((attachment) => ({ ...attachment })),
    body: {
      getAsync(coercionType: string, ...tail: unknown[]) {
        const { asyncContext, callback } = splitTail<string>(tail);
        calls.run('body.getAsync', callback, asyncContext, () =>
          coercionType === 'text' ? htmlToText(message.bodyHtml) : message.bodyHtml,
        );
      },
    },
    loadCustomPropertiesAsync(callback: (result: unknown) => void, userContext?: unknown) {
      calls.run('loadCustomPropertiesAsync', callback, userContext, () =>
        createCustomProperties(itemId, context),
      );
    },
  };

  if (context.supports18) {
    item.getAllInternetHeadersAsync = (...tail: unknown[]) => {
      const { asyncContext, callback } = splitTail<string>(tail);
      calls.run(
        'getAllInternetHeadersAsync',
        callback,
        asyncContext,
        () => message.internetHeaders,
      );
    };
    item.categories = createItemCategories(itemId, context);
  }
  return item;
}

function createCustomProperties(itemId: string, { calls, state }: ReadItemContext) {
  // A loaded copy, as in Office: changes reach the item only through saveAsync.
  const values = { ...state.item(itemId).customProperties };
  return {
    get: (name: string) => values[name],
    getAll: () => ({ ...values }),
    set(name: string, value: unknown) {
      values[name] = String(value);
    },
    remove(name: string) {
      delete values[name];
    },
    saveAsync(callback?: (result: unknown) => void, asyncContext?: unknown) {
      calls.run('customProperties.saveAsync', callback, asyncContext, () => {
        state.setItem(itemId, { ...state.item(itemId), customProperties: { ...values } });
      });
    },
  };
}

function createItemCategories(itemId: string, { calls, state }: ReadItemContext) {
  const details = (names: string[]): FakeCategory[] => {
    const master = state.masterCategories();
    return names.map((name) => ({
      displayName: name,
      color: master.find((category) => sameName(category.displayName, name))?.color ?? 'None',
    }));
  };

  return {
    getAsync(...tail: unknown[]) {
      const { asyncContext, callback } = splitTail<FakeCategory[]>(tail);
      calls.run('categories.getAsync', callback, asyncContext, () =>
        details(state.item(itemId).categories),
      );
    },
    addAsync(names: string[], ...tail: unknown[]) {
      const { asyncContext, callback } = splitTail<void>(tail);
      calls.run('categories.addAsync', callback, asyncContext, () => {
        const master = state.masterCategories();
        const unknown = names.find((name) => !master.some((c) => sameName(c.displayName, name)));
        if (unknown !== undefined) {
          throw new FakeOfficeError('InvalidCategory', `"${unknown}" is not a master category.`);
        }
        const current = state.item(itemId);
        const added = names.filter((name) => !current.categories.some((c) => sameName(c, name)));
        state.setItem(itemId, { ...current, categories: [...current.categories, ...added] });
      });
    },
    removeAsync(names: string[], ...tail: unknown[]) {
      const { asyncContext, callback } = splitTail<void>(tail);
      calls.run('categories.removeAsync', callback, asyncContext, () => {
        const current = state.item(itemId);
        const kept = current.categories.filter((c) => !names.some((name) => sameName(c, name)));
        state.setItem(itemId, { ...current, categories: kept });
      });
    },
  };
}

export function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

function copyAddress<T extends object>(address: T | null): T | null {
  return address === null ? null : { ...address };
}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
