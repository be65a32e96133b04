// Packages that ship no types of their own, declared as far as this project uses them.
declare module 'markdown-it-container' {
  import type { MarkdownIt, Token } from 'markdown-it';
  interface ContainerOptions {
    validate?: (params: string) => boolean;
    render?: (tokens: Token[], index: number) => string;
    marker?: string;
  }
  export default function markdownItContainer(md: MarkdownIt, name: string, options?: ContainerOptions): void;
}

declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: {
      targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt';
      noHinting?: boolean;
      noLayoutClosure?: boolean;
      keepFeatures?: readonly string[];
      dropTables?: readonly string[];
    },
  ): Promise<Buffer>;
}
