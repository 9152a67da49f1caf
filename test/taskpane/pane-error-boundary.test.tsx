import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PaneErrorBoundary } from '../../src/taskpane/PaneErrorBoundary';

function Broken(): never {
  throw new Error('state.settings is null');
}

describe('the pane when rendering breaks', () => {
  it('shows what happened and a reload button instead of a blank pane', async () => {
    const reported = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const onError = jest.fn();
    const onReload = jest.fn();

    render(
      <FluentProvider theme={webLightTheme}>
        <PaneErrorBoundary onError={onError} onReload={onReload}>
          <Broken />
        </PaneErrorBoundary>
      </FluentProvider>,
    );

    expect(screen.getByText('The task pane stopped working.')).toBeInTheDocument();
    expect(screen.getByText(/state\.settings is null/)).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(
      'The task pane stopped working.',
      'Error: state.settings is null',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reload the pane' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    reported.mockRestore();
  });

  it('renders the pane itself while nothing breaks', () => {
    render(
      <PaneErrorBoundary onError={jest.fn()}>
        <p>Pane content</p>
      </PaneErrorBoundary>,
    );
    expect(screen.getByText('Pane content')).toBeInTheDocument();
  });
});
