import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readmeWithSettingsReference } from '../../scripts/readme-settings';

const readme = readFileSync(resolve(__dirname, '..', '..', 'README.md'), 'utf8');
const packageJson = JSON.parse(
  readFileSync(resolve(__dirname, '..', '..', 'package.json'), 'utf8'),
);

describe('README', () => {
  it('carries the settings reference generated from the code (npm run docs:settings)', () => {
    expect(readmeWithSettingsReference(readme)).toBe(readme);
  });

  it.each(['start', 'test', 'build', 'explain', 'validate', 'validate:online', 'size', 'lint'])(
    'documents `npm run %s`, which exists',
    (script) => {
      expect(packageJson.scripts[script]).toBeDefined();
      const spelled =
        script === 'start' || script === 'test' ? `npm ${script}` : `npm run ${script}`;
      expect(readme).toContain(spelled);
    },
  );
});
