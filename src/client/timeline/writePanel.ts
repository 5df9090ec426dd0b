/**
 * Fills the details panel with a copy of the selected event's card from the list (its sources
 * included), or hides it when nothing is selected. Returns the heading to move focus to.
 */
export function writePanel(panel: HTMLElement, item: HTMLElement | undefined): HTMLElement | undefined {
  const body = panel.querySelector<HTMLElement>('.details-body');
  const article = item?.querySelector('article');
  if (!body || !item || !article) {
    // Hidden already (as the page starts, and after most closes): setting it again restyles it.
    if (!panel.hidden) panel.hidden = true;
    return undefined;
  }
  const card = article.cloneNode(true) as HTMLElement;
  // The copy must not repeat the list's ids. A list's card is not named (its title heads it);
  // the panel's copy, alone in its region, is named by its title.
  for (const el of card.querySelectorAll('[id]')) el.id = `details-${el.id}`;
  const title = card.querySelector<HTMLElement>('.event-title');
  if (title) {
    title.id = `details-title-${item.dataset.id}`;
    card.setAttribute('aria-labelledby', title.id);
  }
  body.replaceChildren(card);
  panel.hidden = false;
  return panel.querySelector<HTMLElement>('.event-title') ?? undefined;
}
