import { detectHostProblem } from '../outlook/host-problem';
import { mountTaskpane } from './mount';

/** The element the pane renders into: #root from taskpane.html, created when missing. */
export function paneContainer(doc: Document = document): HTMLElement {
  const existing = doc.getElementById('root');
  if (existing) {
    return existing;
  }
  const created = doc.createElement('div');
  created.id = 'root';
  doc.body.append(created);
  return created;
}

/** Shows the pane, or one plain sentence saying why it cannot run in this host. */
export function startTaskpane(office: typeof Office | undefined, container: HTMLElement): void {
  const problem = detectHostProblem(office);
  if (problem !== null || office === undefined) {
    const paragraph = container.ownerDocument.createElement('p');
    paragraph.setAttribute('role', 'alert');
    paragraph.textContent = problem ?? 'Office.js is not loaded.';
    container.replaceChildren(paragraph);
    return;
  }
  mountTaskpane(container, office);
}
