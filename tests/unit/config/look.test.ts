// Look settings from layered front matter, class file and flags: the last layer wins, mistakes placed on their layer.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLook, type LookLayer } from '../../../src/config/look.js';
import { parseYaml } from '../../../src/config/yaml.js';
import type { LookSettings } from '../../../src/config/schema.js';
import { tempDir } from '../../helpers.js';
import { templatesDir } from '../deck-text.js';

const root = tempDir('lectern-look-');
fs.mkdirSync(path.join(root, 'img'));
fs.writeFileSync(path.join(root, 'img', 'logo.png'), 'png');
fs.writeFileSync(path.join(root, 'img', 'logo-dark.png'), 'png');

/** A layer as written in `file` (YAML text), its paths relative to the project root. */
function layer(file: string, yaml: string): LookLayer {
  const parsed = parseYaml(yaml, file);
  return { settings: parsed.value as LookSettings, file, baseDir: root, locate: parsed.locate };
}
const resolve = (...layers: LookLayer[]) => resolveLook(layers, templatesDir, root);
const where = (r: ReturnType<typeof resolve>) => r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);

describe('resolveLook', () => {
  it('gives the light theme at 1280x720 with 3-up A4 handouts by default', () => {
    const { look } = resolve();
    expect(look).toMatchObject({ theme: { name: 'light' }, width: 1280, height: 720, handout: { layout: '3-up', paper: 'A4' } });
  });
  it('lets a later layer win, key by key, and merges handout settings', () => {
    const { look, diagnostics } = resolve(layer('deck.md', 'theme: dark\nsize: 4:3\nhandout: { layout: 6-up }'), layer('class.yaml', 'theme: contrast\nhandout: { paper: Letter }\nfooter: Bio 101'));
    expect(diagnostics).toEqual([]);
    expect(look).toMatchObject({ theme: { name: 'contrast' }, width: 960, height: 720, footer: 'Bio 101', handout: { layout: '6-up', paper: 'Letter' } });
  });
  it.each([
    ['size: 1600x900', [1600, 900]],
    ['size: { width: 800, height: 600 }', [800, 600]],
    ['size: 16:9', [1280, 720]],
  ])('reads %s', (yaml, [w, h]) => expect(resolve(layer('d.md', yaml)).look).toMatchObject({ width: w, height: h }));
  it('places an unknown theme on every layer that names one, and falls back to light', () => {
    const r = resolve(layer('deck.md', 'theme: drak'), layer('class.yaml', 'title: x\ntheme: dark'));
    expect(where(r)).toEqual(['deck.md:1:8 unknown theme "drak" (did you mean "dark"?)']);
    expect(resolve(layer('deck.md', 'theme: nope')).look!.theme.name).toBe('light');
  });
  it('takes bundled fonts by package or family name and refuses paths and unknown ones', () => {
    expect(resolve(layer('d.md', 'fonts: { body: "Fira Sans", code: "@fontsource/jetbrains-mono" }')).look!.fonts).toMatchObject({ body: 'fira-sans', code: 'jetbrains-mono' });
    const found = where(resolve(layer('d.md', 'fonts:\n  body: ../evil\n  heading: comic-sans')));
    expect(found).toHaveLength(2);
    expect(found).toContain('d.md:2:9 font "../evil" is not a font name: fonts are bundled @fontsource packages such as "source-sans-3", never paths');
    expect(found.find((l) => l.startsWith('d.md:3:12 font "comic-sans" is not bundled'))).toMatch(/install it with "npm install @fontsource\/comic-sans"$/);
  });
  it('resolves a logo inside the project, and refuses remote, missing and outside ones at the setting', () => {
    expect(resolve(layer('c.yaml', 'logo: img/logo.png')).look!.logo).toBe(fs.realpathSync(path.join(root, 'img', 'logo.png')));
    expect(where(resolve(layer('c.yaml', 'logo: https://e.org/l.png')))).toEqual(['c.yaml:1:7 logo must be a local image file: remote images do not show offline']);
    expect(where(resolve(layer('c.yaml', 'logo: img/none.png')))[0]).toMatch(/^c\.yaml:1:7 logo image "img\/none\.png" not found/);
    expect(where(resolve(layer('c.yaml', 'logo: ../../etc/passwd')))).toEqual(['c.yaml:1:7 logo "../../etc/passwd" is outside the project: copy the image into the project folder']);
  });
  it('picks the logo drawn for the theme\'s background and keeps the other for the other tone', () => {
    const light = resolve(layer('c.yaml', 'logo: { light: img/logo.png, dark: img/logo-dark.png }')).look!;
    expect([path.basename(light.logo!), path.basename(light.logoAlt!)]).toEqual(['logo.png', 'logo-dark.png']);
    const dark = resolve(layer('c.yaml', 'theme: dark\nlogo: { light: img/logo.png, dark: img/logo-dark.png }')).look!;
    expect([path.basename(dark.logo!), path.basename(dark.logoAlt!)]).toEqual(['logo-dark.png', 'logo.png']);
  });
  it('remembers where the accent was set, for contrast errors', () => {
    expect(resolve(layer('deck.md', 'title: t'), layer('c.yaml', 'name: x\naccent: "#123456"')).look).toMatchObject({ accent: '#123456', accentOrigin: { file: 'c.yaml', line: 2, column: 9 } });
  });
  it('refuses a templates folder without themes', () => {
    const r = resolveLook([], tempDir('lectern-empty-'), root);
    expect(r.look).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ severity: 'error', message: expect.stringMatching(/^no themes found/) }]);
  });
});
