/**
 * A CSS `url()` of an SVG image of one kind's shape, for KindIcon.css to mask an icon with: the
 * shape filled, or with `stroke` only its outline of that width. An icon drawn this way is one
 * empty element, where an inline SVG with `<use>` was three nodes and a shadow tree, and the list
 * carries two per event (parsing and styling them took a sixth of the reader page's main-thread
 * time at 2,000 events). The viewBox is KindIcon's 14 px box around the shape's centre.
 * @example kindIconMask('M0,-5L5,5L-5,5Z') // `url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='-7 -7 14 14'%3E%3Cpath d='M0,-5L5,5L-5,5Z'/%3E%3C/svg%3E")`
 */
export function kindIconMask(path: string, stroke?: number): string {
  const paint = stroke === undefined ? '' : ` fill='none' stroke='%23000' stroke-width='${stroke}'`;
  return `url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='-7 -7 14 14'%3E%3Cpath d='${path}'${paint}/%3E%3C/svg%3E")`;
}
