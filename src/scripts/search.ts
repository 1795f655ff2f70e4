// Starts Pagefind's UI on the search page. The bundle path and base URL come from data
// attributes so the same script works at the root or under a sub-path.
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => unknown;
  }
}

const element = document.querySelector<HTMLElement>('#search');
if (element && window.PagefindUI) {
  new window.PagefindUI({
    element: '#search',
    bundlePath: element.dataset.bundlePath,
    baseUrl: element.dataset.baseUrl,
    showImages: false,
    showSubResults: false,
    autofocus: true,
  });
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) {
    const input = element.querySelector<HTMLInputElement>('input');
    if (input) {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
}

export {};
