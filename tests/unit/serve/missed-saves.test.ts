// A save chokidar's throttle dropped is reported once the window has passed; an unchanged file is not.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchForMissedSaves } from '../../../src/serve/missed-saves.js';
import { tempDir } from '../../helpers.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchForMissedSaves', () => {
  it('reports a file that changed again after the reported change, and only that one', async () => {
    const dir = tempDir('lectern-missed-');
    const [changed, still] = ['a.md', 'b.md'].map((f) => path.join(dir, f));
    fs.writeFileSync(changed!, 'one');
    fs.writeFileSync(still!, 'one');
    const reported: string[] = [];
    const watch = watchForMissedSaves((f) => reported.push(f), 20);
    watch.changed(changed!);
    watch.changed(still!);
    fs.writeFileSync(changed!, 'two, longer');
    await wait(80);
    watch.close();
    expect(reported).toEqual([changed]);
  });
  it('says nothing for a file removed meanwhile, or after close', async () => {
    const dir = tempDir('lectern-missed-');
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'x');
    const reported: string[] = [];
    const watch = watchForMissedSaves((f) => reported.push(f), 20);
    watch.changed(file);
    fs.rmSync(file);
    const other = path.join(dir, 'b.md');
    fs.writeFileSync(other, 'x');
    watch.changed(other);
    watch.close();
    fs.writeFileSync(other, 'changed after close');
    await wait(60);
    expect(reported).toEqual([]);
  });
});
