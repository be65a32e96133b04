/** One small helper to build the speaker view's DOM with DOM APIs (no HTML strings). */

export interface ElementProps {
  className?: string;
  /** `data-*` attributes, without the prefix: `{ speakerNotes: '' }` → `data-speaker-notes`. */
  data?: Record<string, string>;
  attrs?: Record<string, string>;
  text?: string;
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: readonly Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  for (const [key, value] of Object.entries(props.data ?? {})) node.dataset[key] = value;
  for (const [key, value] of Object.entries(props.attrs ?? {})) node.setAttribute(key, value);
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

/** A button whose text and label come from the strings (see `applySpeakerStrings`). */
export function actionButton(action: string, props: ElementProps = {}, children: readonly Node[] = []): HTMLButtonElement {
  const button = element('button', { ...props, data: { action, ...props.data }, attrs: { type: 'button', ...props.attrs } }, children);
  button.className = ['speaker-button', props.className ?? ''].join(' ').trim();
  return button;
}
