import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from '../../emulator/bundle';

const manifest = JSON.parse(readFileSync(join(DIST_DIR, 'appsscript.json'), 'utf8'));

describe('dist/appsscript.json', () => {
  it('targets V8 with a time zone and exception logging', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(typeof manifest.timeZone).toBe('string');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });

  it('asks for exactly the five scopes of the design, no broader', () => {
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/script.send_mail',
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        // Session.getActiveUser needs it once scopes are listed: whose KRs, who checked in.
        'https://www.googleapis.com/auth/userinfo.email',
      ].sort(),
    );
  });
});

describe('dist/Sidebar.html', () => {
  it('is one self-contained file: no external scripts, styles or fonts', () => {
    const html = readFileSync(join(DIST_DIR, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/@import/);
    expect(html).toContain('<script>');
    expect(html).toContain('<style>');
  });
});

describe('deployment', () => {
  const root = join(__dirname, '..', '..');
  it('creates the project as a standalone script, as an editor add-on must be', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts['deploy:create']).toContain('clasp create --type standalone');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/--type sheets/);
    expect(readme).toContain("installable triggers aren't supported when testing");
  });
});
