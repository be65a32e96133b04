/**
 * Registers the built site's service worker (`sw.js`, see `src/offline/service-worker.ts`), so that
 * after one visit the talk reads offline. Only in a build served over http(s): not in the dev
 * server, not from `file://` (the single-file export needs none), and not in the print view.
 */
export function keepForOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !/^https?:$/.test(window.location.protocol)) return;
  // After the page has loaded, so the worker's downloads never compete with the first slide.
  const register = (): void => {
    navigator.serviceWorker.register(new URL('sw.js', document.baseURI)).catch((error: unknown) => {
      console.warn('The talk could not be kept for offline reading:', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
