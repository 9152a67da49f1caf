import { screen } from '@testing-library/react';
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
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });

    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
  });
});
