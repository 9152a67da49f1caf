import { act, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { messageItem } from './support/messages';
import { renderPane } from './support/render-pane';

jest.setTimeout(20000);

// axe probes icon ligatures with a canvas, which jsdom lacks; without one it skips the probe.
beforeAll(() => {
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('the pane is accessible', () => {
  it('has no axe violations with Set Regarding results open', async () => {
    const { user, container } = await renderPane({
      item: messageItem({ itemId: 'a11y-1', subject: 'Licences' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Set Regarding' }));
    await user.type(await screen.findByRole('searchbox'), 'contoso');
    await screen.findByRole('listbox', { name: 'Matching records' });

    // jsdom does not lay out or paint: contrast cannot be measured here.
    // label-content-name-mismatch is experimental in axe, so it is asked for by name.
    const results = await axe.run(container, {
      rules: {
        'color-contrast': { enabled: false },
        'label-content-name-mismatch': { enabled: true },
      },
    });

    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });

  it('moves through the results with the arrow keys, with one result in the Tab order', async () => {
    const { user } = await renderPane({
      item: messageItem({ itemId: 'a11y-2', subject: 'Licences' }),
    });
    await user.click(await screen.findByRole('button', { name: 'Set Regarding' }));
    await user.type(await screen.findByRole('searchbox'), 'contoso');
    const listbox = await screen.findByRole('listbox', { name: 'Matching records' });
    const options = within(listbox).getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    expect(options.map((option) => option.tabIndex)).toEqual(
      options.map((_, index) => (index === 0 ? 0 : -1)),
    );
    expect(listbox.querySelector('[aria-hidden="true"][tabindex]')).toBeNull();

    act(() => options[0].focus());
    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveFocus();
    expect(options[1]).toHaveAttribute('tabindex', '0');
    expect(options[0]).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(options[options.length - 1]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(options[0]).toHaveFocus();
  });
});
