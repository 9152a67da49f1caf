/** The harness page's CSS: an Outlook-like three-column layout (list, reading pane, task pane). */
export const HARNESS_CSS = `
body { margin: 0; font-family: "Segoe UI", system-ui, sans-serif; font-size: 14px; color: #242424; }
.harness { display: grid; grid-template-columns: minmax(240px, 340px) 1fr 350px; height: 100vh; }
.harness-column { overflow: auto; border-right: 1px solid #e0e0e0; }
.harness-column > header { padding: 8px 12px; border-bottom: 1px solid #e0e0e0;
  background: #f5f5f5; }
.harness-column h1 { font-size: 16px; margin: 0 0 4px; }
.harness-group h2 { font-size: 13px; margin: 12px 12px 4px; text-transform: uppercase;
  color: #616161; }
.harness-count { font-weight: normal; }
.harness-list { list-style: none; margin: 0; padding: 0; }
.harness-message { display: flex; flex-direction: column; gap: 2px; width: 100%; text-align: left;
  padding: 8px 12px; border: 0; border-left: 3px solid transparent; background: none; font: inherit;
  cursor: pointer; }
.harness-message:hover { background: #f0f0f0; }
.harness-message[aria-current="true"] { background: #e6f0fb; border-left-color: #0f6cbd; }
.harness-message:focus-visible { outline: 2px solid #0f6cbd; outline-offset: -2px; }
.harness-subject { font-weight: 600; overflow-wrap: anywhere; }
.harness-people { color: #424242; overflow-wrap: anywhere; }
.harness-badges { display: flex; flex-wrap: wrap; gap: 4px; }
.harness-badge { font-size: 11px; padding: 0 6px; border-radius: 8px; background: #ebebeb; }
.harness-category { background: #d1f0d1; color: #0e4a0e; }
.harness-drop { margin: 8px 12px; padding: 8px; border: 1px dashed #8a8a8a; border-radius: 4px; }
.harness-drop-active { background: #e6f0fb; border-color: #0f6cbd; }
.harness-drop label { display: block; margin-bottom: 4px; }
.harness-reading { padding: 12px 16px; }
.harness-headers { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
.harness-headers dt { color: #616161; }
.harness-headers dd { margin: 0; overflow-wrap: anywhere; }
.harness-body { white-space: pre-wrap; font-family: inherit; border-top: 1px solid #e0e0e0;
  padding-top: 8px; }
.harness-problems, .harness-empty { color: #616161; }
.harness-pane { width: 350px; overflow: auto; border-right: 0; }
`;
