// Installs Lectern as a user would (npm pack, then npm install -g of the tarball into a scratch prefix) and reports
// the installed size (du, as the issue measured it), npm's warnings and whether a browser was downloaded.
// Needs the npm registry. Exit code 1 when the install is over 150 MiB, warns, or downloads a browser.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const LIMIT_MIB = 150;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-install-'));
const browserCache = path.join(os.homedir(), '.cache', 'puppeteer');
const hadCache = fs.existsSync(browserCache);
try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').at(-1);
  const prefix = path.join(scratch, 'prefix');
  const install = spawnSync('npm', ['install', '-g', '--no-fund', '--no-audit', '--prefix', prefix, path.join(scratch, tarball)], { cwd: scratch, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.stderr}`);
  const warnings = `${install.stdout}\n${install.stderr}`.split('\n').filter((l) => /\bwarn\b/i.test(l));
  const kib = Number(execFileSync('du', ['-sk', path.join(prefix, 'lib', 'node_modules', 'lectern')], { encoding: 'utf8' }).split('\t')[0]);
  const downloaded = !hadCache && fs.existsSync(browserCache);
  console.log(`installed: ${(kib / 1024).toFixed(1)} MiB (${kib} KiB, du -sk of the package folder with its node_modules); limit ${LIMIT_MIB} MiB`);
  console.log(`npm warnings: ${warnings.length ? `\n  ${warnings.join('\n  ')}` : 'none'}`);
  console.log(`browser downloaded: ${downloaded ? `yes (${browserCache})` : 'no'}`);
  process.exitCode = kib / 1024 > LIMIT_MIB || warnings.length || downloaded ? 1 : 0;
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
