/** Wires the speaker view's buttons and keys to the controller; returns the unsubscribe. */
import type { NavigationCommand } from '../deck/speaker-link';
import type { SpeakerController } from './speaker-controller';
import { bindSpeakerKeys } from './speaker-keys';
import type { SpeakerView } from './speaker-view';

export function bindSpeakerControls(view: SpeakerView, controller: SpeakerController, target: Window): () => void {
  const navigate = (command: NavigationCommand) => (): void => controller.navigate(command);
  const bindings: [HTMLElement, () => void][] = [
    [view.header.prev, navigate('prev')],
    [view.header.next, navigate('next')],
    [view.pace.toggle, () => controller.toggleTimer()],
    [view.pace.reset, () => controller.resetTimer()],
  ];
  for (const [button, onClick] of bindings) button.addEventListener('click', onClick);
  const unbindKeys = bindSpeakerKeys(target, (action) => {
    if (action.kind === 'navigate') controller.navigate(action.command, action.skipFragments);
    else view.notes.resize(action.step);
  });
  return () => {
    for (const [button, onClick] of bindings) button.removeEventListener('click', onClick);
    unbindKeys();
  };
}
