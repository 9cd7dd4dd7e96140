/**
 * Ids a copied link can carry. The URL state reads only ids of this shape,
 * so the corpus checks hold every record's id to it: a record whose id a link
 * could not carry could never be opened from a link.
 */

/** Ids of statements, speakers and events. */
export const URL_ID_PATTERN = /^[\w.:~-]{1,200}$/;
/** Theme ids. */
export const URL_THEME_ID_PATTERN = /^[a-z0-9-]{1,80}$/;
