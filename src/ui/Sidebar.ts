// The check-in sidebar. Sheet text is only ever set through textContent.
function render(): void {
  const app = document.getElementById('app');
  if (!app) return;
  const spanish = (navigator.language || '').toLowerCase().startsWith('es');
  const heading = document.createElement('h1');
  heading.textContent = spanish ? 'Seguimiento de OKRs' : 'OKR check-in';
  app.replaceChildren(heading);
  app.setAttribute('aria-busy', 'false');
}

render();
