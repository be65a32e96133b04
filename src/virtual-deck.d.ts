declare module 'virtual:deck' {
  import type { DeckShell } from './model';
  const deck: DeckShell;
  export default deck;
}

declare module 'virtual:deck-fonts.css';
