/** Leaves the dashboard for a page the server answers (e.g. a redirect to the identity provider). */
export function leaveTo(url: string): void {
  window.location.assign(url);
}
