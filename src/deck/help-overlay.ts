/** The `?` overlay: every key, in the talk's current language. */
import type { Lang } from '../model';
import { ui } from '../ui-strings';
import { createPanel, type Panel } from './dialog';
import { KEY_HELP } from './keys';

export function createHelpOverlay(lang: Lang): Panel {
  const panel = createPanel(lang, { name: 'help', title: ui(lang, 'help') });
  const table = document.createElement('table');
  table.className = 'deck-keys';
  for (const entry of KEY_HELP) {
    const row = table.insertRow();
    const keys = row.insertCell();
    for (const key of entry.keys) {
      const kbd = document.createElement('kbd');
      kbd.textContent = key;
      keys.appendChild(kbd);
    }
    row.insertCell().textContent = ui(lang, entry.label);
  }
  panel.body.appendChild(table);
  return panel;
}
