// Marp directives: loose YAML, comments read as directives or presenter notes, local directives carried over.
import { describe, expect, it } from 'vitest';
import { globalDirectives, LocalDirectives, looseYaml, readComment } from '../../../../src/outline/dialects/marp-directives.js';

describe('looseYaml', () => {
  it.each([
    ['backgroundColor: #fff', 'backgroundColor: "#fff"'],
    ['style: @import url(x.css)', 'style: "@import url(x.css)"'],
    ['_color: red', '_color: "red"'],
    ['paginate: true', 'paginate: true'],
    ['headingDivider: 2', 'headingDivider: 2'],
    ['header: "quoted"', 'header: "quoted"'],
    ['style: |', 'style: |'],
    ['title: [a, b]', 'title: [a, b]'],
    ['unknownKey: #fff', 'unknownKey: #fff'],
  ])('%j → %j', (input, output) => expect(looseYaml(input)).toBe(output));
});

describe('readComment', () => {
  it('reads a directive comment as directives (spot directives keep their underscore)', () => {
    expect(readComment(' _class: lead ')).toEqual({ directives: { _class: 'lead' } });
    expect(readComment('paginate: true\nbackgroundColor: #000')).toEqual({ directives: { paginate: true, backgroundColor: '#000' } });
  });
  it('reads any other comment as a presenter note', () => {
    expect(readComment(' Say hello first. ')).toEqual({ directives: {}, note: 'Say hello first.' });
    expect(readComment('note: not a directive key')).toEqual({ directives: {}, note: 'note: not a directive key' });
  });
  it('takes neither "fit" nor an empty comment for a note', () => {
    expect(readComment('fit')).toEqual({ directives: {} });
    expect(readComment('   ')).toEqual({ directives: {} });
  });
});

describe('LocalDirectives', () => {
  it('carries local directives to the next slides; spot ones apply to one slide only', () => {
    const locals = new LocalDirectives({ paginate: true, theme: 'gaia' });
    expect(locals.slide([])).toEqual({ paginate: true });
    expect(locals.slide([{ directives: { class: 'lead', _backgroundColor: '#000' } }])).toEqual({ paginate: true, class: 'lead', backgroundColor: '#000' });
    expect(locals.slide([])).toEqual({ paginate: true, class: 'lead' });
    expect(locals.slide([{ directives: { _paginate: false } }])).toEqual({ paginate: false, class: 'lead' });
    expect(locals.slide([])).toEqual({ paginate: true, class: 'lead' });
  });
});

describe('globalDirectives', () => {
  it('keeps only global keys, the last one winning', () => {
    expect(globalDirectives([{ directives: { theme: 'gaia', class: 'x' } }, { directives: { theme: 'uncover', size: '4:3' } }])).toEqual({ theme: 'uncover', size: '4:3' });
  });
});
