declare module 'virtual:deck' {
  import type { Deck } from './model';
  const deck: Deck;
  export default deck;
}
