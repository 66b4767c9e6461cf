// smartypants ships no types: the one function Lectern uses.
declare module 'smartypants' {
  /** SmartyPants on HTML (tags, <pre>, <code> left alone), returning Unicode characters rather than entities. */
  export function smartypantsu(text: string, options?: string | number): string;
}
