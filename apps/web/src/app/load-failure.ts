/**
 * What a visit shows when the dashboard's first chunks cannot load (the connection dropped, or a release replaced
 * them while an old page was open): both languages, since the messages are what failed to load, and a way to try
 * again. Plain DOM, outside React: nothing else of the dashboard is there.
 */
export function showLoadFailure(root: HTMLElement): void {
  const box = document.createElement('main');
  box.id = 'main';
  box.className = 'load-failure';
  box.setAttribute('role', 'alert');
  const lines: [lang: string, text: string, again: string][] = [
    [
      'fr',
      'Le tableau de bord n’a pas pu se charger (connexion interrompue, ou une nouvelle version publiée entre-temps).',
      'Recharger la page',
    ],
    [
      'en',
      'The dashboard could not load (the connection dropped, or a new version was published meanwhile).',
      'Reload',
    ],
  ];
  for (const [lang, text, again] of lines) {
    const paragraph = document.createElement('p');
    paragraph.lang = lang;
    paragraph.append(text, ' ');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = again;
    button.addEventListener('click', () => window.location.reload());
    paragraph.append(button);
    box.append(paragraph);
  }
  root.replaceChildren(box);
}
