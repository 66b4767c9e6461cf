// Marp's image keywords: sizes and filters become an <img>, `bg` images leave the line for the slide's background.
import { describe, expect, it } from 'vitest';
import { backgroundHtml, marpImages, type MarpBackground } from '../../../../src/outline/dialects/marp-images.js';

const run = (line: string) => {
  const backgrounds: MarpBackground[] = [];
  return { line: marpImages(line, backgrounds), backgrounds };
};

describe('marpImages: inline images', () => {
  it.each([
    ['![a cat](cat.png)', '![a cat](cat.png)'],
    ['![w:200](x.png)', '<img src="x.png" alt="" style="width:200px">'],
    ['![a cat width:50% h:3em](cat.png)', '<img src="cat.png" alt="a cat" style="width:50%;height:3em">'],
    ['![grayscale](x.png)', '<img src="x.png" alt="" style="filter:grayscale(1)">'],
    ['![blur:5px sepia](x.png)', '<img src="x.png" alt="" style="filter:blur(5px) sepia(1)">'],
    ['![w:big](x.png)', '![w:big](x.png)'],
    ['![x](<a b.png>)', '![x](<a b.png>)'],
    ['![q](x.png "title")', '![q](x.png "title")'],
  ])('%j → %j', (input, output) => expect(run(input).line).toBe(output));
  it('escapes what it writes into HTML', () => {
    expect(run('![w:10 "quoted" <b>](x.png)').line).toBe('<img src="x.png" alt="&#34;quoted&#34; &#60;b&#62;" style="width:10px">');
  });
});

describe('marpImages: backgrounds', () => {
  it.each<[string, Partial<MarpBackground>]>([
    ['![bg](a.jpg)', { src: 'a.jpg', size: 'cover' }],
    ['![bg contain](a.jpg)', { src: 'a.jpg', size: 'contain' }],
    ['![bg fit](a.jpg)', { size: 'contain' }],
    ['![bg 40%](a.jpg)', { size: '40%' }],
    ['![bg right](a.jpg)', { side: 'right', width: '50%' }],
    ['![bg left:30%](a.jpg)', { side: 'left', width: '30%' }],
    ['![bg opacity](a.jpg)', { opacity: '.2' }],
    ['![bg opacity:.5 blur](a.jpg)', { opacity: '.5', filter: 'blur(10px)' }],
  ])('%j takes the image out as %j', (input, expected) => {
    const r = run(`before ${input} after`);
    expect(r.line).toBe('before  after');
    expect(r.backgrounds).toHaveLength(1);
    expect(r.backgrounds[0]).toMatchObject(expected);
  });
});

describe('backgroundHtml', () => {
  it('draws nothing without backgrounds', () => expect(backgroundHtml([])).toEqual({ html: '' }));
  it('draws every background as a decorative image, in order', () => {
    const { html, split } = backgroundHtml([{ src: 'a.jpg', size: 'cover' }, { src: 'b.jpg', size: 'auto', opacity: '.5' }]);
    expect(split).toBeUndefined();
    expect(html).toBe('<div class="marp-bgs" aria-hidden="true"><img class="marp-bg" src="a.jpg" alt="" style="object-fit:cover"><img class="marp-bg" src="b.jpg" alt="" style="object-fit:none;opacity:.5"></div>');
  });
  it('gives a split background its side and width', () => {
    const { html, split } = backgroundHtml([{ src: 'a.jpg', size: '40%', side: 'left', width: '30%' }]);
    expect(split).toEqual({ side: 'left', width: '30%' });
    expect(html).toContain('class="marp-bgs marp-bgs-left" style="width:30%"');
    expect(html).toContain('object-fit:scale-down');
  });
});
