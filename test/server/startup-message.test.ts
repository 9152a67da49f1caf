import { startupMessage, type StartupFacts } from '../../src/server/startup-message';

const facts: StartupFacts = {
  url: 'https://localhost:3000',
  caPath: '/repo/.data/certs/ca.crt',
  certificateSource: 'generated',
  manifestPath: '/repo/dist/manifest.xml',
  distMissing: false,
};

describe('startupMessage', () => {
  it('gives the harness URL, the CA to trust and the manifest to sideload', () => {
    const text = startupMessage(facts);
    expect(text).toContain('https://localhost:3000/harness.html');
    expect(text).toContain('/repo/.data/certs/ca.crt');
    expect(text).toContain('/repo/dist/manifest.xml');
  });

  it.each([
    'Outlook on the web',
    'New Outlook for Windows',
    'Classic Outlook for Windows',
    'Outlook for Mac',
  ])('has sideloading steps for %s', (client) => {
    expect(startupMessage(facts)).toContain(client);
  });

  it('says to build first when dist/ is missing, and only then', () => {
    expect(startupMessage({ ...facts, distMissing: true })).toMatch(/npm run build:dev/);
    expect(startupMessage(facts)).not.toMatch(/npm run build:dev/);
  });

  it('does not ask to trust anything new when the Office dev certificate is used', () => {
    const text = startupMessage({ ...facts, certificateSource: 'office-dev-certs' });
    expect(text).toMatch(/already trusted/);
    expect(text).not.toMatch(/certutil/);
  });

  it('keeps lines within 100 columns', () => {
    for (const line of startupMessage(facts).split('\n'))
      expect(line.length).toBeLessThanOrEqual(100);
  });
});
