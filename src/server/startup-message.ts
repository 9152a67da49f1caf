/** What `npm start` prints once the server listens: where to go and how to sideload. */

export interface StartupFacts {
  url: string;
  caPath?: string;
  certificateSource: 'office-dev-certs' | 'generated';
  manifestPath: string;
  distMissing: boolean;
}

function trustSteps(facts: StartupFacts): string[] {
  if (!facts.caPath) {
    return ['Certificate: the browser will warn about it; trust it for localhost to continue.'];
  }
  if (facts.certificateSource === 'office-dev-certs') {
    return [`Certificate: the Office dev certificate (CA ${facts.caPath}), already trusted.`];
  }
  return [
    `Certificate: trust this local CA once, then restart the browser or Outlook:`,
    `  ${facts.caPath}`,
    '  Windows: certutil -user -addstore Root "<file>"',
    '  macOS:   security add-trusted-cert -r trustRoot \\',
    '             -k ~/Library/Keychains/login.keychain-db "<file>"',
    '  Linux:   add it to the browser\'s "Authorities" in its certificate settings',
    '  (or run `npx office-addin-dev-certs install` and restart this server to use that one)',
  ];
}

export function startupMessage(facts: StartupFacts): string {
  const lines: string[] = [];
  if (facts.distMissing) {
    lines.push('dist/ is missing or empty: run `npm run build:dev` first, then restart.', '');
  }
  lines.push(
    `CRM Tracker is running at ${facts.url}`,
    `  Demo harness (no Outlook needed): ${facts.url}/harness.html`,
    `  Mock CRM Web API:                 ${facts.url}/api/data/v9.2/`,
    '',
    ...trustSteps(facts),
    '',
    `Sideload the add-in with the manifest ${facts.manifestPath}:`,
    '  Outlook on the web: open https://aka.ms/olksideload; in "Add-ins for Outlook" choose',
    '    My add-ins > Custom Addins > Add a custom add-in > Add from File, pick the manifest.',
    '  New Outlook for Windows: the same dialog (https://aka.ms/olksideload in a browser, or',
    '    Apps > Add-ins in Outlook); add-ins follow the account, so one install covers both.',
    '  Classic Outlook for Windows: Home > Get Add-ins (older builds: File > Manage Add-ins) >',
    '    My add-ins > Custom Addins > Add a custom add-in > Add from File.',
    '  Outlook for Mac: Get Add-ins on the ribbon (or ... > Get Add-ins) > My add-ins >',
    '    Custom Addins > Add a custom add-in > Add from File.',
    '  Then open a received message and choose "Open CRM Tracker" in the "Track in CRM" group.',
    '',
    'Press Ctrl+C to stop.',
  );
  return lines.join('\n');
}
