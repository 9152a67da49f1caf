/**
 * The manifest's FunctionFile. The only ribbon button opens the task pane (ShowTaskpane), so no
 * function commands are registered; Office still loads this page and waits for it to initialise.
 */
void Office.onReady(() => undefined);

export {};
