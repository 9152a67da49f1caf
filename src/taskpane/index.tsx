import { paneContainer, startTaskpane } from './start';

/** Office entry: waits for Office.js, then shows the pane or says why it cannot run here. */
const office = (globalThis as { Office?: typeof Office }).Office;
if (office) {
  void office.onReady(() => startTaskpane(office, paneContainer()));
} else {
  startTaskpane(undefined, paneContainer());
}
