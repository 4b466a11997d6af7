export function mountTarget(): HTMLElement {
  const target = document.getElementById('app');
  if (!target) throw new Error('The page has no #app element to mount the UI into');
  return target;
}
