// reveal.js 6.0.2 ships these methods but not their types.
import 'reveal.js';

declare module 'reveal.js' {
  interface RevealApi {
    toggleScrollView(override?: boolean): void;
    isScrollView(): boolean;
    isPrintView(): boolean;
  }
}
