import { lazyPart } from './lazy-part';

// Each part is its own chunk: the first paint pays for none of them (see `npm run size`).

/** Set Regarding: the search box and the grouped results. */
export const regardingSearchPart = lazyPart(
  () =>
    import(/* webpackChunkName: "regarding-search" */ './RegardingSearch').then(
      (module) => module.RegardingSearch,
    ),
  { title: 'Set Regarding' },
);

/** The dialog that asks before Untrack deletes the email activity. */
export const untrackDialogPart = lazyPart(
  () =>
    import(/* webpackChunkName: "untrack-dialog" */ './UntrackDialog').then(
      (module) => module.UntrackDialog,
    ),
  { title: 'Untrack' },
);

/** The Diagnostics disclosure at the foot of the pane. */
export const diagnosticsPart = lazyPart(
  () =>
    import(/* webpackChunkName: "diagnostics" */ './DiagnosticsPanel').then(
      (module) => module.DiagnosticsPanel,
    ),
  { title: 'Diagnostics' },
);

/** The Options view (personal options and the organization's settings). */
export const optionsPart = lazyPart(
  () =>
    import(/* webpackChunkName: "options" */ './options/OptionsView').then(
      (module) => module.default,
    ),
  { title: 'Options' },
);
